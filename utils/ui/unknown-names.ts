// The tokenizer's unknown proper nouns, cleaned for the reader's list: no common English words
// (Published, Meanwhile, However), no capitalised word seen only at the start of a sentence, no
// piece of a hyphenated word (Non of Non-GAAP), no generic katakana term (ティッカー). Other
// Japanese and Chinese names pass as they are. Pure.
import type { ProperNoun } from '../analysis/types';

/** Words a tokenizer takes for names in English news: sentence adverbs, bylines, datelines, months. */
const COMMON = new Set(
  `a about according after again against also although among an and another any as at because before both but by
  despite during each either even every for from further furthermore he her here hers his however if in indeed instead
  it its last later likely many meanwhile more moreover most much nevertheless next no nonetheless nor not now of on once
  only or other our overall per perhaps plus rather since so some still such than that the their them then there therefore
  these they this those though thus to today together tomorrow under unlike until up we what when where whereas whether
  which while who why with within without yesterday yet you
  published updated posted editor editing reporting reported writing written photo photos image video source sources
  read more related share comments advertisement sponsored subscribe news breaking exclusive analysis opinion update
  said says according-to chief executive officer chairman president ceo cfo cto company group firm shares stock
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday non pre post ex co inc ltd corp
  first second third fourth quarter year years month week day billion million trillion percent`.split(/\s+/),
);

/** Katakana words of business news that a tokenizer may tag as names: generic terms, not names. */
const COMMON_KATAKANA = new Set(
  `ティッカー インフラ クラウド サーバー サーバ モデル パラメータ パラメーター ユーザー プラットフォーム ダウンロード データ
  センター データセンター チップ ビジネス サービス アプリ ソフトウェア ハードウェア エコシステム オープンソース ブランド
  マーケット シェア ポイント ドル ユーロ ポンド ウォン ルピー ニュース レポート アナリスト ファンド グループ セグメント`.split(/\s+/),
);

const LATIN_WORD = /^[A-Za-z][A-Za-z'’.-]*$/;

/** Only the start of a sentence (or of a line) comes before `start`. */
function sentenceInitial(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start).replace(/["'“‘(\s]+$/, '');
  return before === '' || /[.!?。！？:：\n]$/.test(before) || start === 0;
}

/** A plain capitalised word (no inner capital or digit): it could be any word at a sentence start. */
const plainCapitalised = (w: string) => /^[A-Z][a-z'’]+$/.test(w);

/** Every whole-word occurrence of `word` in the text starts a sentence. */
function onlySentenceInitial(text: string, word: string): boolean {
  const re = new RegExp(`(?<![A-Za-z])${word}(?![A-Za-z])`, 'g');
  for (const m of text.matchAll(re)) if (!sentenceInitial(text, m.index)) return false;
  return true;
}

export function cleanUnknownNames(nouns: ProperNoun[], text: string): ProperNoun[] {
  const bySurface = new Map<string, ProperNoun[]>();
  for (const n of nouns) (bySurface.get(n.surface) ?? bySurface.set(n.surface, []).get(n.surface)!).push(n);
  const drop = new Set<string>();
  for (const [surface, list] of bySurface) {
    const words = surface.trim().split(/\s+/);
    if (COMMON_KATAKANA.has(surface.trim())) drop.add(surface);
    if (!words.every((w) => LATIN_WORD.test(w))) continue; // other Japanese and Chinese names are the tokenizer's call
    if (words.every((w) => COMMON.has(w.toLowerCase().replace(/[’'.]+$/g, '')))) drop.add(surface);
    else if (list.every((n) => /^-[A-Za-z]/.test(text.slice(n.end, n.end + 2))))
      drop.add(surface); // Non-GAAP
    else if (words.length === 1 && plainCapitalised(surface) && onlySentenceInitial(text, surface)) drop.add(surface);
  }
  return nouns.filter((n) => !drop.has(n.surface));
}
