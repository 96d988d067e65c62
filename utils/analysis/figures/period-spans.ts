// Calendar and fiscal spans as periods: whole months, quarters, halves, fiscal years in a company's
// calendar (Alibaba's ends in March by default). Pure.
import type { Period } from '../kb/types';
import { fiscalYearStart, type FiscalCalendar } from '../vocabulary/fiscal';
import type { FiscalLabel } from './periods';

export const pad = (n: number) => String(n).padStart(2, '0');
export const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const valid = (y: number, m: number, d = 1) => m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m) && y >= 1900 && y <= 2199;

/** Months m1 (year y1) .. m2 (year y2), whole months. */
export function months(y1: number, m1: number, y2: number, m2: number, label?: string): Period {
  return { start: iso(y1, m1, 1), end: iso(y2, m2, lastDay(y2, m2)), ...(label ? { label } : {}) };
}
export const addMonths = (y: number, m: number, k: number): [number, number] => {
  const t = y * 12 + (m - 1) + k;
  return [Math.floor(t / 12), (t % 12) + 1];
};
/** The n months ending with month m of year y. */
export function monthsEnding(y: number, m: number, n: number, label?: string): Period {
  const [ys, ms] = addMonths(y, m, -(n - 1));
  return months(ys, ms, y, m, label);
}
export const calQuarter = (y: number, q: number) => months(y, q * 3 - 2, y, q * 3, `${y} Q${q}`);
/** The calendar of a fiscal label whose company is not known here (the vocabulary's fiscal.ts). */
export const DEFAULT_FISCAL: FiscalCalendar = 'march-end';
/** Months [first, last] of months k..k+n-1 (0-based) of fiscal year fy. */
function fiscalSpan(cal: FiscalCalendar, fy: number, k: number, n: number, label: string): Period {
  const s = fiscalYearStart(cal, fy);
  const [y1, m1] = addMonths(s.year, s.month, k);
  const [y2, m2] = addMonths(s.year, s.month, k + n - 1);
  return months(y1, m1, y2, m2, label);
}
export const fiscalQuarter = (fy: number, q: number, cal: FiscalCalendar = DEFAULT_FISCAL) => fiscalSpan(cal, fy, (q - 1) * 3, 3, `FY${fy} Q${q}`);
export const fiscalYear = (fy: number, cal: FiscalCalendar = DEFAULT_FISCAL) => fiscalSpan(cal, fy, 0, 12, `FY${fy}`);
const fiscalHalf = (fy: number, h: number, cal: FiscalCalendar = DEFAULT_FISCAL) => fiscalSpan(cal, fy, (h - 1) * 6, 6, `FY${fy} H${h}`);

/** The months of a fiscal label in a company's calendar. */
export function fiscalPeriod(l: FiscalLabel, cal: FiscalCalendar = DEFAULT_FISCAL): Period {
  if (l.q) return fiscalQuarter(l.fy, l.q, cal);
  if (l.h) return fiscalHalf(l.fy, l.h, cal);
  return fiscalYear(l.fy, cal);
}
/** A part of the fiscal year ending in month `end` of year y: quarter q (cumulative from the year's
 *  start when `ytd`), or a half / the whole year named by `word`. */
export function fiscalPart(y: number, end: number, q: number, ytd: boolean, word?: string): Period | undefined {
  if (!valid(y, end)) return undefined;
  const [y0, m0] = addMonths(y, end, -11); // first month of the fiscal year
  const base = `FY ending ${y}-${pad(end)}`;
  if (q) {
    const [ye, me] = addMonths(y0, m0, q * 3 - 1);
    return ytd ? months(y0, m0, ye, me, `${base} Q1-Q${q}`) : monthsEnding(ye, me, 3, end === 3 ? `FY${y} Q${q}` : `${base} Q${q}`);
  }
  if (word === '通期') return months(y0, m0, y, end, end === 3 ? `FY${y}` : base);
  const h = word && /下/.test(word) ? 2 : 1;
  const [ye, me] = addMonths(y0, m0, h * 6 - 1);
  return monthsEnding(ye, me, 6, end === 3 ? `FY${y} H${h}` : `${base} H${h}`);
}
export const calHalf = (y: number, h: number) => months(y, h === 1 ? 1 : 7, y, h === 1 ? 6 : 12, `${y} H${h}`);
export const day = (y: number, m: number, d: number): Period => ({ start: iso(y, m, d), end: iso(y, m, d), label: iso(y, m, d) });
export const month = (y: number, m: number): Period => months(y, m, y, m, `${y}-${pad(m)}`);
export const year2 = (s: string) => (s.length === 2 ? 2000 + Number(s) : Number(s));

/** n months ending on the given day (quarter ended 2025-09-30). */
export function endingOn(y: number, m: number, d: number, n: number, what: string): Period | undefined {
  if (!valid(y, m, d)) return undefined;
  const p = monthsEnding(y, m, n);
  return { start: p.start, end: iso(y, m, d), label: `${what} ended ${iso(y, m, d)}` };
}
