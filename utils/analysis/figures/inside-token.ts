// Numerals that are part of a name, not amounts: a model or chip name (qwen2.5, h100, gpt-4o,
// 30b-a3b), a path or a URL; but a currency code (us$, rmb) before the digits is no name, and a
// percentage written against a word of three letters or more (Bing10.44%) is still a percentage.
import type { NumberToken } from './whole-number';
import { isAsciiAlnum, isAsciiLetter } from './units';

const CODES = new Set(['rmb', 'usd', 'cny', 'hkd', 'jpy', 'eur', 'gbp', 'us', 'hk', 'twd', 'sgd', 'aud', 'cad', 'chf', 'inr', 'krw', 'rs']);

/** Is the numeral at i part of a name like qwen2.5, h100, gpt-4o, 30b-a3b or a URL? */
export function insideToken(s: string, i: number): boolean {
  const p = s.charCodeAt(i - 1);
  if (isAsciiLetter(p)) {
    let k = i - 1;
    while (k > 0 && isAsciiLetter(s.charCodeAt(k - 1))) k--;
    return !CODES.has(s.slice(k, i));
  }
  if (s[i - 1] === '/' || s[i - 1] === '_' || s[i - 1] === '#') return true;
  // "h 100", "a 800": a one-letter name split by a space (not the article "a")
  if (s[i - 1] === ' ' && isAsciiLetter(s.charCodeAt(i - 2)) && !isAsciiAlnum(s.charCodeAt(i - 3)) && s[i - 2] !== 'a') return true;
  if ((s[i - 1] === '-' || s[i - 1] === '.') && isAsciiAlnum(s.charCodeAt(i - 2))) {
    let k = i - 2;
    while (k > 0 && /[a-z0-9.\-_]/.test(s[k - 1]!)) k--;
    return /[a-z]/.test(s.slice(k, i - 1));
  }
  return false;
}

/** "Bing10.44%", "Yandex7.51%": a percentage written against the name before it (a word of three
 *  letters or more, not a model name's version). */
export function gluedPercent(s: string, i: number, num: NumberToken): boolean {
  if (s[num.end] !== '%') return false;
  let k = i;
  while (k > 0 && isAsciiLetter(s.charCodeAt(k - 1))) k--;
  return i - k >= 3 && !isAsciiAlnum(s.charCodeAt(k - 1));
}

/** Past the alphanumeric token around a skipped numeral. */
export function tokenEnd(s: string, j: number): number {
  while (j < s.length && /[a-z0-9.\-_]/.test(s[j]!)) j++;
  return j;
}
