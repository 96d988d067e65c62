// A range after an amount's first number: 50億〜720億, 0.5b to 72b, 5-10% (the unit read after
// the first number written again after the second), 660億ドルから720億ドル (the currency at both
// ends). "AからBに引き上げ" and "from $117 to $160" are changes, not ranges.
import { scanNumber } from './numbers';
import { DECREASE_AFTER_RANGE } from './sign-words';
import { currencyAfter } from './money-words';
import type { NumberToken } from './whole-number';

const BETWEEN_AND = /\sand\s/y;
/** "between" right before the numeral at i (a currency sign may sit between): "and" may end its range. */
export const betweenBefore = (s: string, i: number) =>
  /\bbetween\s(?:about\s|around\s|roughly\s)?(?:us|hk|rmb|cny|usd)?\s?[$¥€£]?$/.test(s.slice(Math.max(0, i - 24), i));
const RANGE = /\s?(?:[-〜~–—─―]|から|至|到|to)\s?/y; // ─ / ―: box-drawing and horizontal bars used as dashes

/** "50億〜720億", "0.5b to 72b", "5-10%" (pctWord: the unit already read after the first number);
 *  "660億ドルから720億ドルと予測" (curWord: the currency word written after both numbers). */
export function rangeAt(
  s: string,
  j: number,
  first: NumberToken,
  v1: number,
  pctWord?: string,
  zh = false,
  curWord?: string,
  between = false,
): [number, number, number] | null {
  RANGE.lastIndex = j;
  BETWEEN_AND.lastIndex = j;
  // "between $17.2 and $17.7 billion": "and" joins a range only after "between"
  const r = RANGE.exec(s) ?? (between ? BETWEEN_AND.exec(s) : null);
  if (!r) return null;
  let k = j + r[0].length;
  if (s[k] === '$') k++;
  else if (between) k += /^(?:us\$|hk\$|rmb\s?|cny\s?|usd\s?|€|£)?/.exec(s.slice(k, k + 4))![0].length;
  const second = scanNumber(s, k, zh);
  if (!second || Number.isNaN(second.value)) return null;
  let end = second.end;
  if (pctWord) {
    if (!s.startsWith(pctWord, end)) return null;
    end += pctWord.length;
  }
  if (curWord) {
    const at = s[end] === ' ' ? end + 1 : end;
    // (310亿元人民币至340亿元: the second end may name the same currency with another of its words)
    const same = currencyAfter(s, end);
    if (!s.startsWith(curWord, at) && !(same && same[1] === currencyAfter(curWord, 0)?.[1])) return null;
    end = s.startsWith(curWord, at) ? at + curWord.length : same![0];
    // "AからBに引き上げ", "from $117 to $160": a change; a range ends the clause or is predicted (と予測)
    if (!/^\s?(?:と(?:い[うっ])?(?:予[想測]|見込|みられ|推定|試算)|の(?:範囲|レンジ)|程度|規模|[、。,，)）]|$)/.test(s.slice(end, end + 8))) return null;
  }
  if (r[0].includes('から') && /^\s?(?:[^\s、。,]{0,6})?(?:に|へ)/.test(s.slice(end, end + 8).replace(/^(?:億|万|兆|元|円|ドル|%)+/, ''))) return null;
  let lowV = v1;
  if (!first.big && second.big) lowV = v1 * second.mult;
  // 前年同期比4.7~1.7%減少: a range of decreases may run from the larger one down
  if (!(lowV < second.value) && !(lowV > second.value && DECREASE_AFTER_RANGE.test(s.slice(end, end + 12)))) return null;
  // a range needs a unit after it; the caller drops unit-less amounts anyway
  return [lowV, second.value, end];
}
