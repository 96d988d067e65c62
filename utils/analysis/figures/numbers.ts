// Numeral grammar: Arabic (half/full width, grouped with , ， 、), kanji (三千八百億, 壹佰伍拾, 二百五),
// mixed (2,365億300万, 7兆9,800億, 8千億, 5千2百36), decimals (1.5, 二点五, 21点2, the middle-dot
// 3・5兆), 万/萬/億/亿/兆 and English scale words (380 billion, $53bn, 72B), "some" before a big unit
// (十余万, 500余り万, 二十几万), exponents (2e5), fractions (三分之二, 5分の1) and dozens (3ダース).
// One left-to-right pass, bounded look-ahead: linear time, never throws. Values are never negative:
// a sign before the numeral is the caller's (signBefore).
import { kanaNumeralStart, kanaToKanji } from './kana-numerals';
import { KANJI_SMALL, isCjkWordChar, isKanjiDigit, isKanjiNumeral, lastNonZero, scanKanji, type Small } from './kanji-numerals';

export interface NumberToken {
  start: number;
  end: number;
  /** NaN when the numeral is unusable (a 10,000-digit run, a garble like 1億2345億); `end` still covers it. */
  value: number;
  /** Place value of the last non-zero digit written: 1e8 for 3,800億, 0.1 for 1.5. */
  place: number;
  /** Significant digits written (3,800億 → 2, 2,365億300万 → 6). */
  sig: number;
  /** A big unit (万/億/兆) or an English scale word was used. */
  big: boolean;
  kanji: boolean;
  /** Multiplier of the first segment's big unit or scale word (1 when none): 1e8 for 10億. */
  mult: number;
  /** "Some" before the big unit (十余万, 3800多亿, 二十几万): at least the value. */
  over?: boolean;
  /** Big units out of order (1億2345億6,700万): a machine-translation garble, not one amount. */
  malformed?: boolean;
  /** A fraction (三分之二, 5分の1, 百分之五, 3/5): its denominator; value = numerator / den. */
  den?: number;
  /** Written with a slash (3/5): as often a date or a ratio as a fraction. */
  slash?: boolean;
}

const MAX_DIGITS = 30;

export function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

const BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };
const SEPARATORS = ',，、';
const DECIMAL = '.．';
/** Characters a numeral can start with, for callers' start tables. */
export const NUMERAL_START_CHARS = '0123456789０１２３４５６７８９' + '〇零一壹二两兩倆贰貳三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟';

/** Can a numeral start at i? (an Arabic digit, a kanji digit or 十/百/千, a hiragana reading) */
export function numeralStart(s: string, i: number): boolean {
  return digitAt(s, i) >= 0 || isKanjiNumeral(s[i]) || kanaNumeralStart(s, i);
}

/** Arabic digits with grouping and decimals, then 千/百/十 parts (8千, 5千2百36, 2百5十2). */
function scanArabic(s: string, i: number): Small {
  let int = '';
  let j = i;
  let bad = false;
  let group = 0; // digits in the current group
  let grouped = false;
  while (j < s.length) {
    const d = digitAt(s, j);
    if (d >= 0) {
      if (int.length <= MAX_DIGITS) int += String(d);
      else bad = true;
      group++;
      j++;
      continue;
    }
    const ch = s[j]!;
    if (SEPARATORS.includes(ch) && group >= 1 && (grouped ? group === 3 : group <= 3) && threeDigitsAt(s, j + 1)) {
      if (ch === '、' && !bigOrCurrencyAfterGroups(s, j + 1)) break;
      grouped = true;
      group = 0;
      j++;
      continue;
    }
    break;
  }
  const frac = decimalPart(s, j, grouped);
  if (frac) j += 1 + frac.length;
  let value = bad ? NaN : Number(int + (frac ? '.' + frac.slice(0, 12) : ''));
  const digits = int + frac.slice(0, 12);
  const nz = lastNonZero(digits);
  let place = nz < 0 ? 1 : Math.pow(10, int.length - 1 - nz);
  // 2e5, 12.32e+14, 2.7890e-1
  const ex = /^e([+-]?)(\d{1,3})(?![\da-z])/.exec(s.slice(j, j + 6));
  if (ex && !bad) {
    const p = Math.pow(10, (ex[1] === '-' ? -1 : 1) * Number(ex[2]));
    value *= p;
    place *= p;
    j += ex[0].length;
  }
  // 8千, 5千2百36, 2百5十2, 3千9百65: parts with 千/百/十, each smaller than the last
  let lastMult = Infinity;
  let acc = 0;
  let cur = value;
  let curPlace = place;
  for (let guard = 0; guard < 4 && !bad; guard++) {
    // one space before 千/百/十 (7 万5 千4 百), and before 百萬 after a decimal (573.75 百萬美元)
    const sp = s[j] === ' ' && (s[j + 1] ?? '') in KANJI_SMALL && (!frac || (s[j + 2] ?? '') in BIG) ? 1 : 0;
    const m = KANJI_SMALL[s[j + sp] ?? ''];
    if (m === undefined || m >= lastMult) break;
    acc += cur * m;
    if (cur) place = curPlace * m;
    lastMult = m;
    j += sp + 1;
    cur = 0;
    if ((s[j] === '零' || s[j] === '〇') && digitAt(s, j + 1) >= 0) j++; // 1千零1
    let k = j;
    while (k < s.length && digitAt(s, k) >= 0 && k - j < 4) k++;
    if (k === j) break;
    const next = Number(digitsAt(s, j).slice(0, k - j));
    if (!(next < m)) break;
    cur = next;
    curPlace = Math.pow(10, String(next).length - 1 - lastNonZero(String(next)));
    if (next) place = curPlace;
    j = k;
  }
  if (lastMult !== Infinity) value = acc + cur;
  return { value, end: j, place, kanji: false, bad };
}

/** The digits after a decimal point at j: 1.5, 21点2, the middle-dot 3・5兆; '' when none (and for
 *  2222.2222.22222: dot-separated runs, an address or a version, not a decimal). */
function decimalPart(s: string, j: number, grouped: boolean): string {
  const ch = s[j] ?? '';
  if (digitAt(s, j + 1) < 0) return '';
  if (DECIMAL.includes(ch)) {
    const frac = digitsAt(s, j + 1);
    const k = j + 1 + frac.length;
    return DECIMAL.includes(s[k] ?? '') && digitAt(s, k + 1) >= 0 ? '' : frac;
  }
  if ((ch === '点' || ch === '點') && !grouped) return digitsAt(s, j + 1);
  if (ch === '・' && middleDotDecimal(s, j + 1)) return digitsAt(s, j + 1);
  return '';
}

function digitsAt(s: string, j: number): string {
  let out = '';
  for (let k = j; k < s.length && digitAt(s, k) >= 0 && k - j < 64; k++) out += String(digitAt(s, k));
  return out;
}

/** ・ between digits is a decimal point when one to three digits and a big unit follow (3・5兆), or
 *  one or two digits and a percent sign or ポイント (2・0%減, 3・7ポイント: Xinhua's Japanese style). */
function middleDotDecimal(s: string, j: number): boolean {
  let k = j;
  while (k < s.length && digitAt(s, k) >= 0 && k - j < 4) k++;
  if (k > j && k - j <= 3 && /[万萬億亿兆]/.test(s[k] ?? '')) return true;
  return k > j && k - j <= 2 && (s[k] === '%' || s.startsWith('ポイント', k));
}

function threeDigitsAt(s: string, j: number): boolean {
  return digitAt(s, j) >= 0 && digitAt(s, j + 1) >= 0 && digitAt(s, j + 2) >= 0 && digitAt(s, j + 3) < 0;
}

/** 、 groups digits only in "3、800億元" style: the groups must run into a big unit or a currency. */
function bigOrCurrencyAfterGroups(s: string, j: number): boolean {
  let k = j;
  for (let n = 0; n < 40 && k < s.length; n++) {
    if (digitAt(s, k) >= 0 || s[k] === '、') k++;
    else break;
  }
  return /^[万萬億亿兆元円千百ドル]/.test(s.slice(k, k + 1));
}

function scanSmall(s: string, i: number, zh: boolean): Small | null {
  if (digitAt(s, i) >= 0) return scanArabic(s, i);
  if (isKanjiNumeral(s[i])) return scanKanji(s, i, zh);
  return null;
}

/** Big unit at j: 万 / 億 / 兆 / 万亿 (= 1e12) / 万万 (= 1e8); returns [multiplier, length]. */
function bigAt(s: string, j: number): [number, number] | null {
  const m = BIG[s[j] ?? ''];
  if (m === undefined) return null;
  const n = BIG[s[j + 1] ?? ''];
  if (m === 1e4 && n === 1e8) return [1e12, 2];
  if (m === 1e4 && n === 1e4) return [1e8, 2];
  return [m, 1];
}

/** "Some" between a numeral and its big unit: 十余万, 500余り万, 3800多亿, 二十几万, 百二十数億. */
function someAt(s: string, j: number): number {
  const r = /^(?:\s?(?:余り|あまり|余|多|几|幾|数)\s?)/.exec(s.slice(j, j + 5));
  return r && bigAt(s, j + r[0].length) ? r[0].length : 0;
}

const EN_SCALE = /^(?:\s?(thousand|million|mln|mn|billion|bln|bn|trillion|tn)\b|([kmbt])(?![a-z]))/i;
const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bln: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  t: 1e12,
};

/** English scale word right after an Arabic number: " billion", "bn", "B". */
function enScaleAt(s: string, j: number): [number, number] | null {
  const r = EN_SCALE.exec(s.slice(j, j + 12));
  return r ? [SCALE[(r[1] ?? r[2])!.toLowerCase()]!, r[0].length] : null;
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

function scanWhole(s: string, i: number, zh: boolean): NumberToken | null {
  const first = scanSmall(s, i, zh);
  if (!first || first.end === i) return null;
  let total = 0;
  let place = 1;
  let big = false;
  let kanji = first.kanji;
  let bad = first.bad;
  let lastBig = Infinity;
  let j = i;
  let seg: Small | null = first;
  let segs = 0;
  let mult = 1;
  let over = false;
  let malformed = false;
  let spaced = false;
  let zeroSkipped = false;
  while (seg && seg.end > j) {
    const some = someAt(s, seg.end);
    const sp = !some && s[seg.end] === ' ' && bigAt(s, seg.end + 1) ? 1 : 0;
    const at = seg.end + some + sp;
    const b = bigAt(s, at);
    if (b && (b[0] < lastBig || (segs && seg.kanji && kanji && b[0] / lastBig >= 1e4 && total < b[0]))) {
      if (b[0] < lastBig) {
        total += seg.value * b[0];
        place = seg.value ? seg.place * b[0] : place;
      } else {
        // 一万五千億 = (一万五千)億
        total = (total + seg.value) * b[0];
        place = seg.value ? seg.place * b[0] : place * b[0];
      }
      if (!segs) mult = b[0];
      if (some) over = true;
      spaced ||= sp === 1;
      lastBig = b[0];
      big = true;
      bad ||= seg.bad;
      kanji ||= seg.kanji;
      j = at + b[1];
      segs++;
      // 一百万零四, 九万零四百: 零 holds the empty places
      zeroSkipped = false;
      let k = j;
      if (spaced && s[k] === ' ') k++;
      while (s[k] === '零' || s[k] === '〇') k++;
      zeroSkipped = k > j && /[零〇]/.test(s.slice(j, k));
      seg = k < s.length ? scanSmall(s, k, zh) : null;
      if (seg && seg.end > k) j = k;
      else seg = null;
      continue;
    }
    if (b && segs) {
      // 1億2345億6,700万: a second 億 after digits is a garble; take it whole, unusable
      if (seg.value > 0 && !seg.kanji) {
        malformed = true;
        j = garbleEnd(s, at + b[1]);
      }
      break;
    }
    if (segs) {
      // a tail without a big unit: 1万5000 (Arabic after Arabic), 一万二千 (kanji with 十/百/千),
      // 九万四 (the spoken short form: 94,000), 一百万零四 (after 零)
      const tail = s.slice(j, seg.end);
      let v = seg.value;
      if (seg.kanji !== first.kanji) break;
      if (seg.kanji && !/[十拾百佰千仟]/.test(tail)) {
        const lone = seg.end - j === 1 && isKanjiDigit(tail);
        if (zeroSkipped) {
          // 一百万零四: units
        } else if (lone && !isCjkWordChar(s[seg.end]) && digitAt(s, seg.end) < 0) {
          v = zh ? (seg.value * lastBig) / 10 : seg.value;
          if (v) {
            total += v;
            place = lastBig / 10;
          }
          j = seg.end;
          break;
        } else break;
      }
      if (!(v < lastBig)) break;
      total += v;
      if (v) place = seg.place;
      bad ||= seg.bad;
      j = seg.end;
      break;
    }
    total = seg.value;
    place = seg.place;
    bad ||= seg.bad;
    j = seg.end;
    segs++;
    if (!seg.kanji) {
      const e = enScaleAt(s, j);
      if (e) {
        total *= e[0];
        place *= e[0];
        mult = e[0];
        big = true;
        j += e[1];
      }
    }
    break;
  }
  if (j === i) return null;
  if (!Number.isFinite(total)) bad = true;
  const value = bad || malformed ? NaN : round(total);
  const sig = value > 0 && place > 0 ? Math.max(1, Math.floor(Math.log10(value / place) + 1e-9) + 1) : 1;
  return { start: i, end: j, value, place, sig, big, kanji, mult, ...(over ? { over } : {}), ...(malformed ? { malformed } : {}) };
}

/** End of a garbled run of digits, separators and big units (bounded). */
function garbleEnd(s: string, j: number): number {
  let k = j;
  for (let n = 0; n < 40 && k < s.length; n++) {
    if (digitAt(s, k) >= 0 || BIG[s[k]!] !== undefined || ((SEPARATORS + DECIMAL).includes(s[k]!) && digitAt(s, k + 1) >= 0)) k++;
    else break;
  }
  return k;
}

/** Drop binary noise from decimal × scale products (2365.03 × 1e8). */
function round(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return v;
  const r = Math.round(v);
  return Math.abs(v) >= 1 && Math.abs(v - r) < 1e-6 * Math.abs(v) ? r : Number(v.toPrecision(15));
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
