// A percentage written with English number words: "down seven per cent", "rose twenty-five percent"
// (wire copy spells out small numbers). Its change words are read as for digits.
import { readChange } from './amount-change';
import type { Draft } from './amount-unit';
import { percentWordAt } from './percent-forms';
import { isAsciiLetter } from './units';

const ONES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const WORD = new RegExp(`(${Object.keys(TENS).join('|')})(?:-(${Object.keys(ONES).slice(0, 9).join('|')}))?|(${Object.keys(ONES).join('|')})`, 'y');
/** First letters a number word starts with. */
export const WORD_PERCENT_START = 'otfsenh';

/** The word-number percentage at i, or null (the word must stand alone and a percent word follow it). */
export function wordPercentAt(
  s: string,
  i: number,
  lo: number,
): { a: number; b: number; value: number; change?: 'increase' | 'decrease'; basis?: 'yoy' | 'qoq' } | null {
  if (isAsciiLetter(s.charCodeAt(i - 1))) return null;
  WORD.lastIndex = i;
  const r = WORD.exec(s);
  if (!r || isAsciiLetter(s.charCodeAt(i + r[0].length))) return null;
  const value = r[3] ? ONES[r[3]]! : TENS[r[1]!]! + (r[2] ? ONES[r[2]]! : 0);
  const pct = percentWordAt(s, i + r[0].length);
  // (a spelled-out number before "%" is not written; only "per cent" / "percent" words)
  if (!pct || pct[1] !== 'percent' || !/[a-z]/.test(s.slice(i + r[0].length, pct[0]))) return null;
  const d: Draft = { a: i, k: pct[0], value, longWord: true, kind: 'percent', unit: 'percent' };
  const { change, basis } = readChange(s, lo, undefined, d);
  return { a: d.a, b: d.k, value: d.value, change, basis };
}
