// Arabic numerals: half- and full-width digits, grouped with , ， or 、 (3、800億元 only before a big
// unit or a currency), decimals (1.5, 21点2, the middle-dot 3・5兆), exponents (2e5) and 千/百/十 parts
// written after digits (8千, 5千2百36). The first segment of a numeral; big units are big-units.ts's.
import { KANJI_SMALL, lastNonZero, type Small } from './kanji-numerals';
import { BIG } from './big-units';

const MAX_DIGITS = 30;

export function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

export const SEPARATORS = ',，、';
export const DECIMAL = '.．';

/** Arabic digits with grouping and decimals, then 千/百/十 parts (8千, 5千2百36, 2百5十2). */
export function scanArabic(s: string, i: number): Small {
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
    // 1, 000億ドル: a space a page put after the grouping comma, before a big unit or a currency
    if (ch === ',' && s[j + 1] === ' ' && group >= 1 && group <= 3 && !grouped && threeDigitsAt(s, j + 2) && bigOrCurrencyAfterGroups(s, j + 2)) {
      grouped = true;
      group = 0;
      j += 2;
      continue;
    }
    break;
  }
  let frac = decimalPart(s, j, grouped);
  if (frac) j += 1 + frac.length;
  // 从最初的3. 8%: a space after the decimal point of a short percentage in CJK text
  const spaced = !frac && !grouped && int.length <= 2 && /[\u3040-\u30ff\u4e00-\u9fff]/.test(s[i - 1] ?? '') ? /^\. (\d{1,2})%/.exec(s.slice(j, j + 6)) : null;
  if (spaced) {
    frac = spaced[1]!;
    j += 2 + frac.length;
  }
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
