// Numeral grammar: Arabic (half/full width, grouped with , ， 、), kanji (三千八百億), mixed
// (2,365億300万, 7兆9,800億, 8千億), decimals, 万/萬/億/亿/兆 and English scale words (380 billion,
// $53bn, 72B). One left-to-right pass, bounded look-ahead: linear time, never throws.

export interface NumberToken {
  start: number;
  end: number;
  /** NaN when the numeral is unusable (e.g. a 10,000-digit run); `end` still covers it. */
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
}

const MAX_DIGITS = 18;

export function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

const KANJI_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };
const SEPARATORS = ',，、';
const DECIMAL = '.．';

function isKanjiNumeral(ch: string | undefined): boolean {
  return ch !== undefined && (ch in KANJI_DIGITS || ch in SMALL);
}

/** Can a numeral start at i? (an Arabic digit, a kanji digit or 十/百/千) */
export function numeralStart(s: string, i: number): boolean {
  return digitAt(s, i) >= 0 || isKanjiNumeral(s[i]);
}

interface Small {
  value: number;
  end: number;
  place: number;
  sig: number;
  kanji: boolean;
  bad: boolean;
}

/** Arabic digits with grouping and decimals, optionally followed by 千/百/十 (8千, 3百). */
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
  let frac = '';
  if (DECIMAL.includes(s[j] ?? '') && digitAt(s, j + 1) >= 0) {
    j++;
    while (j < s.length && digitAt(s, j) >= 0) {
      if (frac.length < 12) frac += String(digitAt(s, j));
      j++;
    }
  }
  let value = bad ? NaN : Number(int + (frac ? '.' + frac : ''));
  const digits = int + frac;
  const lastNz = lastNonZero(digits);
  let place = lastNz < 0 ? 1 : Math.pow(10, int.length - 1 - lastNz);
  const firstNz = digits.search(/[1-9]/);
  const sig = lastNz < 0 ? 1 : lastNz - firstNz + 1;
  const m = SMALL[s[j] ?? ''];
  if (m !== undefined && !bad) {
    value *= m;
    place *= m;
    j++;
  }
  return { value, end: j, place, sig, kanji: false, bad };
}

function lastNonZero(d: string): number {
  for (let k = d.length - 1; k >= 0; k--) if (d[k] !== '0') return k;
  return -1;
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

/** Kanji numerals below 万: 三千八百, 二十, 十, 二〇二五 (positional). */
function scanKanji(s: string, i: number): Small {
  let j = i;
  let total = 0;
  let cur = -1; // pending digit
  let place = 1;
  let lastPlace = 0;
  let positional = '';
  let usedSmall = false;
  let sig = 0;
  while (j < s.length) {
    const ch = s[j]!;
    const d = KANJI_DIGITS[ch];
    if (d !== undefined) {
      if (cur >= 0) {
        positional += String(cur);
        if (usedSmall) break; // 三千八 is fine, 三千八九 is not a numeral
      }
      cur = d;
      j++;
      continue;
    }
    const m = SMALL[ch];
    if (m !== undefined) {
      if (positional) break;
      if (lastPlace && m >= lastPlace) break;
      const v = cur < 0 ? 1 : cur;
      total += v * m;
      if (v) {
        place = m;
        sig++;
      }
      lastPlace = m;
      usedSmall = true;
      cur = -1;
      j++;
      continue;
    }
    break;
  }
  if (positional) {
    const digits = positional + (cur >= 0 ? String(cur) : '');
    const lastNz = lastNonZero(digits);
    return {
      value: Number(digits), end: j, place: lastNz < 0 ? 1 : Math.pow(10, digits.length - 1 - lastNz),
      sig: Math.max(1, lastNz + 1 - digits.search(/[1-9]/)), kanji: true, bad: digits.length > MAX_DIGITS,
    };
  }
  if (cur > 0) {
    total += cur;
    place = 1;
    sig++;
  }
  return { value: total, end: j, place, sig: Math.max(1, sig), kanji: true, bad: j === i };
}

function scanSmall(s: string, i: number): Small | null {
  if (digitAt(s, i) >= 0) return scanArabic(s, i);
  if (isKanjiNumeral(s[i])) return scanKanji(s, i);
  return null;
}

/** Big unit at j: 万 / 億 / 兆 / 万亿 (= 1e12); returns [multiplier, length]. */
function bigAt(s: string, j: number): [number, number] | null {
  const m = BIG[s[j] ?? ''];
  if (m === undefined) return null;
  if ((m === 1e4) && (s[j + 1] === '亿' || s[j + 1] === '億')) return [1e12, 2];
  return [m, 1];
}

const EN_SCALE = /^(?:\s?(thousand|million|mln|mn|billion|bln|bn|trillion|tn)\b|([kmbt])(?![a-z]))/i;
const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, t: 1e12,
};

/** English scale word right after an Arabic number: " billion", "bn", "B". */
function enScaleAt(s: string, j: number): [number, number] | null {
  const r = EN_SCALE.exec(s.slice(j, j + 12));
  return r ? [SCALE[(r[1] ?? r[2])!.toLowerCase()]!, r[0].length] : null;
}

/** The longest numeral starting at i, or null when none starts there. */
export function scanNumber(s: string, i: number): NumberToken | null {
  const first = scanSmall(s, i);
  if (!first) return null;
  if (first.end === i) return null;
  let total = 0;
  let place = 1;
  let sig = 0;
  let big = false;
  let kanji = first.kanji;
  let bad = first.bad;
  let lastBig = Infinity;
  let j = i;
  let seg: Small | null = first;
  let segs = 0;
  let mult = 1;
  while (seg && seg.end > j) {
    const b = bigAt(s, seg.end);
    if (b && b[0] < lastBig) {
      total += seg.value * b[0];
      place = seg.value ? seg.place * b[0] : place;
      sig += seg.value ? seg.sig + (segs ? zerosBetween(lastBig, seg.value, b[0]) : 0) : 0;
      if (!segs) mult = b[0];
      lastBig = b[0];
      big = true;
      bad ||= seg.bad;
      kanji ||= seg.kanji;
      j = seg.end + b[1];
      segs++;
      seg = scanSmall(s, j);
      continue;
    }
    if (b && segs) break; // 1億億: stop before the second segment
    // A tail without a big unit: 1万5000 (Arabic after Arabic), 一万二千 (kanji with 十/百/千).
    if (segs && (seg.kanji !== first.kanji || (seg.kanji && !/[十百千]/.test(s.slice(j, seg.end))))) break;
    total += seg.value;
    if (seg.value) {
      place = seg.place;
      sig += seg.sig + (segs ? zerosBetween(lastBig, seg.value, 1) : 0);
    }
    bad ||= seg.bad;
    kanji ||= seg.kanji;
    j = seg.end;
    segs++;
    if (!big && !seg.kanji) {
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
  return { start: i, end: j, value: bad ? NaN : round(total), place, sig: Math.max(1, sig), big, kanji, mult };
}

/** Zeros implied between two segments (2,365億 300万 → 億/万 leaves 4 places, "300" fills 3). */
function zerosBetween(prevBig: number, segValue: number, nextBig: number): number {
  if (!Number.isFinite(prevBig)) return 0;
  const width = Math.round(Math.log10(prevBig / nextBig));
  const len = Math.floor(Math.log10(Math.max(1, segValue))) + 1;
  return Math.max(0, width - len);
}

/** Drop binary noise from decimal × scale products (2365.03 × 1e8). */
function round(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return v;
  const r = Math.round(v);
  return Math.abs(v - r) < 1e-6 * Math.max(1, Math.abs(v)) ? r : Number(v.toPrecision(15));
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
