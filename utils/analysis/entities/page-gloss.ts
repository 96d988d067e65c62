// A katakana name the KB does not know, glossed on the page by a name it does: バイチュン(字节跳动),
// ドゥーパオ(豆包), Yuanbao(ユエンバオ). Machine translations render Chinese names in katakana of their
// own; the gloss says whom they mean, so the page's other uses of that katakana name are mentions
// too. Category words (アプリ(Qwen), フラッグシップモデル(Qwen3-Max)) are no such name. Likewise an
// organisation's initials glossed after its name (中国科学院(CAS), U.S. Department of Commerce (DoC))
// abbreviate it on that page.
import type { PreparedKb } from '../prepared-kb';
import type { ExtraAlias } from '../match/matcher';
import type { Candidate } from './candidates';
import { isKatakana } from './chars';

const MIN_LEN = 4;
// Generic katakana words that start or end a category phrase, not a name.
const GENERIC = [
  'アプリ',
  'モデル',
  'チップ',
  'サービス',
  'ブランド',
  'プラットフォーム',
  'アシスタント',
  'グループ',
  'メディア',
  'ファンド',
  'プロジェクト',
  'チーム',
  'ラボ',
  'シリーズ',
  'エンジン',
  'システム',
  'ソフト',
  'ハード',
  'デバイス',
  'スマホ',
  'ニュース',
  'レポート',
  'テクノロジー',
  'ホールディング',
  'マーケット',
  'ストア',
  'ショップ',
  'サイト',
  'ネット',
  'クラウド',
  'データ',
  'センター',
  'セール',
  'キャンペーン',
  'イベント',
  'カンファレンス',
  'フォーラム',
  'サミット',
  'チャット',
  'エージェント',
  'ユーザー',
  'パートナー',
  'メーカー',
  'ベンダー',
  'ビジネス',
  'ユニット',
  'コード',
  'チャンネル',
  'テレビ',
  'アナリスト',
  'スタートアップ',
  'ベンチャー',
  'ライバル',
  'トップ',
  'リーダー',
  'オーナー',
  'ファウンダー',
  'マネージャー',
  'メモリ',
  'プロセッサ',
  'アクセラレータ',
  'サーバ',
  'コンピュータ',
  'ネットワーク',
  'ソフトウェア',
  'ハードウェア',
  // Lines of business a list glosses with the unit serving them (物流(菜鸟), エンターテインメント(优酷)).
  'エンターテイン',
  'エンタメ',
  'コンピューティング',
  'ロジスティクス',
  'ファイナンス',
  'マーケティング',
  'コマース',
  'ヘルスケア',
  'モビリティ',
  'インフラ',
  'ソリューション',
  'ショッピング',
  'デリバリー',
  'ペイメント',
];
const SKIP_TYPES = new Set(['metric']);

function isName(k: string): boolean {
  return k.length >= MIN_LEN && !GENERIC.some((g) => k.startsWith(g) || k.endsWith(g));
}

/** End of the katakana run that starts at i. */
function runEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isKatakana(s.charCodeAt(j))) j++;
  return j;
}

/** Start of the katakana run that ends at i. */
function runStart(s: string, i: number): number {
  let j = i;
  while (j > 0 && isKatakana(s.charCodeAt(j - 1))) j--;
  return j;
}

const ORG_TYPES = new Set(['company', 'unit', 'bank', 'government']);

// Short words an acronym may write in lower case (Department of Commerce → DoC) or leave out (CAS).
const FUNCTION_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in']);
// A country or article before an organisation's name that its initials may leave out (U.S. Department
// of Commerce → DoC).
const LEADING = new Set(['U.S.', 'US', 'U.S', 'The', 'United States']);

/** Initials an English name may be abbreviated to: its capitalised words' (Chinese Academy of Sciences
 *  → CAS), with its short function words in lower case (Department of Commerce → DoC), and either
 *  without a leading country or article. */
function initials(name: string): string[] {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const forms = (ws: string[]) => [
    ws
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join(''),
    ws
      .filter((w) => /^[A-Z]/.test(w) || FUNCTION_WORDS.has(w))
      .map((w) => w[0])
      .join(''),
  ];
  const out = forms(words);
  if (words.length > 2 && LEADING.has(words[0]!)) out.push(...forms(words.slice(1)));
  return out.filter((x) => x.length >= 2);
}

/** An organisation's initials glossed right after its name (中国科学院(CAS)): the page's own abbreviation. */
function acronymGloss(c: Candidate, s: string, text: string, kb: PreparedKb): string | undefined {
  // English spaces the parenthesis off (Department of Commerce (DoC)); Chinese and Japanese do not.
  const gap = s[c.ne] === ' ' ? 1 : 0;
  if (s[c.ne + gap] !== '(') return undefined;
  const m = /^\(([a-z]{2,6})\)/.exec(s.slice(c.ne + gap, c.ne + gap + 9));
  const e = kb.entities.get(c.rec.entityId);
  if (!m || !e || !ORG_TYPES.has(e.type)) return undefined;
  const open = /^\s?[(（]/.exec(text.slice(c.end, c.end + 2));
  if (!open) return undefined;
  const at = c.end + open[0].length;
  const written = text.slice(at, at + m[1]!.length);
  // Capitals, or capitals around a function word's small letter (DoC): never a lower-case word.
  if (!/^[A-Z]/.test(written) || written.replace(/[^A-Z]/g, '').length < 2) return undefined;
  return (e.names.en ?? []).some((n) => initials(n).includes(written)) ? written : undefined;
}

// One pinyin syllable (initial, then final), for a word that is Chinese written in Latin letters.
const PINYIN =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v))+$/;
const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** A Chinese name's pinyin glossed right after it (千問(Qianwen), 豆包(Doubao)): one capitalised word
 *  the KB does not know, all of it pinyin syllables, that the page may use again on its own. */
function pinyinGloss(c: Candidate, text: string, kb: PreparedKb): string | undefined {
  if (!isHan(text.charCodeAt(c.end - 1))) return undefined;
  const m = /^[(（]([A-Z][a-z]{3,19})[)）]/.exec(text.slice(c.end, c.end + 24));
  if (!m) return undefined;
  const word = m[1]!;
  return PINYIN.test(word.toLowerCase()) && !kb.aliasIndex.has(word.toLowerCase()) ? word : undefined;
}

/** Page-local aliases: unknown katakana names glossed by (or glossing) a selected mention, and an
 *  organisation's initials glossed after its name. */
export function pageGlossAliases(normText: string, text: string, sel: Candidate[], kb: PreparedKb): ExtraAlias[] {
  const s = normText;
  const taken = (a: number, b: number) => sel.some((c) => c.ns < b && a < c.ne);
  const out = new Map<string, string>();
  for (const c of sel) {
    if (SKIP_TYPES.has(kb.entities.get(c.rec.entityId)?.type ?? '')) continue;
    // K(name): the name fills the parentheses, the katakana run ends right before them.
    if (s[c.ns - 1] === '(' && s[c.ne] === ')') {
      const b = c.ns - 1;
      const a = runStart(s, b);
      const k = s.slice(a, b);
      if (isName(k) && !taken(a, b)) out.set(k, c.rec.entityId);
    }
    const acronym = acronymGloss(c, s, text, kb);
    if (acronym && !kb.aliasIndex.has(acronym.toLowerCase())) out.set(acronym, c.rec.entityId);
    const romanised = pinyinGloss(c, text, kb);
    if (romanised) out.set(romanised, c.rec.entityId);
    // name(K): the katakana run fills the parentheses right after the name.
    if (s[c.ne] === '(') {
      const a = c.ne + 1;
      const b = runEnd(s, a);
      const k = s.slice(a, b);
      if (s[b] === ')' && isName(k) && !taken(a, b)) out.set(k, c.rec.entityId);
    }
  }
  return [...out].map(([text, entityId]) => ({ text, entityId }));
}
