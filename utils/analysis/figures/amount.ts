// One amount at a numeral: money, percentage or count, with the words around it
// (約 / 超 / US$ / 以上 / 63%増 / 9万以上の派生モデル / 5-10%). Works on normalised text.
import { scanNumber, type NumberToken } from './numbers';
import {
  APPROX_PREFIX, APPROX_SUFFIX, BASIS_QOQ, BASIS_YOY, CHANGE_PREFIX, CHANGE_SUFFIX, 
  GPU_CONTEXT, MACHINE_COUNTERS, TICKER_AFTER, TICKER_BEFORE, isAsciiAlnum, isAsciiLetter, isDecrease, wordAt, wordBefore,
  type Approx,
} from './units';
import { CURRENCY_AFTER, CURRENCY_BEFORE } from '../vocabulary/currencies';
import { COUNT_AFTER, PERCENT_AFTER } from '../vocabulary/units';

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
}

const CODES = new Set(['rmb', 'usd', 'cny', 'hkd', 'jpy', 'eur', 'gbp', 'us', 'hk']);
const EN_GPUS = /^\s(?:nvidia\s)?(?:(?:h|a|b)\s?\d{2,3}\s)?(?:gpus?|graphics chips|ai chips|accelerators)(?![a-z])/;
const BIG_COUNTER = /^(?:基|回|次|家|店舗|店|本|口座|世帯|户|戸|棟|拠点)/;
const PER_AFTER = /^\s?(?:あたり|当たり|につき|ごと|毎に)/;
const PER_BEFORE = /(?:每|毎|per|\/)\s?$/;
const RANGE = /\s?(?:[-〜~–—]|から|至|到|to)\s?/y;

/** Is the numeral at i part of a name like qwen2.5, h100, gpt-4o, 30b-a3b or a URL? */
function insideToken(s: string, i: number): boolean {
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

/** Past the alphanumeric token around a skipped numeral. */
export function tokenEnd(s: string, j: number): number {
  while (j < s.length && /[a-z0-9.\-_]/.test(s[j]!)) j++;
  return j;
}

function yenOrYuan(s: string, i: number): string {
  const w = s.slice(Math.max(0, i - 200), i + 200);
  if (/[\u3040-\u30ff]/.test(w)) return 'JPY';
  return /[\u4e00-\u9fff]/.test(w) ? 'CNY' : 'JPY';
}

/** Basis words in the clause before (a..) and just after (..b) a percentage. */
function basisNear(s: string, lo: number, a: number, b: number): 'yoy' | 'qoq' | undefined {
  let before = s.slice(Math.max(lo, a - 24), a);
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'), before.lastIndexOf('. '));
  if (cut >= 0) before = before.slice(cut + 1);
  const after = s.slice(b, b + 30).split(/[。\n、,，]/)[0]!;
  const last = (re: RegExp, t: string) => {
    let at = -1;
    const g = new RegExp(re.source, 'g');
    for (let r = g.exec(t); r; r = g.exec(t)) at = r.index;
    return at;
  };
  const y = last(BASIS_YOY, before), q = last(BASIS_QOQ, before);
  if (y >= 0 || q >= 0) return q > y ? 'qoq' : 'yoy';
  if (BASIS_QOQ.test(after)) return 'qoq';
  if (BASIS_YOY.test(after)) return 'yoy';
  return undefined;
}

const space = (s: string, j: number) => (s[j] === ' ' ? j + 1 : j);

/** The amount whose numeral starts at i, or null; `lo` is where the previous figure ended. */
export function matchAmount(s: string, i: number, lo: number): RawAmount | null {
  const num = scanNumber(s, i);
  if (!num || Number.isNaN(num.value)) return null;
  if (insideToken(s, i) || s[i - 1] === '第') return null;
  if (TICKER_BEFORE.test(s.slice(Math.max(lo, i - 12), i)) || TICKER_AFTER.test(s.slice(num.end, num.end + 5))) return null;
  let value = num.value;
  let valueMax: number | undefined;
  let j = num.end;
  let approx: Approx | undefined;
  // 3800多亿元
  if (s[j] === '多' && /[万萬億亿兆]/.test(s[j + 1] ?? '')) {
    const big = s[j + 1] === '万' || s[j + 1] === '萬' ? 1e4 : s[j + 1] === '兆' ? 1e12 : 1e8;
    value *= big;
    approx = 'over';
    j += 2;
  }
  const fromTo = /\bfrom\s(?:about\s|around\s)?[$¥€£]?$/.test(s.slice(Math.max(0, i - 18), i).replace(/(?:us|hk|rmb)\s?\$?$/, ''));
  const range = rangeAt(s, j, num, value);

  // --- prefix (looking back, not into the previous figure) ---
  let a = i;
  let unit: string | undefined;
  const cp = wordBefore(s, a, CURRENCY_BEFORE) ?? (s[a - 1] === ' ' ? wordBefore(s, a - 1, CURRENCY_BEFORE) : null);
  if (cp) {
    const at = s.lastIndexOf(cp[0], a - 1);
    if (cp[0] === '$' && isAsciiLetter(s.charCodeAt(at - 1))) return null; // S$, NT$, A$: not handled
    if (at >= lo) {
      a = at;
      unit = cp[1] === '¥' ? yenOrYuan(s, i) : cp[1];
    }
  }
  // "from $117 to $160" is a change, "from 0.5B to 72B parameters" a range
  if (range && !(fromTo && unit)) [value, valueMax, j] = range;
  let sign: 'increase' | 'decrease' | undefined;
  const sc = s[a - 1];
  if (sc && '+-−▲△▼'.includes(sc) && a - 1 >= lo && !isAsciiAlnum(s.charCodeAt(a - 2))) {
    sign = sc === '+' ? 'increase' : 'decrease';
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
  let kind: RawAmount['kind'] | undefined;
  let k = j;
  const cur = wordAt(s, space(s, k), CURRENCY_AFTER);
  if (cur && !(cur[0].length <= 3 && /^[a-z]/.test(cur[0]) && unit)) {
    unit ??= cur[1];
    k = space(s, k) + cur[0].length;
    kind = 'money';
  } else if (unit) kind = 'money';
  let pct: [string, 'percent' | 'pt'] | null = null;
  if (!kind) {
    pct = wordAt(s, s[k] === ' ' && /^[a-z]/.test(s[k + 1] ?? '') ? k + 1 : k, PERCENT_AFTER);
    if (pct) {
      k = (s[k] === ' ' && /^[a-z]/.test(s[k + 1] ?? '') ? k + 1 : k) + pct[0].length;
      unit = pct[1];
      kind = 'percent';
      const r2 = kind === 'percent' && !valueMax && !fromTo ? rangeAt(s, k, num, value, pct[0]) : null;
      if (r2) [, valueMax, k] = r2;
    }
  }
  const sx = wordAt(s, space(s, k), APPROX_SUFFIX);
  if (sx) {
    approx ??= sx[1];
    k = space(s, k) + sx[0].length;
  }
  if (!kind && s[k] === '割' && !num.big && value <= 10) {
    // 8割 = 80%
    value *= 10;
    unit = 'percent';
    kind = 'percent';
    k++;
    const t = wordAt(s, k, APPROX_SUFFIX);
    if (t && !approx) {
      approx = t[1];
      k += t[0].length;
    }
  }
  if (!kind) {
    const g = EN_GPUS.exec(s.slice(k, k + 40));
    if (g) {
      unit = 'gpus';
      kind = 'count';
      k += g[0].length;
    }
  }
  if (!kind) {
    let m = k;
    if (/^(?:の|个|個|种|種)/.test(s.slice(m, m + 1))) m++;
    const cn = wordAt(s, space(s, m), COUNT_AFTER);
    if (cn && (m === k || sx || cn[0].length > 1)) {
      const after = space(s, m) + cn[0].length;
      unit = MACHINE_COUNTERS.has(cn[0]) ? (GPU_CONTEXT.test(s.slice(after, after + 24)) ? 'gpus' : 'count') : cn[1];
      kind = 'count';
      k = after;
      const tail = wordAt(s, k, APPROX_SUFFIX);
      if (tail && !approx) {
        approx = tail[1];
        k += tail[0].length;
      }
    }
  }
  if (!kind && num.big) {
    // 35万基, 14万個, 4億回, 1万家: a plain counter after 万 / 億 / 兆
    const bc = BIG_COUNTER.exec(s.slice(k, k + 4));
    if (bc) {
      unit = 'count';
      kind = 'count';
      k += bc[0].length;
    }
  }
  // 每百万tokens, 百万トークンあたり, 1株: the unit of a price, not an amount
  if (kind === 'count' && unit === 'shares' && value === 1 && !num.big) return null;
  // (with digits, 100万トークンあたり is still written as a count)
  if (kind === 'count' && num.kanji && !/[0-9]/.test(s.slice(i, num.end)) && (PER_AFTER.test(s.slice(k, k + 5)) || PER_BEFORE.test(s.slice(Math.max(lo, a - 5), a)))) return null;
  let change = sign;
  let basis: RawAmount['basis'];
  if (kind === 'percent') {
    const ch = wordAt(s, k, CHANGE_SUFFIX);
    if (ch) {
      change = ch[1];
      k += ch[0].length;
    }
    const pre = CHANGE_PREFIX.exec(s.slice(Math.max(lo, a - 12), a));
    if (pre) {
      change ??= isDecrease(pre[0]) ? 'decrease' : 'increase';
      a -= pre[0].length;
      if (pre[1]) basis = /环|環|按季/.test(pre[1]) ? 'qoq' : 'yoy';
    }
    basis ??= basisNear(s, lo, a, k);
  }
  if (!kind) {
    // A big number alone: 380億を燃やす. Kanji-only small numbers (一人, 十分) are never figures.
    if (!num.big || (num.kanji && value < 1e4)) return null;
    const counted = s[k] === '个' || s[k] === '個';
    if (counted) k++; // 9万个: a classifier, the keyword says what it counts (else a plain count)
    if (/^[\u4e00-\u9fff\u30a0-\u30ffa-z]/.test(s.slice(k, k + 1))) return null; // 1兆倍, 3億人分: a counter we do not know
    return { a, b: k, kind: 'money', value, valueMax, unit: '', approx, bare: true, ...(counted ? { counted } : {}) };
  }
  if (num.kanji && !num.big && value < 10) return null;
  return { a, b: k, kind, value, valueMax, unit: unit!, approx, change, basis };
}

/** "50億〜720億", "0.5b to 72b", "5-10%" (pctWord: the unit already read after the first number). */
function rangeAt(s: string, j: number, first: NumberToken, v1: number, pctWord?: string): [number, number, number] | null {
  RANGE.lastIndex = j;
  const r = RANGE.exec(s);
  if (!r) return null;
  let k = j + r[0].length;
  if (s[k] === '$') k++;
  const second = scanNumber(s, k);
  if (!second || Number.isNaN(second.value)) return null;
  let end = second.end;
  if (pctWord) {
    if (!s.startsWith(pctWord, end)) return null;
    end += pctWord.length;
  }
  if (r[0].includes('から') && /^\s?(?:[^\s、。,]{0,6})?(?:に|へ)/.test(s.slice(end, end + 8).replace(/^(?:億|万|兆|元|円|ドル|%)+/, ''))) return null;
  let lowV = v1;
  if (!first.big && second.big) lowV = v1 * second.mult;
  if (!(lowV < second.value)) return null;
  // a range needs a unit after it; the caller drops unit-less amounts anyway
  return [lowV, second.value, end];
}
