// English number words before a percentage ("up three percent", "twenty-five per cent"): one to
// ninety-nine spelled out, as wire copy writes small numbers. Works on normalised (lower-case) text.
import type { RawAmount } from './amount';
import { readChange } from './amount-change';
import type { Draft } from './amount-unit';

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
const byLength = (o: Record<string, number>) => Object.keys(o).sort((x, y) => y.length - x.length);
const WORD_PERCENT = new RegExp(
  `(${byLength(TENS).join('|')})(?:[-\\s](${byLength(ONES).slice(-9).join('|')}))?\\s(?:percent|per\\scent)(?![a-z])|(${byLength(ONES).join('|')})\\s(?:percent|per\\scent)(?![a-z])`,
  'y',
);
/** First letters a number word starts with, for the caller's start table. */
export const NUMBER_WORD_START = 'otfsen';

/** The percentage spelled out at i (a word start), with the change words around it; `lo`: where
 *  the previous figure ended. */
export function wordPercentAt(s: string, i: number, lo: number): RawAmount | null {
  WORD_PERCENT.lastIndex = i;
  const r = WORD_PERCENT.exec(s);
  if (!r) return null;
  const value = r[1] ? TENS[r[1]]! + (r[2] ? ONES[r[2]]! : 0) : ONES[r[3]!]!;
  const d: Draft = { a: i, k: i + r[0].length, value, kind: 'percent', unit: 'percent', longWord: true };
  const { change, basis } = readChange(s, lo, undefined, d);
  return { a: d.a, b: d.k, kind: 'percent', value: d.value, unit: 'percent', change, basis };
}
