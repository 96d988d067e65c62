// The currency of an amount from the words around it: a symbol or code before the number, a word
// after it (the more specific one wins: $12 billion RMB is CNY, 新台幣910億元 is TWD), ¥ as yen or
// yuan from the text around it, and minor units after the main one (2222円13銭, 50元6角3分).
import { scanNumber } from './numbers';
import { CURRENCY_AFTER, CURRENCY_BEFORE, GENERIC_CURRENCY_WORDS, MINOR_ALONE, YEN_OR_YUAN, isCurrency, minorUnits } from '../vocabulary/currencies';
import { wordAt, wordBefore, isAsciiLetter } from './units';

const CHINA_CUES =
  /china|chinese|beijing|shanghai|hangzhou|shenzhen|hong kong|yuan|renminbi|rmb|alibaba|tencent|baidu|bytedance|jd\.com|pinduoduo|xiaomi|huawei|taobao|tmall|aliyun|qwen/g;
const JAPAN_CUES = /japan|japanese|tokyo|osaka|yen|nikkei|softbank|toyota|sony|rakuten|nintendo|topix/g;

/** ¥ before a number: yen in Japanese text, yuan in Chinese text and in English text about China. */
function yenOrYuan(s: string, i: number): 'JPY' | 'CNY' {
  const w = s.slice(Math.max(0, i - 300), i + 300);
  if (/[\u3040-\u30ff]/.test(w)) return /人民元|中国元/.test(s.slice(i, i + 40)) ? 'CNY' : 'JPY';
  if (/[\u4e00-\u9fff]/.test(w)) return /日元|日圆|日圓|日本/.test(w) ? 'JPY' : 'CNY';
  const cn = w.match(CHINA_CUES)?.length ?? 0;
  const jp = w.match(JAPAN_CUES)?.length ?? 0;
  return cn > jp ? 'CNY' : 'JPY';
}

export interface CurrencyBefore {
  at: number;
  unit: string;
  word: string;
}

/** The currency symbol, code or word right before i (one space allowed), not before `lo`. */
export function currencyBefore(s: string, i: number, lo: number): CurrencyBefore | null | 'foreign' {
  const sp = s[i - 1] === ' ' ? 1 : 0;
  const cp = wordBefore(s, i, CURRENCY_BEFORE) ?? (sp ? wordBefore(s, i - 1, CURRENCY_BEFORE) : null);
  if (!cp) return null;
  const at = s.lastIndexOf(cp[0], i - 1);
  // S$, NT$, A$ written with a letter we do not know: not a US dollar
  if (cp[0] === '$' && isAsciiLetter(s.charCodeAt(at - 1))) return 'foreign';
  if (at < lo) return null;
  return { at, unit: cp[1] === YEN_OR_YUAN ? yenOrYuan(s, i) : cp[1], word: cp[0] };
}

/** The currency word after the number at j (one space allowed): [end, unit, word]. */
export function currencyAfter(s: string, j: number): [number, string, string] | null {
  const k = s[j] === ' ' ? j + 1 : j;
  const cur = wordAt(s, k, CURRENCY_AFTER);
  return cur ? [k + cur[0].length, cur[1], cur[0]] : null;
}

/** Which unit wins when both sides state one: the specific word over the generic one (元, $, ドル). */
export function pickCurrency(before: CurrencyBefore | null, after: [number, string, string] | null): string | undefined {
  if (!before) return after?.[1];
  if (!after) return before.unit;
  const gb = GENERIC_CURRENCY_WORDS.has(before.word);
  const ga = GENERIC_CURRENCY_WORDS.has(after[2]);
  return gb && !ga ? after[1] : before.unit;
}

/** 2222円13銭, 2ドル3セント, 545ドルと5セント, 两美元又三美分, 50元6角3分: the minor units after the
 *  main one; returns the amount to add and the end, or null. */
export function minorAfter(s: string, j: number, unit: string, zh: boolean): [number, number] | null {
  if (!isCurrency(unit)) return null;
  const minors = minorUnits(unit);
  if (!minors.length) return null;
  let k = j;
  let add = 0;
  let used = 0;
  for (let n = 0; n < 2; n++) {
    const conj = /^(?:と|又|和|and\s)?\s?/.exec(s.slice(k, k + 5))![0];
    const t = scanNumber(s, k + conj.length, zh);
    if (!t || Number.isNaN(t.value) || t.big || t.value >= 100) break;
    const m = minors.find(([w], idx) => idx >= used && s.startsWith(w, t.end));
    if (!m) break;
    const end = t.end + m[0].length;
    if (/^[钟鐘鍾]/.test(s.slice(end, end + 1))) break; // 5分钟: minutes
    add += t.value * m[1];
    used = minors.indexOf(m) + 1;
    k = end;
  }
  return add ? [add, k] : null;
}

/** 61 cents, a 49-cent estimate, 50美分: a minor unit alone after a number; returns the currency, its
 *  worth and the end, or null. An English word may be singular and joined by a hyphen. */
export function minorAlone(s: string, j: number): [string, number, number] | null {
  for (const [w, [cur, worth]] of MINOR_ALONE) {
    if (/^[a-z]/.test(w)) {
      const m = new RegExp(`^(?:\\s|-)(?:${w}|${w.replace(/s$/, '')})(?![a-z])`).exec(s.slice(j, j + w.length + 2));
      if (m) return [cur, worth, j + m[0].length];
    } else if (s.startsWith(w, j)) return [cur, worth, j + w.length];
  }
  return null;
}
