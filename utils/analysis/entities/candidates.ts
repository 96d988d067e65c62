// Raw alias hits → candidates that pass the local checks (word boundaries, case, katakana words,
// numeric tickers). Whether conditional ones (ambiguous, surname, mistranslation, numeric ticker) count is decided
// later, in resolve.ts, from the rest of the text.
import type { Normalized } from '../text/normalize';
import { toOriginal } from '../text/normalize';
import type { AliasRecord, Matcher } from '../match/matcher';
import { allLettersUpper, codeAt, isAsciiAlnum, isDigitChar, isKatakana, isKatakanaWord, isWordChar, nextIndex, prevIndex } from './chars';
import { isShortHan, runsIntoWord } from './boundary';
import { foldHan } from '../match/han-fold';
import type { ModelParts } from './model-name';

export interface Candidate {
  /** Normalised span. */
  ns: number;
  ne: number;
  /** Original span. */
  start: number;
  end: number;
  rec: AliasRecord;
  key: string;
  conditional: boolean;
  /** A model name read by the grammar: its parts (model-mentions.ts). */
  model?: ModelParts;
}

const CURRENCY = '$¥￥€£＄￡';
// ... or preceded by one of these (約9988, 計9988, 第9988).
const NUMBER_BEFORE = '約計第総超余近';
// A digits-only ticker followed by one of these is a quantity, a date or a price, not a ticker.
const UNIT_AFTER = '年月日時分秒円元ドル億万千百十兆%％人件個台株位号番回倍期度歳名社点枚本ヶカ箇週代戸';

/** Local checks on one hit; false when it cannot be this alias here. */
function passes(norm: Normalized, text: string, key: string, rec: AliasRecord, ns: number, ne: number, start: number, end: number): boolean {
  const first = key.charCodeAt(0);
  const last = key.charCodeAt(key.length - 1);
  // Word boundaries for Latin/digit edges, on the original text (full-width aware).
  if (isAsciiAlnum(first)) {
    const p = prevIndex(text, start);
    if (p >= 0 && isWordChar(text.charCodeAt(p)) && !afterListNumber(text, p, start)) return false;
    if (isDigitChar(first) && p >= 0 && isNumberJoin(text, p, -1)) return false;
  }
  if (isAsciiAlnum(last)) {
    const q = nextIndex(text, end);
    if (q < text.length && isWordChar(text.charCodeAt(q)) && !beforeTitle(text, q) && !pluralS(key, text, q)) return false;
    if (isDigitChar(last) && q < text.length && isNumberJoin(text, q, 1)) return false;
  }
  if (rec.caseSensitive && !allLettersUpper(text.slice(start, end))) return false;
  if (rec.ambiguous && lowerCommonWord(rec.text, text.slice(start, end))) return false;
  if (lowerTail(rec.text, text.slice(start, end))) return false;
  if (rec.numericTicker && !numericTickerOk(text, start, end)) return false;
  // Short Han names never match where their last char starts a common word (南向通 in 南向通道).
  if (isShortHan(key) && runsIntoWord(norm.text, key, ne)) return false;
  // Short katakana aliases (アリ) never match inside a longer katakana word.
  if (isKatakanaWord(key) && (key.length <= 3 || rec.ambiguous || rec.kind === 'surname' || rec.kind === 'abbr')) {
    if (isKatakana(codeAt(norm.text, ns - 1)) || isKatakana(codeAt(norm.text, ne))) return false;
  }
  // Any katakana name with katakana on both sides is part of a longer word (ジーリー in テクノロジーリーダー).
  // Read on the original text: normalising joins lines (ロゴ / アリババ…).
  if (isKatakanaWord(key) && isKatakana(codeAt(text, prevIndex(text, start))) && isKatakana(codeAt(text, nextIndex(text, end)))) return false;
  // A dotted katakana name (ウー・ジャ) whose outer part is short is another name where that part runs on
  // into more katakana (ウー・ジャイ, ジャック・マーク): a transliteration differs by its last sound.
  if (dottedShortEdge(rec.text, 'end') && isKatakana(codeAt(norm.text, ne))) return false;
  if (dottedShortEdge(rec.text, 'start') && isKatakana(codeAt(norm.text, ns - 1))) return false;
  return true;
}

/** A katakana name of dotted parts whose first or last part is at most three characters long. */
function dottedShortEdge(name: string, edge: 'start' | 'end'): boolean {
  const parts = name.split(/[・･]/);
  if (parts.length < 2 || !parts.every((p) => p.length > 0 && isKatakanaWord(p))) return false;
  return (edge === 'end' ? parts[parts.length - 1]! : parts[0]!).length <= 3;
}

/** A list number glued to a capitalised name (•1Alibaba, 2Tencent): one or two digits at p, after a
 *  line start, space or bullet, before an upper-case letter. */
function afterListNumber(text: string, p: number, start: number): boolean {
  const c = text.charCodeAt(start);
  if (!((c >= 65 && c <= 90) || (c >= 0xff21 && c <= 0xff3a))) return false;
  let i = p;
  let digits = 0;
  while (i >= 0 && isDigitChar(text.charCodeAt(i))) {
    if (++digits > 2) return false;
    i = prevIndex(text, i);
  }
  if (digits === 0) return false;
  const b = i >= 0 ? text.charCodeAt(i) : 32;
  return !isWordChar(b) && b !== 46 && b !== 44;
}

// Titles written straight after a Latin name in Japanese text (Eddie WuCEO), and company words a
// page glued to the name when it lost its spaces (CambriconTechnologies, AlibabaGroup).
const GLUED_TITLES = ['CEO', 'CFO', 'CTO', 'COO', 'CIO', 'Technologies', 'Technology', 'Group', 'Holdings'];

/** A title glued to the name at q, followed by no further letter or digit. */
function beforeTitle(text: string, q: number): boolean {
  for (const t of GLUED_TITLES) if (text.startsWith(t, q) && !isWordChar(codeAt(text, q + t.length))) return true;
  return false;
}

/** The plural s after a model number (H20s, H100s, A800s): the name is the part before it. */
function pluralS(key: string, text: string, q: number): boolean {
  return /[a-z]/.test(key) && isDigitChar(key.charCodeAt(key.length - 1)) && text[q] === 's' && !isWordChar(codeAt(text, q + 1));
}

/** An ambiguous Latin name of one or two words the KB capitalises (The Paper, Apple, Cadence), written
 *  all in lower case: the common words (the paper, apple, cadence), not the name. Longer descriptive
 *  unit names (e-commerce business group) are written in lower case as often as not. */
function lowerCommonWord(kbForm: string, surface: string): boolean {
  return /^[A-Za-z][A-Za-z.'-]*( [A-Za-z.'-]+)?$/.test(kbForm) && /[A-Z]/.test(kbForm) && /[a-z]/.test(surface) && !/[A-ZＡ-Ｚ]/.test(surface);
}

/** A Latin name of several words whose last word the KB capitalises, written with a capital first
 *  word but a lower-case last word ("T-Head semiconductor"): the tail is a common noun, not the name. */
function lowerTail(kbForm: string, surface: string): boolean {
  const k = kbForm.lastIndexOf(' ');
  const s = surface.lastIndexOf(' ');
  if (k < 0 || s < 0 || !/^[A-Z]/.test(kbForm.slice(k + 1)) || !/^[A-Z]/.test(surface)) return false;
  // An event's head word is written lower-case in running text and still names it (the Apsara conference).
  return /^[a-z]/.test(surface.slice(s + 1)) && !EVENT_HEADS.test(surface.slice(s + 1));
}
const EVENT_HEADS = /^(?:conference|summit|expo|forum|festival)$/;

/** A '.' or ',' at index i that joins digits (9988.5, 19,988). dir: -1 looking back, 1 looking ahead.
 *  Ahead, a comma joins only a group of three digits (9988,000); before two (HK9988,88.25港元) it
 *  separates the code from the next figure. */
function isNumberJoin(text: string, i: number, dir: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 46 && c !== 44 && c !== 0xff0e && c !== 0xff0c) return false;
  if (dir > 0 && (c === 44 || c === 0xff0c)) return /^[0-9０-９]{3}(?![0-9０-９])/.test(text.slice(i + 1, i + 5));
  return isDigitChar(codeAt(text, i + dir));
}

/** Is the run of digits from i (in direction dir) another ticker: four or more digits, not a year? */
function tickerRun(text: string, i: number, dir: number): boolean {
  let j = i;
  while (j >= 0 && j < text.length && isDigitChar(text.charCodeAt(j))) j += dir;
  const run = dir > 0 ? text.slice(i, j) : text.slice(j + 1, i + 1);
  return run.length >= 4 && !/^(19|20)\d\d$/.test(run);
}

function numericTickerOk(text: string, start: number, end: number): boolean {
  const p = prevIndex(text, start);
  if (p >= 0 && (CURRENCY.includes(text[p]) || NUMBER_BEFORE.includes(text[p]))) return false;
  const q = nextIndex(text, end);
  if (q < text.length && UNIT_AFTER.includes(text[q])) return false;
  // 9988/3/5 or 3/9988 style dates and fractions; not two tickers of one company (00700/80700).
  if (
    q < text.length &&
    (text[q] === '/' || text[q] === '-' || text[q] === ':') &&
    isDigitChar(codeAt(text, q + 1)) &&
    !(text[q] === '/' && tickerRun(text, q + 1, 1))
  )
    return false;
  if (p >= 0 && (text[p] === '/' || text[p] === '-') && isDigitChar(codeAt(text, p - 1)) && !(text[p] === '/' && tickerRun(text, p - 1, -1))) return false;
  return true;
}

/** Normalised [start, end) ranges of URLs and e-mail addresses: names inside them are not mentions. */
export function urlRanges(normText: string): number[] {
  const out: number[] = [];
  // The e-mail part starts only where a run of local-part chars starts (the lookbehind): without it
  // the engine retries at every char of a long run of letters or digits, quadratic in the run.
  const re = /(?:https?:\/\/|www\.)[^\s"'<>()（）「」]+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g;
  for (let m = re.exec(normText); m; m = re.exec(normText)) out.push(m.index, m.index + m[0].length);
  return out;
}

/** Does [a, b) overlap one of the sorted, disjoint ranges r (flat start/end pairs)? Bisection. */
function inRanges(r: number[], a: number, b: number): boolean {
  let lo = 0;
  let hi = r.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (r[2 * mid + 1] <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo < r.length / 2 && r[2 * lo] < b;
}

/** Every alias hit of the matchers that passes the local checks. */
export function collectCandidates(norm: Normalized, text: string, matchers: Matcher[]): Candidate[] {
  const out: Candidate[] = [];
  const urls = urlRanges(norm.text);
  const scanText = foldHan(norm.text); // same length: the matchers' patterns are Han-folded
  for (const m of matchers) {
    m.ac.scan(scanText, (p, ne) => {
      const key = m.keys[p];
      const ns = ne - key.length;
      if (urls.length && inRanges(urls, ns, ne)) return;
      const [start, end] = toOriginal(norm, ns, ne);
      for (const rec of m.records[p]) {
        if (!passes(norm, text, key, rec, ns, ne, start, end)) continue;
        const conditional = rec.ambiguous || rec.kind === 'surname' || rec.kind === 'mistranslation' || rec.numericTicker;
        out.push({ ns, ne, start, end, rec, key, conditional });
      }
    });
  }
  return out;
}
