// Reading a year-less or relative time figure: how it got its period (TimeVia), what the resolver
// is given (TimeContext), and the helpers for quarters: the quarter under way in a forecast, "this
// quarter" of results news, the calendar quarter an estimated date points to.
import type { Period } from '../kb/types';
import type { Normalized } from '../text/normalize';
import type { Figure, PeriodFrom } from '../types';
import type { FiscalCalendar } from '../vocabulary/fiscal';
import { resolveRelative, type Relative } from './periods';

/** How a time figure got its period: `assumed` when it may be wrong (an inferred year, a relative
 *  phrase), with the resolution the figures that take it carry. */
export interface TimeVia {
  assumed: boolean;
  from: PeriodFrom;
  /** A quarter before or after another (前四半期, last quarter): not passed on to other sentences. */
  comparison?: boolean;
  /** A growth basis (4〜6月期からは9%増, 2024年同期, 前年と比べ): the period compared with, not the one
   *  the sentence reports; not passed on, and no figure's own unless the figure names it (…だった4〜6月期). */
  basis?: boolean;
  /** A span of its own sentence only (年初来, 自…以来の累計): not passed on to other sentences. */
  local?: boolean;
  /** Read from a relative word (今年, 昨年, 過去4四半期), not a label or months. */
  relWord?: boolean;
}

/** The number of a quarter from its label (2016 Q4, FY2026 Q2), else undefined. */
export function quarterNumber(p: Period): number | undefined {
  const m = /\bQ([1-4])$/.exec(p.label ?? '');
  return m ? Number(m[1]) : undefined;
}

/** Words that move a text on to a later period: 到第三季度, 进入第四季度. */
export const FORWARD_BEFORE = /(?:到了?|进入|進入)\s?$/;
/** Right before year-less months: the year before (前年の7~9月期). */
export const PREV_YEAR_OF = /(前年|昨年|去年)\s?(?:の|的)?\s?$/;

/** The company a time figure at x is about and its fiscal calendar (unknown: no company). */
export type CalendarAt = (x: number) => { cal?: FiscalCalendar; company?: string };

export interface TimeContext {
  norm: Normalized;
  articleDate?: string;
  /** Undated page: the day after the period its precise amounts match in the KB (an anchor only). */
  estimatedDate?: string;
  calendarAt?: CalendarAt;
  /** The original text (its line breaks: paragraphs). */
  text?: string;
}

export const later = (a?: string, b?: string) => (!a ? b : !b ? a : a > b ? a : b);
export const DEFAULT_NOTE = "company unknown: read with Alibaba's calendar (the year ends 31 March)";
/** Words of a plan or a forecast: "this quarter" in such a sentence is the quarter under way (not
 *  予想を上回る / 高于预期: results against expectations; not 将近: nearly). */
const FUTURE =
  /計画|予定|見通し|見込|方針|引き上げる|目指|计划|計劃|预计|預計|将(?!近)|將(?!近)|\b(?:plans?|expects?|will|guidance|outlook|to (?:spend|invest))\b/;
const SENTENCE_END = /[。！？!?\n]|\.\s/;

/** The normalised sentence around offset i. */
export function sentenceAt(s: string, i: number): string {
  let a = i;
  while (a > 0 && i - a < 200 && !SENTENCE_END.test(s.slice(a - 1, a + 1)) && s[a - 1] !== '。') a--;
  const rest = s.slice(i, i + 200);
  const e = rest.search(SENTENCE_END);
  return s.slice(a, e < 0 ? i + 200 : i + e);
}

/** The calendar quarter q that ends the day before an estimated date (the period the KB matched), for
 *  an English label without "fiscal". */
export function matchedCalendarQuarter(ctx: TimeContext, f: Figure, q: number): Period | undefined {
  const surface = ctx.text ? ctx.text.slice(f.start, f.end) : '';
  if (!/^[\x20-\x7e]+$/.test(surface) || /fiscal/i.test(surface)) return undefined;
  const d = new Date(ctx.estimatedDate!.slice(0, 10) + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - 1);
  const c = withYearQuarter(d.getUTCFullYear(), q);
  return c.end === d.toISOString().slice(0, 10) ? c : undefined;
}

/** Calendar quarter q of year y. */
export function withYearQuarter(y: number, q: number): Period {
  const m1 = 3 * q - 2;
  const last = new Date(Date.UTC(y, 3 * q, 0)).getUTCDate();
  return { start: `${y}-${String(m1).padStart(2, '0')}-01`, end: `${y}-${String(3 * q).padStart(2, '0')}-${last}`, label: `${y} Q${q}` };
}

/** A year-less quarter in a forecast's sentence or after "current": it may be the quarter under way. */
export function aheadQuarter(s: string, i: number): boolean {
  return FUTURE.test(sentenceAt(s, i)) || /\b(?:current|coming)\s(?:fiscal\s)?$/i.test(s.slice(Math.max(0, i - 16), i));
}

/** The day three months after a date: a quarter under way on the date has ended by then. */
export function quarterOn(day: string): string {
  const d = new Date(day.slice(0, 10) + 'T00:00:00Z');
  d.setUTCMonth(d.getUTCMonth() + 3);
  return d.toISOString().slice(0, 10);
}

/** "This quarter" in results news is the quarter the article reports (else, outside a plan, the last
 *  one ended by the date: articles come after the quarter closes). "Last quarter" (上季) keeps being
 *  counted from the date: in results news that is the reported quarter too. */
export function thisQuarter(
  rel: Extract<Relative, { type: 'quarter' }>,
  anchor: string | undefined,
  reported: Period | undefined,
  sentence: string,
): Period | undefined {
  if (rel.offset || rel.from) return undefined;
  if (reported) return reported;
  if (FUTURE.test(sentence)) return undefined;
  return resolveRelative({ type: 'quarter', from: 'latest' }, anchor);
}

/** A text that calls the reported quarter "this quarter" (本季度) before. */
const THIS_QUARTER = /本季度|本季(?![节節])|当季|當季|\bthis quarter\b/i;
const BREAK = /[。！？!?\n]/;

/** 上季度 counted from the date is the reported quarter itself; but a text that calls the reported quarter
 *  本季度, or names it again in the same sentence (而上季度…为48亿元,Q3环比下滑), contrasts the two: its
 *  上季度 is the quarter before the reported one. */
export function contrastsReported(text: string, f: Figure, p: Period, reported: Period, figures: Figure[]): boolean {
  if (p.start !== reported.start || p.end !== reported.end) return false;
  if (THIS_QUARTER.test(text.slice(0, f.start))) return true;
  return figures.some((g) => {
    if (g === f || g.kind !== 'period') return false;
    // (a year-less Q3 after it is not resolved yet: its quarter's number)
    const q = /^(?:Q|第)\s?([1-4一二三四])\s?(?:季度|季)?$/.exec(text.slice(g.start, g.end))?.[1];
    const same = q
      ? '一二三四'.indexOf(q) + 1 === quarterNumber(reported) || Number(q) === quarterNumber(reported)
      : g.period?.start === reported.start && g.period.end === reported.end;
    if (!same) return false;
    const [a, b] = g.start < f.start ? [g.end, f.start] : [f.end, g.start];
    return b - a < 80 && !BREAK.test(text.slice(a, b));
  });
}

/** Q3营收312亿元,同比下滑7%,Q2是327亿: the quarter before the reported one, named after it in its sentence,
 *  is a comparison (not passed on to the sentences after it). */
export function comparedBefore(text: string, f: Figure, p: Period, reported: Period, figures: Figure[]): boolean {
  const e = new Date(reported.start + 'T00:00:00Z');
  e.setUTCDate(0);
  if (p.end !== e.toISOString().slice(0, 10) || p.start.slice(0, 7) !== `${e.getUTCFullYear()}-${String(e.getUTCMonth() - 1).padStart(2, '0')}`) return false;
  return figures.some(
    (g) =>
      g !== f &&
      g.kind === 'period' &&
      g.end <= f.start &&
      g.period?.start === reported.start &&
      g.period.end === reported.end &&
      f.start - g.end < 80 &&
      !BREAK.test(text.slice(g.end, f.start)),
  );
}

/** "compared with $5.7 billion last year", "compared with last year's $10.4 billion": in results news (a
 *  quarter reported) the same quarter a year before, not the whole calendar year. */
const COMPARED_LAST_YEAR =
  /\b(?:compared (?:with|to)|versus|vs\.?|from|than)\s(?:(?:about|around)\s)?(?:[a-z]{0,3}\$|rmb\s?|cny\s?)?[0-9][0-9.,]*\s?(?:billion|million|trillion|bn|m)?\s(?:yuan\s|dollars\s)?$|\bcompared (?:with|to)\s$/i;
export function comparedLastYear(text: string, f: Figure): boolean {
  return /^last year/i.test(text.slice(f.start, f.end)) && COMPARED_LAST_YEAR.test(text.slice(Math.max(0, f.start - 48), f.start));
}
