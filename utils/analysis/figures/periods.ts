// Dates and periods in JA / ZH / EN, matched on normalised text (NFKC, lower case, 〜 for tildes):
// what a match is (TimeMatch), and how a year-less, relative or fiscal one is resolved against the
// article's date. The grammar is in period-patterns.ts, the spans it builds in period-spans.ts.
// Alibaba's fiscal year ends 31 March: FY2025 = 2024-04-01..2025-03-31, FY2025 Q3 = Oct-Dec 2024.
// 'YYYY年度' is read the same way (FY ending in March of that year), as in translated Chinese 财年.
import type { Period } from '../kb/types';
import { fiscalYearStart, type FiscalCalendar } from '../vocabulary/fiscal';
import {
  DEFAULT_FISCAL,
  addMonths,
  calHalf,
  calQuarter,
  day,
  fiscalPart,
  fiscalQuarter,
  fiscalYear,
  iso,
  month,
  months,
  monthsEnding,
  pad,
  valid,
} from './period-spans';
import { Y } from './period-grammar';

export type Relative =
  | { type: 'next'; months: number } // 今後3年間, over the next three years
  | { type: 'past'; months: number } // 過去10年間, 過去6ヶ月間
  | { type: 'since'; year: number } // 2019年以降の累計, 自2019年以来: to the latest period named
  | { type: 'ytd' } // 年初来, 年初至今, year-to-date: from the start of the article's year to its date
  | { type: 'firstMonths'; n: number } // 今年6个月, 前三季度: the first n months of the (fiscal) year
  | { type: 'year'; offset: number } // 今年 (0), 昨年 (-1), 来年 (1)
  // 今年度 (0), 昨年度 (-1), 来年度 (1): the fiscal year holding the article's date, plus offset; 前年度
  // ('named'): the one before the fiscal year holding the end of the period named last
  | { type: 'fiscalYear'; offset: number; from?: 'named' | 'label' } // label: 今期 of a forecast, the year of the N年M月期 named
  // 今四半期 / this quarter (0): the latest quarter named before, else the quarter of the article's date;
  // 前四半期 / the prior quarter (-1): the one before the latest quarter named ('named');
  // 上季 / last quarter (-1), next quarter (1): counted from the quarter of the article's date ('date')
  // the quarter (results news): the latest quarter named before, else the last one ended by the date ('latest')
  | { type: 'quarter'; offset?: number; from?: 'named' | 'date' | 'latest' }
  | { type: 'half'; offset: number; h: 1 | 2; fiscal?: boolean } // 今年上半期, the first half of last year; 今年度上半期: of the fiscal year
  | { type: 'quarters'; n: number }; // 過去4四半期, the past four quarters: up to the latest quarter ended

/** A fiscal label with its year (FY2026 Q1, 2026财年第一季度, 2025年度上半期): its months depend on
 *  the calendar of the company it is about. `q` a quarter, `h` a half, neither the whole year. */
export interface FiscalLabel {
  fy: number;
  q?: number;
  h?: 1 | 2;
}

export interface TimeMatch {
  end: number;
  kind: 'date' | 'period';
  period?: Period;
  /** Month and day known, year missing (2月24日, 7-9月期): resolved from context. */
  noYear?: NoYear;
  rel?: Relative;
  /** Set when the period came from a fiscal label: resolved again with the company's calendar. */
  fiscal?: FiscalLabel;
}

interface NoYear {
  m1: number;
  d1?: number;
  m2?: number;
  quarterEnd?: boolean;
  /** The last such period ended by the article's date ("the September quarter", 第1四半期). */
  latest?: boolean;
  /** A fiscal quarter without its year (第1四半期, Q2, the second fiscal quarter): m1 is unused. */
  fq?: number;
  /** The month its fiscal year ends in, when written (3月期第4四半期). */
  fiscalEnd?: number;
  /** The year is the article's year plus this (截至去年12月底止: -1). */
  yearOffset?: number;
  /** The months ending with m1 (d1 its last day), when it names an end: 截至12月底止三个月. */
  span?: number;
  /** Only the day is known (同社は2日、): the newest such day on or before the anchor. */
  dayOnly?: boolean;
}

/** A parenthesis right after a period that names its end month: (2024年12月まで). */
const PAREN_END = new RegExp(`\\s?[(（]\\s?${Y}\\s?年\\s?(\\d{1,2})\\s?月\\s?(?:まで|末|末まで|期|終了)?\\s?[)）]`, 'y');
export function parenEnd(s: string, i: number, p: Period): { end: number; period: Period } | null {
  PAREN_END.lastIndex = i;
  const r = PAREN_END.exec(s);
  if (!r) return null;
  const y = +r[1]!,
    m = +r[2]!;
  if (!valid(y, m)) return null;
  const n = monthSpan(p);
  if (n < 1 || n > 12) return null;
  const q = monthsEnding(y, m, n, p.label);
  return { end: i + r[0].length, period: q };
}

/** Whole months covered by a period (3 for a quarter). */
export function monthSpan(p: Period): number {
  const [y1, m1] = p.start.split('-').map(Number) as [number, number];
  const [y2, m2] = p.end.split('-').map(Number) as [number, number];
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}

/** Fills a year-less match with a year. */
export function withYear(m: TimeMatch, y: number): Period | undefined {
  const n = m.noYear;
  if (!n) return m.period;
  if (n.quarterEnd) return monthsEnding(y, n.m1, 3, `quarter ended ${y}-${pad(n.m1)}`);
  if (n.span) return monthsEnding(y, n.m1, n.span, `${n.span} months ended ${y}-${pad(n.m1)}`);
  if (n.m2 !== undefined) return n.m2 >= n.m1 ? months(y, n.m1, y, n.m2) : months(y, n.m1, y + 1, n.m2);
  if (n.d1 !== undefined) return valid(y, n.m1, n.d1) ? day(y, n.m1, n.d1) : undefined;
  return month(y, n.m1);
}

/** Resolves a relative period against an anchor date (ISO), optionally the latest quarter named. */
export function resolveRelative(
  rel: Relative,
  anchor: string | undefined,
  lastQuarter?: Period,
  until?: string,
  cal: FiscalCalendar = DEFAULT_FISCAL,
): Period | undefined {
  if (rel.type === 'fiscalYear' && rel.from === 'named' && until) return relativeFiscalYear(rel.offset, until, cal);
  const ok = !!anchor && /^\d{4}-\d{2}-\d{2}/.test(anchor);
  if (rel.type === 'since') {
    // up to the end of the period named last (results news), else to the article's date
    const end = until ?? (ok ? anchor!.slice(0, 10) : undefined);
    const start = `${rel.year}-01-01`;
    return end && end >= start ? { start, end, label: `since ${rel.year} to ${end}` } : undefined;
  }
  const [y, m, d] = ok ? (anchor!.slice(0, 10).split('-').map(Number) as [number, number, number]) : [0, 0, 0];
  if (rel.type === 'ytd') return ok ? { start: iso(y, 1, 1), end: iso(y, m, d), label: `${y} to ${iso(y, m, d)}` } : undefined;
  if (rel.type === 'quarter') {
    const current = ok ? monthsEnding(y, Math.ceil(m / 3) * 3, 3) : undefined;
    const k = rel.offset ?? 0;
    // counted from the article's date; without one, "last quarter" is the latest quarter named
    if (rel.from === 'date' && !current) return k === -1 ? lastQuarter : undefined;
    if (rel.from === 'latest') return lastQuarter ?? (ok ? monthsEnding(...addMonths(y, Math.ceil(m / 3) * 3, -3), 3) : undefined);
    // (前四半期 on a dated page naming no quarter: the one before the quarter its results are of, the
    // last one closed by the date)
    const closed = ok ? monthsEnding(...addMonths(y, Math.ceil(m / 3) * 3, -3), 3) : undefined;
    // (次の四半期 / next quarter: the one after the quarter named last, else after the last one closed by the
    // date: results news comes after a quarter closes, its "next quarter" is the one under way)
    const base = rel.from === 'date' ? (k > 0 ? (lastQuarter ?? closed) : current) : (lastQuarter ?? (k < 0 ? closed : current));
    if (!base || !k) return base;
    const [ys, ms] = addMonths(Number(base.start.slice(0, 4)), Number(base.start.slice(5, 7)), 3 * k);
    const [ye, me] = addMonths(ys, ms, 2);
    return months(ys, ms, ye, me, `${k < 0 ? 'quarter before' : 'quarter after'} ${base.label ?? base.start}`);
  }
  if (rel.type === 'quarters') {
    const last = lastQuarter ?? (ok ? monthsEnding(...addMonths(y, Math.ceil(m / 3) * 3, -3), 3) : undefined);
    if (!last || !(rel.n >= 1 && rel.n <= 40)) return undefined;
    const [ye, me] = [Number(last.end.slice(0, 4)), Number(last.end.slice(5, 7))];
    return monthsEnding(ye, me, 3 * rel.n, `${rel.n} quarters to ${last.end}`);
  }
  // 過去12カ月 / the past 12 months in results news: the months up to the end of the period reported
  // (named last; with a date, one ended within half a year before it), not up to the article's day
  // (the quarter named last, when no stated period ended: "its fiscal second quarter" read with the date's year)
  const upTo = rel.type === 'past' ? (until ?? lastQuarter?.end) : undefined;
  if (rel.type === 'past' && upTo && rel.months <= 12 && rel.months % 3 === 0 && (!ok || (upTo <= iso(y, m, d) && upTo >= iso(...addMonths(y, m, -6), 1)))) {
    const [yu, mu] = upTo.split('-').map(Number) as [number, number];
    return monthsEnding(yu, mu, rel.months, `${rel.months} months to ${upTo}`);
  }
  if (!ok) return undefined;
  if (rel.type === 'year') return months(y + rel.offset, 1, y + rel.offset, 12, String(y + rel.offset));
  if (rel.type === 'fiscalYear') return relativeFiscalYear(rel.offset, rel.from === 'named' && until ? until : anchor!.slice(0, 10), cal);
  if (rel.type === 'half' && rel.fiscal && cal !== 'calendar') {
    const fy = relativeFiscalYear(rel.offset, anchor!.slice(0, 10), cal);
    return fy ? fiscalPart(Number(fy.end.slice(0, 4)), Number(fy.end.slice(5, 7)), 0, false, rel.h === 1 ? '上期' : '下期') : undefined;
  }
  if (rel.type === 'half') return calHalf(y + rel.offset, rel.h);
  if (rel.type === 'firstMonths') return firstMonths(rel.n, anchor);
  const n = rel.months;
  if (!Number.isFinite(n) || n <= 0 || n > 600) return undefined;

  const span = n % 12 === 0 ? `${n / 12} years` : `${n} months`;
  if (rel.type === 'next') {
    const end = new Date(Date.UTC(y, m - 1 + n, d) - 86400000).toISOString().slice(0, 10);
    return { start: iso(y, m, d), end, label: `${span} from ${iso(y, m, d)}` };
  }
  const start = new Date(Date.UTC(y, m - 1 - n, d)).toISOString().slice(0, 10);
  return { start, end: iso(y, m, d), label: `${span} to ${iso(y, m, d)}` };
}

/** The fiscal year (in cal) holding the day given, plus offset years. */
function relativeFiscalYear(offset: number, dayIso: string, cal: FiscalCalendar): Period | undefined {
  const y = Number(dayIso.slice(0, 4));
  for (let fy = y - 1; fy <= y + 2; fy++) {
    const p = fiscalYear(fy, cal);
    if (p.start <= dayIso && dayIso <= p.end) return fiscalYear(fy + offset, cal);
  }
  return undefined;
}

/** A year-less match resolved against the anchor date: the latest such period ended by it (第1四半期,
 *  the September quarter), the year the text names relative to it (截至去年12月底止), else the anchor's
 *  year (a month after the anchor belongs to the year before). Fiscal quarters use `cal`. */
/** Whole months from day a to day b (a before b). */
function monthsApart(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

export function resolveNoYear(m: TimeMatch, anchor: string, cal: FiscalCalendar = DEFAULT_FISCAL, strictAnchor = true): Period | undefined {
  const n = m.noYear;
  if (!n || !/^\d{4}-\d{2}-\d{2}/.test(anchor)) return undefined;
  const day = anchor.slice(0, 10);
  const y = Number(day.slice(0, 4));
  if (n.yearOffset !== undefined) return withYear(m, y + n.yearOffset);
  if (n.dayOnly && n.d1) {
    // the newest day d1 on or before the anchor, within two months
    for (let k = 0; k < 3; k++) {
      const [yy, mm] = addMonths(y, Number(day.slice(5, 7)), -k);
      if (!valid(yy, mm, n.d1)) continue;
      const p = { start: iso(yy, mm, n.d1), end: iso(yy, mm, n.d1), label: iso(yy, mm, n.d1) };
      if (p.end <= day) return p;
    }
    return undefined;
  }
  if (n.fq) {
    let p: Period | undefined;
    for (let fy = y + 1; fy >= y - 2 && !p; fy--) {
      const q = n.fiscalEnd ? fiscalPart(fy, n.fiscalEnd, n.fq, false) : fiscalQuarter(fy, n.fq, cal);
      if (q && q.end <= day) p = q;
    }
    // 第三季度 in November for a company whose fiscal third quarter has not ended: the calendar quarter
    // just ended (results news reports a recent quarter), not the fiscal one of more than nine months ago
    if (p && strictAnchor && cal !== 'calendar' && !n.fiscalEnd) {
      const c = [y, y - 1].map((yy) => calQuarter(yy, n.fq!)).find((q) => q.end <= day);
      if (c && c.end > p.end && monthsApart(p.end, day) > 9 && monthsApart(c.end, day) <= 4) return c;
    }
    return p;
  }
  if (n.latest) {
    for (const yy of [y, y - 1]) {
      const p = withYear(m, yy);
      if (p && p.end <= day) return p;
    }
    return undefined;
  }
  let p = withYear(m, y);
  if (p && strictAnchor && p.start > day) p = withYear(m, y - 1);
  return p;
}

/** The first n months of the latest fiscal year whose first n months ended by the anchor (in `cal`). */
export function firstMonths(n: number, anchor: string | undefined, cal: FiscalCalendar = 'calendar'): Period | undefined {
  if (!anchor || !/^\d{4}-\d{2}-\d{2}/.test(anchor) || n < 1 || n > 12) return undefined;
  const day = anchor.slice(0, 10);
  const y = Number(day.slice(0, 4));
  for (let fy = y + 1; fy >= y - 1; fy--) {
    const s = fiscalYearStart(cal, fy);
    const [ye, me] = addMonths(s.year, s.month, n - 1);
    const p = months(s.year, s.month, ye, me, `first ${n} months of FY${fy}`);
    if (p.end <= day) return p;
  }
  return undefined;
}

/** A year-less match in the same (fiscal) year as the day given: the quarter of the fiscal year that
 *  contains it, months of its calendar year. */
export function sameYear(m: TimeMatch, day: string, cal: FiscalCalendar = DEFAULT_FISCAL): Period | undefined {
  const n = m.noYear;
  if (!n || n.dayOnly || n.yearOffset !== undefined || !/^\d{4}-\d{2}-\d{2}/.test(day)) return undefined;
  const y = Number(day.slice(0, 4));
  if (n.fq) {
    for (let fy = y - 1; fy <= y + 2; fy++) {
      const whole = n.fiscalEnd ? fiscalPart(fy, n.fiscalEnd, 0, false, '通期') : fiscalYear(fy, cal);
      if (whole && whole.start <= day && day <= whole.end) return n.fiscalEnd ? fiscalPart(fy, n.fiscalEnd, n.fq, false) : fiscalQuarter(fy, n.fq, cal);
    }
    return undefined;
  }
  return withYear(m, y);
}

// Day arithmetic on periods lives in period-math.ts (re-exported for the callers of this module).
export { overlapDays, samePeriod, startMs } from './period-math';
export { calQuarter, fiscalPeriod, fiscalQuarter, fiscalYear } from './period-spans';
export { matchTime, timeCanStart, timeStartChars } from './period-patterns';
