// What the tokenizer needs to read of an analysed text: only the sentences where a name the
// analysis did not already find may stand — a katakana run, a capitalised Latin word, kanji before
// 氏 / さん / CEO / 会長…, kanji before 科技 / 集団 — and those with a kanji mention of a person
// whose reading the KB lacks. Everything else is blanked with line breaks: the text keeps its
// length (token offsets stay those of the original) and kuromoji skips blank lines, so the
// offscreen tokenizer does less work. Pure.
import type { PreparedKb } from '../prepared-kb';
import { sentences } from '../figures/sentences';
import type { AnalysisResult } from '../types';
import { allLoanwords } from './loanwords';
import { ORG_TAILS, TITLES } from './proper-nouns';
import { allKanji, isKanji, isKatakana, isNameDot } from './script';

/** IPADIC's 名詞,接尾,人名 words (氏, さん…); with the titles and the Chinese company tails of
 *  proper-nouns.ts, what may follow a kanji name. */
const PERSON_SUFFIX = ['氏', 'さん', '様', 'さま', '君', 'くん', 'クン', 'ちゃん', '殿', 'どの', 'はん', 'サマ'];
/** Those words by first code unit: AFTER_FIRST[c] indexes AFTER_LISTS (0 = none). */
const AFTER_LISTS: string[][] = [[]];
const AFTER_FIRST = new Uint8Array(65536);
for (const w of [...PERSON_SUFFIX, ...TITLES, ...ORG_TAILS]) {
  const c = w.charCodeAt(0);
  if (!AFTER_FIRST[c]) AFTER_FIRST[c] = AFTER_LISTS.push([]) - 1;
  AFTER_LISTS[AFTER_FIRST[c]!]!.push(w);
}
/** Longer katakana runs are not checked against the loanwords (quadratic): they count as names. */
const MAX_LOANWORD_RUN = 40;

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Characters a Latin name token is made of (isLatinName), and those that make it a tail. */
const inLatinWord = (c: number) => isUpper(c) || isLower(c) || isDigit(c) || c === 46 || c === 38 || c === 39 || c === 45;
const joinsLatin = (c: number) => isUpper(c) || isLower(c) || isDigit(c) || c === 46 || c === 95 || c === 45;

/** The text to hand to the tokenizer for `result` (same length as `text`). */
export function tokenizerText(text: string, result: AnalysisResult, kb: PreparedKb): string {
  const ranges = tokenizerRanges(text, result, kb);
  if (ranges.length === 1 && ranges[0]![0] === 0 && ranges[0]![1] === text.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [a, b] of ranges) {
    if (a > at) parts.push('\n'.repeat(a - at));
    parts.push(text.slice(a, b));
    at = b;
  }
  if (at < text.length) parts.push('\n'.repeat(text.length - at));
  return parts.join('');
}

/** Sorted, disjoint [start, end) ranges of `text` the tokenizer must read. */
export function tokenizerRanges(text: string, result: AnalysisResult, kb: PreparedKb): Array<[number, number]> {
  const n = text.length;
  const known = new Uint8Array(n); // inside a mention or a figure: no new name can start there
  for (const e of result.entities) for (const m of e.mentions) known.fill(1, m.start, m.end);
  for (const f of result.figures) known.fill(1, f.start, f.end);
  const must = new Set<number>(); // starts of sentences with a kanji person name to read
  for (const e of result.entities) {
    if (e.type !== 'person' || kb.entities.get(e.id)?.reading) continue;
    for (const m of e.mentions) if (allKanji(m.surface)) must.add(m.start);
  }
  const mustAt = [...must].sort((x, y) => x - y);
  const out: Array<[number, number]> = [];
  let mi = 0;
  for (const [a, b] of sentences(text)) {
    let need = false;
    for (; mi < mustAt.length && mustAt[mi]! < b; mi++) if (mustAt[mi]! >= a) need = true;
    if (!need) need = mayName(text, a, b, known);
    if (!need) continue;
    // with its terminator (。), as the tokenizer would see it in the running text
    const end = b < n && text[b] !== '\n' && text[b] !== '\r' ? b + 1 : b;
    const last = out[out.length - 1];
    if (last && last[1] >= a) last[1] = Math.max(last[1], end);
    else out.push([a, end]);
  }
  return out;
}

/** Can text[a, b) hold a name candidate outside the known spans? */
function mayName(text: string, a: number, b: number, known: Uint8Array): boolean {
  let kata = -1; // start of the free katakana run before k
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    const free = !known[k];
    if (free && (isKatakana(c) || isNameDot(c))) {
      if (kata < 0) kata = k;
      continue;
    }
    if (kata >= 0 && kataName(text, kata, k)) return true;
    kata = -1;
    if (!free) continue;
    if (isUpper(c) && !joinsLatin(text.charCodeAt(k - 1)) && latinName(text, k, b)) return true;
    const after = k + 1 < b ? AFTER_FIRST[text.charCodeAt(k + 1)]! : 0;
    if (after && isKanji(c) && AFTER_LISTS[after]!.some((w) => text.startsWith(w, k + 1))) return true;
  }
  return kata >= 0 && kataName(text, kata, b);
}

/** A name needs 2+ characters; a run of common loanwords (クラウドサービス) is none. */
function kataName(text: string, a: number, b: number): boolean {
  return b - a >= 2 && (b - a > MAX_LOANWORD_RUN || !allLoanwords(text.slice(a, b)));
}

/** A capitalised Latin word of 3+ characters with a lower-case letter starts at k. */
function latinName(text: string, k: number, b: number): boolean {
  let lower = false;
  let j = k;
  for (; j < b && inLatinWord(text.charCodeAt(j)); j++) if (isLower(text.charCodeAt(j))) lower = true;
  return lower && j - k >= 3;
}
