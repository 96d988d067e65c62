// A whole numeral: its first segment (Arabic or kanji), then big units with their segments in
// falling order (2,365億300万, 一万五千億, 7兆9,800億), a tail without a big unit (1万5000, 九万四,
// 一百万零四), or an English scale word (380 billion). Big units out of order (1億2345億) make one
// malformed token, its value NaN. Fractions, dozens and powers after it are numbers.ts's.
import { DECIMAL, SEPARATORS, digitAt, scanArabic } from './arabic-numerals';
import { BIG, bigAt, enScaleAt, someAt } from './big-units';
import { isCjkWordChar, isKanjiDigit, isKanjiNumeral, scanKanji, type Small } from './kanji-numerals';

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

function scanSmall(s: string, i: number, zh: boolean): Small | null {
  if (digitAt(s, i) >= 0) return scanArabic(s, i);
  if (isKanjiNumeral(s[i])) return scanKanji(s, i, zh);
  return null;
}

export function scanWhole(s: string, i: number, zh: boolean): NumberToken | null {
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
export function round(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return v;
  const r = Math.round(v);
  return Math.abs(v) >= 1 && Math.abs(v - r) < 1e-6 * Math.abs(v) ? r : Number(v.toPrecision(15));
}
