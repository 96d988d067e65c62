// Numeral grammar: Arabic (half/full width, grouped with , ， 、), kanji (三千八百億, 壹佰伍拾, 二百五),
// mixed (2,365億300万, 7兆9,800億, 8千億, 5千2百36), decimals (1.5, 二点五, 21点2, the middle-dot
// 3・5兆), 万/萬/億/亿/兆 and English scale words (380 billion, $53bn, 72B), "some" before a big unit
// (十余万, 500余り万, 二十几万), exponents (2e5), fractions (三分之二, 5分の1) and dozens (3ダース).
// One left-to-right pass, bounded look-ahead: linear time, never throws. Values are never negative:
// a sign before the numeral is the caller's (signBefore).
// A numeral's parts are read in arabic-numerals.ts, kanji-numerals.ts and big-units.ts and put
// together in whole-number.ts; here the forms after a whole numeral, signs, and the entry points.
import { kanaNumeralStart, kanaToKanji } from './kana-numerals';
import { isKanjiNumeral } from './kanji-numerals';
import { digitAt } from './arabic-numerals';
import { round, scanWhole, type NumberToken } from './whole-number';

/** Characters a numeral can start with, for callers' start tables. */
export const NUMERAL_START_CHARS = '0123456789０１２３４５６７８９' + '〇零一壹二两兩倆贰貳三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟';

/** Can a numeral start at i? (an Arabic digit, a kanji digit or 十/百/千, a hiragana reading) */
export function numeralStart(s: string, i: number): boolean {
  return digitAt(s, i) >= 0 || isKanjiNumeral(s[i]) || kanaNumeralStart(s, i);
}

/** The longest numeral starting at i, or null when none starts there. `zh`: Chinese text, where
 *  the spoken short forms hold (二百五 = 250, 九万四 = 94,000; in Japanese 三千七百一 is 3,701). */
export function scanNumber(s: string, i: number, zh = false): NumberToken | null {
  const kana = kanaToKanji(s, i);
  if (kana) {
    const k = scanWhole(kana.kanji, 0, false);
    return k && k.end === kana.kanji.length ? { ...k, start: i, end: kana.end } : null;
  }
  const t = scanWhole(s, i, zh);
  if (!t || t.malformed) return t;
  const f = fractionAfter(s, t, zh);
  if (f) return f;
  // 三百五十又三分の一, 1また4/3, 五と四分の一: a whole number and a fraction
  const mixed = /^\s?(?:又|また|と)\s?/.exec(s.slice(t.end, t.end + 4));
  if (mixed && !t.big && !Number.isNaN(t.value)) {
    const w = scanWhole(s, t.end + mixed[0].length, zh);
    const g = w && !w.malformed ? fractionAfter(s, w, zh) : null;
    if (g) return { ...g, start: i, value: round(t.value + g.value) };
  }
  // 1 3/5: a whole number and a slash fraction
  if (s[t.end] === ' ' && !t.big && Number.isInteger(t.value)) {
    const w = scanWhole(s, t.end + 1, zh);
    const g = w && w.end - w.start <= 2 ? fractionAfter(s, w, zh) : null;
    if (g?.slash) return { ...g, start: i, value: round(t.value + g.value) };
  }
  // 3ダース = 36, 十打 = 120 (not 一打开: 打 starting a verb)
  if (s.startsWith('ダース', t.end)) return { ...t, end: t.end + 3, value: t.value * 12, place: t.place * 12 };
  if (s[t.end] === '打' && !DA_VERB.test(s.slice(t.end + 1, t.end + 2))) return { ...t, end: t.end + 1, value: t.value * 12, place: t.place * 12 };
  // 2^5, 2.5^-1: a power
  const pw = /^\^\s?(マイナス|[-−+])?/.exec(s.slice(t.end, t.end + 6));
  if (pw) {
    const e = scanWhole(s, t.end + pw[0].length, zh);
    if (e && !Number.isNaN(e.value) && e.value <= 308) {
      const v = Math.pow(t.value, pw[1] && pw[1] !== '+' ? -e.value : e.value);
      if (Number.isFinite(v)) return { ...t, end: e.end, value: round(v), place: Math.min(t.place, 1), sig: Math.max(t.sig, 3) };
    }
  }
  return t;
}

/** 打 after a numeral begins a verb (打开, 打造, 打破) far more often than it means a dozen. */
const DA_VERB = /[开開破造击擊车車工折印算通响響入出进進败敗压壓动動法包卡分扫掃理好赏賞电電听聽下上了着過过成]/;

/** 三分之二, 5分の1, 百分之五, 3/5: a fraction whose denominator is the token `d`. */
function fractionAfter(s: string, d: NumberToken, zh: boolean): NumberToken | null {
  if (!(d.value > 0)) return null;
  const fr = /^\s?分\s?[之の]\s?/.exec(s.slice(d.end, d.end + 6));
  if (fr) {
    const n = scanWhole(s, d.end + fr[0].length, zh);
    if (!n || n.malformed || Number.isNaN(n.value)) return null;
    return { ...n, start: d.start, value: round(n.value / d.value), den: d.value, place: Math.min(n.place / d.value, 1), mult: 1 };
  }
  // 12/100, 2.4/100: per hundred
  if (s.startsWith('/100', d.end) && digitAt(s, d.end + 4) < 0 && s[d.end + 4] !== '/' && !d.big && !d.kanji && s[d.start - 1] !== '/') {
    return { ...d, end: d.end + 4, value: round(d.value / 100), den: 100, slash: true, place: d.place / 100, mult: 1 };
  }
  // 3/5: numerator first, both short, nothing date-like around it
  if (s[d.end] === '/' && !d.big && !d.kanji && d.end - d.start <= 3 && s[d.start - 1] !== '/' && Number.isInteger(d.value)) {
    let k = d.end + 1;
    while (k < s.length && digitAt(s, k) >= 0 && k - d.end <= 4) k++;
    const den = Number(s.slice(d.end + 1, k));
    if (k - d.end - 1 < 1 || k - d.end - 1 > 3 || !(den > 0) || s[k] === '/' || s[k] === '.') return null;
    return { ...d, end: k, value: round(d.value / den), den, slash: true, place: Math.min(d.place / den, 1), mult: 1 };
  }
  return null;
}

const SIGNS = ['マイナス', '负', '負', '-', '−', '▲', '△', '▼'];

/** A minus sign ending at i (-, −, ▲, △, マイナス, 负 / 負, maybe one space before the digits):
 *  its length, or 0. A hyphen after a letter or digit is not a sign (qwen-72, 2024-25, 5-10%). */
export function signBefore(s: string, i: number): number {
  for (const gap of [0, 1]) {
    if (gap && s[i - 1] !== ' ') break;
    for (const w of SIGNS) {
      const a = i - gap - w.length;
      if (a < 0 || !s.startsWith(w, a)) continue;
      if ((w === '-' || w === '−') && /[a-z0-9]/.test(s[a - 1] ?? '')) continue;
      return i - a;
    }
  }
  return 0;
}

/** Parses a whole numeral ("3,800億", "三千八百億", "1.2兆", "380 billion"); null when s is not one. */
export function parseNumber(s: string): number | null {
  if (typeof s !== 'string') return null;
  const t = s.trim();
  if (!t) return null;
  const tok = scanNumber(t, 0);
  if (!tok || tok.end !== t.length || Number.isNaN(tok.value)) return null;
  return tok.value;
}

/** The first numeral inside a figure's surface, for its written precision. */
export function firstNumber(surface: string): NumberToken | null {
  for (let i = 0; i < surface.length; i++) {
    const t = numeralStart(surface, i) ? scanNumber(surface, i) : null;
    if (t) return t;
  }
  return null;
}
