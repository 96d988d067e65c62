// One amount at a numeral: money, percentage or count, with the words around it
// (約 / 超 / US$ / 以上 / 63%増 / 9万以上の派生モデル / 5-10%). Works on normalised text.
// The steps: numerals inside names (inside-token.ts), ranges (amount-range.ts), the unit after the
// numeral (amount-unit.ts), change, basis and loss words (amount-change.ts); here the words before
// the numeral (currency, sign, approximation), prices per unit, and amounts with no unit.
import { scanNumber, signBefore } from './numbers';
import type { NumberToken } from './whole-number';
import { currencyAfter, currencyBefore, pickCurrency } from './money-words';
import { APPROX_PREFIX, TICKER_AFTER, TICKER_BEFORE, isAsciiAlnum, wordBefore, type Approx } from './units';
import { gluedPercent, insideToken } from './inside-token';
import { betweenBefore, rangeAt } from './amount-range';
import { readUnit, type Draft } from './amount-unit';
import { readChange } from './amount-change';
import { BARE_LOSS_AFTER, BARE_LOSS_BEFORE, MONEY_DECREASE_BEFORE } from './sign-words';

export interface RawAmount {
  a: number; // normalised span
  b: number;
  kind: 'money' | 'percent' | 'count';
  value: number;
  valueMax?: number;
  unit: string;
  approx?: Approx;
  change?: 'increase' | 'decrease';
  basis?: 'yoy' | 'qoq';
  /** A big number with no unit (380億を燃やす, パラメータ数は1兆): its sentence's keyword decides. */
  bare?: boolean;
  /** A bare number with a classifier (14万個): a plain count when no keyword says more. */
  counted?: boolean;
  /** A garble (1億2345億6,700万): value NaN, never checked. */
  malformed?: boolean;
  /** A bare number next to a verb of spending (投2000亿, 千亿重注): money in the article's currency. */
  spend?: boolean;
  /** A bare number named as a loss (112亿的亏损): money in the article's currency. */
  loss?: boolean;
}

/** A verb of spending right before a big number (未来3年投2000亿用于…): the number is money. */
export const SPEND_BEFORE = /(?:投|投入|投资|投資|砸|斥资|斥資|出资|出資|拿出|投じ|を投じ|spend|invest)\s?(?:约|約|超过|超過|近)?\s?$/;

/** A verb of spending right after a bare big number (2000亿加码新基建, 千亿重注AI). */
const SPEND_AFTER = /^(?:加码|加碼|重注|押注|砸向|砸入|用于|用於|投向|投入)/;
const PER_AFTER = /^\s?(?:あたり|当たり|につき|ごと|毎に)/;
const PER_BEFORE = /(?:每|毎|per|\/)\s?$/;

/** The amount whose numeral starts at i, or null; `lo` is where the previous figure ended; `zh`:
 *  Chinese text (spoken short forms of kanji numerals). Values are signed: -3.4%, 9%減 → -9. */
export function matchAmount(s: string, i: number, lo: number, zh = false, lineBreak?: (k: number) => boolean): RawAmount | null {
  const pair = zh ? pairAt(s, i, lo) : null;
  if (pair) return pair;
  const num = scanNumber(s, i, zh);
  if (!num) return null;
  if ((insideToken(s, i) && !gluedPercent(s, i, num)) || s[i - 1] === '第') return null;
  if (TICKER_BEFORE.test(s.slice(Math.max(lo, i - 12), i)) || TICKER_AFTER.test(s.slice(num.end, num.end + 5))) return null;
  if (num.malformed) return malformedAt(s, i, lo, num);
  if (num.slash && num.den !== 100) return null; // 3/5: a date or a ratio as often as a fraction (12/100 is 12%)
  if (Number.isNaN(num.value)) return null;
  let value = num.value;
  let valueMax: number | undefined;
  let j = num.end;
  let approx: Approx | undefined = num.over ? 'over' : undefined;
  // 数十億ドル, 几百亿, 數十億: "several tens" read as 2..9 of that unit
  if (/[数几幾數]/.test(s[i - 1] ?? '') && /[十百千]/.test(s[i]!) && i - 1 >= lo && !num.den) {
    valueMax = value * 9;
    value *= 2;
    approx = 'about';
  }
  // 数百上千亿元: from several hundred up to a thousand
  if (valueMax !== undefined && s[j] === '上' && /[千万萬]/.test(s[j + 1] ?? '')) {
    const up = scanNumber(s, j + 1, zh);
    if (up && up.big && up.value > value) {
      value = 2 * num.value * up.mult;
      valueMax = up.value;
      j = up.end;
    }
  }
  const several = valueMax !== undefined;
  const fromTo = /\bfrom\s(?:about\s|around\s)?[$¥€£]?$/.test(s.slice(Math.max(0, i - 18), i).replace(/(?:us|hk|rmb)\s?\$?$/, ''));
  const range = num.den || several ? null : rangeAt(s, j, num, value, undefined, zh, undefined, betweenBefore(s, i));

  // --- prefix (looking back, not into the previous figure) ---
  let a = several ? i - 1 : i;
  const before = currencyBefore(s, a, lo);
  if (before === 'foreign') return null;
  if (before) a = before.at;
  // "from $117 to $160" is a change, "from 0.5B to 72B parameters" a range
  if (range && !(fromTo && before)) [value, valueMax, j] = range;
  let sign: 'increase' | 'decrease' | undefined;
  const minus = signBefore(s, a);
  if (minus && a - minus >= lo) {
    sign = 'decrease';
    a -= minus;
  } else if (s[a - 1] === '+' && a - 1 >= lo && !isAsciiAlnum(s.charCodeAt(a - 2))) {
    sign = 'increase';
    a--;
  }
  const ap = wordBefore(s, a, APPROX_PREFIX) ?? (s[a - 1] === ' ' ? wordBefore(s, a - 1, APPROX_PREFIX) : null);
  if (ap) {
    const at = s.lastIndexOf(ap[0], a - 1);
    if (at >= lo) {
      a = at;
      approx = ap[1];
    }
  }

  // --- suffix ---
  const d: Draft = { a, k: j, value, valueMax, approx, longWord: false };
  readUnit(s, i, j, lo, num, zh, before, fromTo, d);
  // 每百万tokens, 百万トークンあたり, 1株: the unit of a price, not an amount
  if (d.kind === 'count' && d.unit === 'shares' && d.value === 1 && !num.big) return null;
  // (with digits, 100万トークンあたり is still written as a count)
  if (
    d.kind === 'count' &&
    num.kanji &&
    !/[0-9]/.test(s.slice(i, num.end)) &&
    (PER_AFTER.test(s.slice(d.k, d.k + 5)) || PER_BEFORE.test(s.slice(Math.max(lo, d.a - 5), d.a)))
  )
    return null;
  const { change, basis } = readChange(s, lo, sign, d);
  if (!d.kind) return bareAmount(s, lo, num, d, lineBreak);
  // 一人, 二元論, 関東一円: a kanji digit alone is a word, unless a long unit word follows (一ドル, 五パーセント)
  if (num.kanji && !num.big && Math.abs(num.value) < 10 && !d.longWord) return null;
  return { a: d.a, b: d.k, kind: d.kind, value: d.value, valueMax: d.valueMax, unit: d.unit!, approx: d.approx, change, basis };
}

/** 二三十亿, 三四成, 七八百万: two neighbouring kanji digits before a place or big unit, "two or three
 *  tens" in Chinese: a range read from the amount the second digit starts. */
const PAIR = /^([一二三四五六七八])([二三四五六七八九])(?=[十百千万萬亿億成])/;
const DIGITS = '一二三四五六七八九';

function pairAt(s: string, i: number, lo: number): RawAmount | null {
  const r = PAIR.exec(s.slice(i, i + 3));
  if (!r) return null;
  const d1 = DIGITS.indexOf(r[1]!) + 1;
  const d2 = DIGITS.indexOf(r[2]!) + 1;
  if (d2 !== d1 + 1) return null;
  // read the amount as if the first digit were not there (offsets after it shift by one)
  const m = matchAmount(s.slice(0, i) + s.slice(i + 1), i, lo, true);
  if (!m || m.valueMax !== undefined || m.malformed || m.bare) return null;
  const low = (m.value * d1) / d2;
  return { ...m, b: m.b + 1, value: Math.min(low, m.value), valueMax: Math.max(low, m.value), approx: m.approx ?? 'about' };
}

/** A big number with no unit (380億を燃やす): money in the currency its sentence's keyword gives,
 *  money spent (投2000亿用于…) or lost (这112亿的亏损); null for a small or kanji-only number, or
 *  when a word follows that we do not know as a counter (1兆倍). */
function bareAmount(s: string, lo: number, num: NumberToken, d: Draft, lineBreak?: (k: number) => boolean): RawAmount | null {
  // A big number alone: 380億を燃やす. Kanji-only small numbers (一人, 十分) are never figures.
  if (!num.big || (num.kanji && d.value < 1e4)) return null;
  const counted = s[d.k] === '个' || s[d.k] === '個';
  if (counted) d.k++; // 9万个: a classifier, the keyword says what it counts (else a plain count)
  // 1兆倍, 3億人分: a counter we do not know (but 投2000亿用于…, 千亿重注AI: spent money)
  const spend = SPEND_BEFORE.test(s.slice(Math.max(lo, d.a - 8), d.a)) || SPEND_AFTER.test(s.slice(d.k, d.k + 3));
  // 这112亿的亏损, 单季亏损超百亿: a bare amount named as a loss
  const bareLoss = BARE_LOSS_AFTER.exec(s.slice(d.k, d.k + 6)) ?? (BARE_LOSS_BEFORE.test(s.slice(Math.max(lo, d.a - 6), d.a)) ? [''] : null);
  if (bareLoss)
    return {
      a: d.a,
      b: d.k + bareLoss[0].length,
      kind: 'money',
      value: -Math.abs(d.value),
      valueMax: d.valueMax,
      unit: '',
      approx: d.approx,
      bare: true,
      loss: true,
    };
  // (3800亿中约80%: 中 "of which" is no counter)
  // (not across a line break: 资本开支约1200亿 ending a heading, the next line right after it)
  if (!lineBreak?.(d.k) && /^[\u4e00-\u9fff\u30a0-\u30ffa-z]/.test(s.slice(d.k, d.k + 1)) && !spend && !/^中[^国國文]/.test(s.slice(d.k, d.k + 2))) return null;
  // 同比减少约340亿: a decrease of a bare amount (its keyword gives the currency)
  const down = MONEY_DECREASE_BEFORE.test(s.slice(Math.max(lo, d.a - 8), d.a));
  if (down) d.value = -Math.abs(d.value);
  return {
    a: d.a,
    b: d.k,
    kind: 'money',
    value: d.value,
    valueMax: d.valueMax,
    unit: '',
    approx: d.approx,
    bare: true,
    ...(down ? { change: 'decrease' as const } : {}),
    ...(counted ? { counted } : {}),
    ...(spend ? { spend } : {}),
  };
}

/** 1億2345億6,700万元: a garbled amount, kept as one malformed figure so no check reads it. */
function malformedAt(s: string, i: number, lo: number, num: NumberToken): RawAmount {
  const before = currencyBefore(s, i, lo);
  const after = currencyAfter(s, num.end);
  const unit = pickCurrency(before && before !== 'foreign' ? before : null, after) ?? '';
  return { a: before && before !== 'foreign' ? before.at : i, b: after ? after[0] : num.end, kind: 'money', value: NaN, unit, malformed: true };
}
