// The pieces of the date and period grammar (normalised text): the regex parts (a year, a quarter, a
// dash, English month names, the fiscal-year words), numbers in digits, kanji or words, the checks on
// two-digit years and the year just named, and P(), which makes a pattern of a first character, a
// source and a builder of its match.
import type { Period } from '../kb/types';
import type { FiscalLabel, TimeMatch } from './periods';
import { fiscalPeriod, months, valid, year2 } from './period-spans';

export const Y = '((?:19|20)\\d{2})';
export const NUM = '([0-9]{1,2}|[一二三四五六七八九十]{1,3})';
export const Q = '([1-4一二三四])';
export const DASH = '\\s?(?:[-〜~–—―─−‐‑‒━]|から|至|到)\\s?'; // 4月から6月, 4月至6月, 4月到6月, minus signs and heavy dashes
export const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
export const EN_DATE1 = `(${MONTHS})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s${Y}`;
export const EN_DATE2 = `(\\d{1,2})\\s(${MONTHS})\\.?,?\\s${Y}`;
export const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, twelve: 12, 两: 2, 三: 3, 五: 5, 十: 10 };
const KANJI: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

export function num(s: string | undefined): number {
  if (!s) return NaN;
  if (/^\d+$/.test(s)) return Number(s);
  if (s in WORDS) return WORDS[s]!;
  let v = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch === '十') {
      v += (cur || 1) * 10;
      cur = 0;
    } else cur = KANJI[ch] ?? NaN;
  }
  return v + cur;
}

const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const monthOf = (name: string) => MONTH_KEYS.indexOf(name.slice(0, 3)) + 1;

/** A fiscal-label match: the period in the default calendar, and the label to resolve again. */
export const fiscalMatch = (l: FiscalLabel): Omit<TimeMatch, 'end'> => ({ kind: 'period', period: fiscalPeriod(l), fiscal: l });
/** A two-digit year (24年): not inside a longer number, not an era year (平成30年, 令和6年), 00-49. */
export function twoDigitYear(r: RegExpExecArray): boolean {
  const before = r.input.slice(Math.max(0, r.index - 2), r.index);
  return !/[0-9.,]$/.test(before) && !/(?:平成|令和|昭和|民国|民國)$/.test(before) && Number(r[1]) < 50;
}

/** The text names a four-digit year within three years of y (20xx年, FY20xx). */
export function nearYear(s: string, y: number): boolean {
  for (const r of s.matchAll(/(?<![0-9])20([0-9]{2})(?![0-9])/g)) if (Math.abs(2000 + Number(r[1]) - y) <= 3) return true;
  return false;
}

type Build = (r: RegExpExecArray) => Omit<TimeMatch, 'end'> | null;
export interface Pattern {
  first: string; // characters a match can start with ('0' = any digit)
  re: RegExp;
  build: Build;
  year: boolean; // starts with a year (19xx / 20xx): skipped cheaply where none is
}

export const P = (first: string, src: string, build: Build): Pattern => ({ first, re: new RegExp(src, 'y'), build, year: src.startsWith(Y) });
/** A year named right before a span (昨年1年間, 2024年の1年間, 去年一年): the span is that year. */
export const YEAR_JUST_NAMED = /(?:昨年|今年|去年|前年|本年|[0-9]{2,4}年)\s?(?:の|度の?)?\s?$/;
/** s[i..i+3] is 19xx or 20xx (what Y needs first). */
export function yearAt(s: string, i: number): boolean {
  const a = s.charCodeAt(i),
    b = s.charCodeAt(i + 1),
    c = s.charCodeAt(i + 2),
    d = s.charCodeAt(i + 3);
  return ((a === 49 && b === 57) || (a === 50 && b === 48)) && c >= 48 && c <= 57 && d >= 48 && d <= 57;
}
export const per = (period: Period | undefined): Omit<TimeMatch, 'end'> | null => (period ? { kind: 'period', period } : null);
export const FISCAL = '(?:年\\s?会計年度|年度|会計年度|财年|財年|财政年度|財政年度|年财年)'; // (2025 年会計年度: NVIDIA's Japanese releases)
export const QWORD = '(?:四半期|季度|财季|財季|季)';
/** (4〜6月) / (7─9月期) right after a year-less quarter: its months. */
/** (4〜6月) / (7─9月期) / (2015年7〜9月) right after a quarter label: its months, and their year when written. */
export const PAREN_MONTHS = `(?:\\s?[(（]\\s?(?:((?:19|20)?\\d{2})\\s?年\\s?)?(\\d{1,2})\\s?月?${DASH}(\\d{1,2})\\s?月\\s?(?:期)?\\s?[)）])?`;
/** A year-less quarter label: the last such quarter ended by the article's date, unless the brackets
 *  after it name its months (and year: 同年第3四半期(2015年7〜9月) is July to September 2015). */
export function quarterNoYear(q: number, y?: string, m1?: string, m2?: string): Omit<TimeMatch, 'end'> {
  if (m1 && m2 && valid(2000, +m1) && valid(2000, +m2)) {
    if (y) {
      const y1 = year2(y);
      return { kind: 'period', period: months(y1, +m1, +m2 < +m1 ? y1 + 1 : y1, +m2) };
    }
    return { kind: 'period', noYear: { m1: +m1, m2: +m2, latest: true } };
  }
  return { kind: 'period', noYear: { m1: 1, fq: q, latest: true } };
}
/** (第2四半期) / (上半期) right after a month span (7-9月期(第2四半期)): the company's name for the same months,
 *  read as part of the span (the months decide the period, whatever the company's calendar). */
/** A 決算短信 (a Japanese company's results summary) or a text about one: its quarters are cumulative. */
export const TANSHIN = /決算短信/;
// (also after 決算」 closing a quoted name: 「7~9月期決算」(第2四半期); 1-3月期(4Q))
export const PAREN_FQ = `(?:\\s?(?:決算)?[」』]?\\s?[(（]\\s?(?:第\\s?[1-4一二三四]\\s?・?\\s?四半期|[1-4]\\s?q|q\\s?[1-4]|上半期|下半期|上期|下期|中間期)\\s?[)）])?`;
/** The months of a span word: 四半期 / 3か月間 → 3, 6か月間 / 半期 → 6, 9か月間 → 9, 12か月間 / 会計年度 → 12. */
export const SPAN_N = (w: string) => (/四半期/.test(w) ? 3 : /^(?:12|十二)|年/.test(w) ? 12 : /^(?:9|九)/.test(w) ? 9 : /^(?:3|三)/.test(w) ? 3 : 6);
/** After an N年M月期 label: words that make it the whole fiscal year (本決算, 通期, 決算 not followed by a
 *  bracketed quarter: 2024年12月期決算 is the year, 2024年12月期決算(第4四半期) the quarter). */
export const FY_AFTER = `本決算|通期|通年|年間|(?:連結)?決算(?!\\s?[(（]\\s?(?:第|[1-4]\\s?q|q\\s?[1-4]))`;
