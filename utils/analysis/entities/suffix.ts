// Span boundaries after resolution: an organisation's name directly followed by a suffix that
// belongs to it (アリババ国際デジタルコマース + 集団, 阿里 + 集团, 中科寒武紀 + 科技, Tencent + Holdings, テンセント + HD, 阿里巴巴 + -SW,
// Alibaba Group Holding + Ltd., 平頭哥半導體 + 有限公司) is one mention over the whole, longest
// sensible span; so is an event's name followed by its year (雲栖大会2025, WAIC 2024).
import type { PreparedKb } from '../prepared-kb';
import { toOriginal, type Normalized } from '../text/normalize';
import type { Candidate } from './candidates';
import { codeAt, isDigitChar, isKatakana, isWordChar } from './chars';

const ORG_TYPES = new Set(['company', 'unit', 'bank', 'government']);
// Normalised forms, longest first where one is a prefix of another. Legal forms (リミテッド, 有限公司)
// follow a group word (グループ・ホールディング・リミテッド), so up to three suffixes chain.
const CJK_SUFFIXES = [
  '事業グループ',
  '事業群',
  '事业群',
  'ホールディングス',
  'ホールディング',
  'テクノロジーズ',
  'テクノロジー',
  'グループ',
  'リミテッド',
  '股份有限公司',
  '控股有限公司',
  '持株有限公司',
  '集團有限公司',
  '集团有限公司',
  '有限公司',
  // A Japanese rendering of a Chinese firm's 公司 (中国国際金融公社 for 中国国际金融公司).
  '公社',
  '株式会社',
  '集団',
  '集團',
  '集团',
  '控股',
  '股份',
  // A Chinese firm's "information technology" (阿里健康信息技术, アリババ健康情報技術).
  '信息技术',
  '信息技術',
  '資訊科技',
  '情報技術',
  '科技',
];
const LATIN_SUFFIXES = [
  ' group',
  ' holdings',
  ' holding',
  ' technologies',
  ' technology',
  '-sw',
  '-w',
  ' co., ltd.',
  ' co., ltd',
  ' co.,ltd.',
  ' co. ltd',
  // Bloomberg's style (Huawei Technologies Co., Nvidia Corp.): the abbreviation's full stop with it.
  ' co.',
  ' ltd.',
  ' ltd',
  ' limited',
  ' corporation',
  ' corp.',
  ' corp',
  ' inc.',
  ' inc',
  ', inc.',
  // Glued on by a page that lost its spaces (CambriconTechnologies): only with the capital.
  'technologies',
  'technology',
  'group',
  'holdings',
];
// 科技 that starts a word of its own: 科技园 (technology park), 科技部 (the ministry), 科技股 (tech stocks).
const NOT_AFTER_TECH = '园園馆館部局厅廳股界圈展节節城';
// A group word that starts a longer word of its own: 集団訴訟 (class action), 集团诉讼.
const NOT_AFTER_GROUP = ['訴訟', '诉讼'];
// A bank's securities arm named with the bank (高盛證券, 摩根士丹利证券, ゴールドマン証券): one mention.
const BIG_MODEL = '大模型';
const BANK_SUFFIXES = ['証券', '证券', '證券'];
// A letter ticker's exchange code (NVDA.O, BABA-US, BIDU.O): part of the ticker. A digits-only code
// keeps its own span (00981 in 00981-HK), as the KB lists the forms it takes whole (9988.HK).
const EXCHANGE = /^(?:\.(?:o|n|oq|hk|ss|sz|sh|t|us)|-(?:hk|us|sh|sz))(?![a-z0-9])/;
const TICKER = /^[A-Z]{1,5}$/;
const MAX_SUFFIXES = 3;
// 社 after a company's name (アップル社, Meta社) belongs to it, unless it starts a word of its own:
// 社内 (in-house), 社員, 社長, 社債, 社会; also where the text ends right after it (an excerpt's last word).
const SHA = 0x793e;
const NOT_AFTER_SHA = '内員長債会是説名章宅屋外印風歴';

/** Normalised end of a suffix at ne, or -1. */
function suffixAt(norm: Normalized, text: string, ne: number): number {
  const s = norm.text;
  for (const x of CJK_SUFFIXES) {
    if (!s.startsWith(x, ne)) continue;
    const end = ne + x.length;
    // A katakana suffix runs on only into another suffix (グループ + ホールディング), not into a word.
    if (isKatakana(x.charCodeAt(x.length - 1)) && isKatakana(codeAt(s, end)) && !CJK_SUFFIXES.some((y) => s.startsWith(y, end))) continue;
    if (NOT_AFTER_GROUP.some((w) => s.startsWith(w, end))) continue;
    if (x === '科技' && NOT_AFTER_TECH.includes(s[end] ?? '')) continue;
    return end;
  }
  // HD, the Japanese short form of ホールディングス, glued to a katakana or Han name (テンセントHD): capitals only.
  if (s.startsWith('hd', ne) && !isWordChar(codeAt(s, ne + 2)) && !isWordChar(codeAt(s, ne - 1))) {
    const [o, oe] = toOriginal(norm, ne, ne + 2);
    if (/^(HD|ＨＤ)$/.test(text.slice(o, oe))) return ne + 2;
  }
  for (const x of LATIN_SUFFIXES) {
    if (!s.startsWith(x, ne)) continue;
    const end = ne + x.length;
    if (isWordChar(codeAt(s, end))) continue;
    // Written with a capital (Group, Holdings, -SW): "the Alibaba group of companies" is no name.
    const letter = x.search(/[a-z]/);
    const [o] = toOriginal(norm, ne + letter, ne + letter + 1);
    const c = text.charCodeAt(o);
    if (!((c >= 65 && c <= 90) || (c >= 0xff21 && c <= 0xff3a))) continue;
    return end;
  }
  return -1;
}

/** End of a suffix that a KB name stops short of at ne (アリババ・ホールディング + ス): the name
 *  ends with the suffix's first part and the text goes on with the rest, else ne. */
function completedSuffix(s: string, ns: number, ne: number): number {
  for (const x of CJK_SUFFIXES) {
    for (let k = x.length - 1; k >= 2; k--) {
      if (ne - k < ns || !s.startsWith(x.slice(0, k), ne - k) || !s.startsWith(x.slice(k), ne)) continue;
      const end = ne + x.length - k;
      if (isKatakana(codeAt(s, end)) && !CJK_SUFFIXES.some((y) => s.startsWith(y, end))) continue;
      return end;
    }
  }
  return ne;
}

/** End of a year (19xx/20xx, optionally after one space) right after an event's name at ne, else ne. */
function yearAt(s: string, ne: number): number {
  const at = s.charCodeAt(ne) === 32 ? ne + 1 : ne;
  const y = s.slice(at, at + 4);
  const next = codeAt(s, at + 4);
  if (!/^(19|20)\d\d$/.test(y) || isDigitChar(next) || isWordChar(next)) return ne;
  // 2025年, 2025/9: a date after the name, not the event's edition.
  if (next === 0x5e74 || next === 0x6708 || next === 47 || next === 45) return ne;
  return at + 4;
}

/** Extend selected organisation mentions (sorted, disjoint) over a following suffix. */
export function extendSuffixes(sel: Candidate[], norm: Normalized, text: string, kb: PreparedKb): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 0; i < sel.length; i++) {
    const c = sel[i]!;
    const type = kb.entities.get(c.rec.entityId)?.type;
    if (!type || (!ORG_TYPES.has(type) && type !== 'event' && type !== 'model')) continue;
    let ne = c.ne;
    if (type === 'event') ne = yearAt(norm.text, ne);
    else if (type !== 'model') {
      ne = completedSuffix(norm.text, c.ns, ne);
      for (let k = 0; k < MAX_SUFFIXES; k++) {
        const n = suffixAt(norm, text, ne);
        if (n < 0) break;
        ne = n;
      }
    }
    // A model family named with 大模型 (文心大模型, 通义千问大模型), as the KB writes 豆包大模型: one mention.
    if (type === 'model' && norm.text.startsWith(BIG_MODEL, ne)) ne += BIG_MODEL.length;
    if (type === 'bank') {
      const x = BANK_SUFFIXES.find((w) => norm.text.startsWith(w, ne));
      if (x) ne += x.length;
    }
    if (type === 'company' && ne === c.ne && TICKER.test(text.slice(c.start, c.end))) {
      const m = EXCHANGE.exec(norm.text.slice(ne, ne + 4));
      // Written in capitals, as exchange codes are (.O, -HK): not a sentence's full stop before "O".
      if (m && /^[.-][A-Z]+$/.test(text.slice(...toOriginal(norm, ne, ne + m[0].length)))) ne += m[0].length;
    }
    if ((type === 'company' || type === 'bank') && norm.text.charCodeAt(ne) === SHA && !NOT_AFTER_SHA.includes(norm.text[ne + 1] ?? '。')) ne++;
    if (ne === c.ne) continue;
    const next = sel[i + 1];
    if (next && next.ns < ne) continue;
    const [, end] = toOriginal(norm, c.ns, ne);
    // A name does not run on across a line break (镁客网 / 科技 | 人文: a site's name, then its tagline).
    if (/[\n\r\u2028\u2029]/.test(text.slice(c.end, end))) continue;
    out ??= [...sel];
    out[i] = { ...c, ne, end };
  }
  return out ?? sel;
}
