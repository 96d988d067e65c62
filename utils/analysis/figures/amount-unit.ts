// The unit after an amount's numeral, tried in order: a currency (with its minor unit, 五元三角, and
// a range with the currency written at both ends), a ten-thousandth (万分之三), half (一半), a fraction
// as a percentage (百分之二十), a percent word (63%, 5-10%) or ‰, an approximation word after it
// (以上), tenths (8割, 四成), GPUs, a counter word, or a plain counter after a big unit (14万個).
// It fills the draft's kind and unit and moves the draft's ends over what it read.
import type { NumberToken } from './whole-number';
import { currencyAfter, minorAfter, minorAlone, pickCurrency, type CurrencyBefore } from './money-words';
import { HALF, fractionPercent, percentWordAt, tenthsAt } from './percent-forms';
import { APPROX_SUFFIX, GPU_CONTEXT, MACHINE_COUNTERS, wordAt, type Approx } from './units';
import { COUNT_AFTER } from '../vocabulary/units';
import { betweenBefore, rangeAt } from './amount-range';

/** An amount being read: its span so far [a, k), its value (and a range's top), kind and unit. */
export interface Draft {
  a: number;
  k: number;
  value: number;
  valueMax?: number;
  approx?: Approx;
  kind?: 'money' | 'percent' | 'count';
  unit?: string;
  /** A unit word long enough that a kanji 一 / 二 before it is a number (一ドル, 五パーセント). */
  longWord: boolean;
}

const HK_SHARES = /港股|港元|港币|港幣|香港股/;
const EN_GPUS = /^\s(?:nvidia\s)?(?:(?:h|a|b)\s?\d{2,3}\s)?(?:gpus?|graphics chips|ai chips|accelerators)(?![a-z])/;
const BIG_COUNTER = /^(?:基|回|次|家|店舗|店|本|口座|世帯|户|戸|棟|拠点)/;

const space = (s: string, j: number) => (s[j] === ' ' ? j + 1 : j);

/** Reads the unit after the numeral `num` (starting at i, its number read up to j) into the draft;
 *  `before`: a currency written before it; `fromTo`: "from … to …" before it (a change, not a range). */
export function readUnit(
  s: string,
  i: number,
  j: number,
  lo: number,
  num: NumberToken,
  zh: boolean,
  before: CurrencyBefore | null,
  fromTo: boolean,
  d: Draft,
): void {
  const after = currencyAfter(s, d.k);
  if (before || after) {
    d.unit = pickCurrency(before || null, after);
    // 港股收报140.5元: a Hong Kong share price in 元 is in Hong Kong dollars
    if (!before && after?.[2] === '元' && HK_SHARES.test(s.slice(Math.max(lo, d.a - 10), d.a))) d.unit = 'HKD';
    if (after) d.k = after[0];
    d.kind = 'money';
    d.longWord = !!before || (after !== null && after[2] !== '元' && after[2] !== '円');
    const minor = minorAfter(s, d.k, d.unit!, zh);
    if (minor) {
      d.value += minor[0];
      d.k = minor[1];
      d.longWord = true; // 五元三角
    }
    const both = after && d.valueMax === undefined && !fromTo ? rangeAt(s, d.k, num, d.value, undefined, zh, after[2]) : null;
    if (both) [, d.valueMax, d.k] = both; // 660億ドルから720億ドル: the currency written at both ends
  }
  // 61 cents, a 49-cent estimate: money in the minor unit's currency
  const minor = !d.kind && !num.big ? minorAlone(s, d.k) : null;
  if (minor) {
    d.value = Number((d.value * minor[1]).toPrecision(12));
    d.unit = minor[0];
    d.kind = 'money';
    d.longWord = true;
    d.k = minor[2];
  }
  const tenThousandth = /(?:万|萬){1,2}\s?分\s?之\s?$/.exec(s.slice(Math.max(lo, d.a - 6), d.a));
  if (!d.kind && tenThousandth && !num.den) {
    // 万分之三 = 0.03%, 万万分之七 = 0.000007%
    d.value = Number(((d.value * 100) / (tenThousandth[0].match(/[万萬]/g)!.length === 2 ? 1e8 : 1e4)).toPrecision(12));
    d.a -= tenThousandth[0].length;
    d.unit = 'percent';
    d.kind = 'percent';
    d.longWord = true;
  }
  if (!d.kind && s.startsWith(HALF, i) && j === i + 1) {
    // 约一半: half
    d.value = 50;
    d.unit = 'percent';
    d.kind = 'percent';
    d.longWord = true;
    d.k = i + HALF.length;
  }
  if (!d.kind && num.den) {
    // 百分之二十, 千分之三, 三分之二
    const p = fractionPercent(num);
    if (p !== null) {
      d.value = p;
      d.unit = 'percent';
      d.kind = 'percent';
      d.longWord = true;
    }
  }
  if (!d.kind) {
    const pct = percentWordAt(s, d.k);
    if (pct) {
      const word = s.slice(d.k, pct[0]);
      d.k = pct[0];
      d.unit = pct[1];
      d.kind = 'percent';
      d.longWord = !/^(?:pt|pp|pts)$/.test(word.trim());
      const r2 = !d.valueMax && !fromTo ? rangeAt(s, d.k, num, d.value, word, zh, undefined, betweenBefore(s, i)) : null;
      if (r2) [, d.valueMax, d.k] = r2;
    } else if (s[d.k] === '‰') {
      d.value /= 10;
      d.unit = 'percent';
      d.kind = 'percent';
      d.k++;
    }
  }
  const sx = wordAt(s, space(s, d.k), APPROX_SUFFIX);
  if (sx) {
    d.approx ??= sx[1];
    d.k = space(s, d.k) + sx[0].length;
  }
  if (!d.kind) {
    // 8割, 5割半, 3割8分7厘, 8割引, 四成, 七五折
    const t = tenthsAt(s, d.k, num, d.value);
    if (t) {
      d.value = t.value;
      d.unit = t.unit;
      d.kind = 'percent';
      d.longWord = true;
      d.k = t.end;
      const tail = wordAt(s, d.k, APPROX_SUFFIX);
      if (tail && !d.approx) {
        d.approx = tail[1];
        d.k += tail[0].length;
      }
    }
  }
  if (!d.kind) {
    const g = EN_GPUS.exec(s.slice(d.k, d.k + 40));
    if (g) {
      d.unit = 'gpus';
      d.kind = 'count';
      d.k += g[0].length;
    }
  }
  if (!d.kind) {
    let m = d.k;
    if (/^(?:の|个|個|种|種)/.test(s.slice(m, m + 1))) m++;
    const cn = wordAt(s, space(s, m), COUNT_AFTER);
    if (cn && (m === d.k || sx || cn[0].length > 1)) {
      const end = space(s, m) + cn[0].length;
      d.unit = MACHINE_COUNTERS.has(cn[0]) ? (GPU_CONTEXT.test(s.slice(end, end + 24)) ? 'gpus' : 'count') : cn[1];
      d.kind = 'count';
      d.k = end;
      const tail = wordAt(s, d.k, APPROX_SUFFIX);
      if (tail && !d.approx) {
        d.approx = tail[1];
        d.k += tail[0].length;
      }
    }
  }
  if (!d.kind && num.big) {
    // 35万基, 14万個, 4億回, 1万家: a plain counter after 万 / 億 / 兆
    const bc = BIG_COUNTER.exec(s.slice(d.k, d.k + 4));
    if (bc) {
      d.unit = 'count';
      d.kind = 'count';
      d.k += bc[0].length;
    }
  }
}
