// A year-less date or period (第4四半期, 7~9月期, 上半期, third-quarter): its year read from the
// article's date (moved on to the quarter under way in a forecast), the period named before, the same
// months named with their year, or the quarter named below on an undated page; 前年の… a year back and a
// non-December company's half as its fiscal half.
import type { Period } from '../kb/types';
import type { Figure } from '../types';
import { fiscalPeriod, resolveNoYear, sameYear, withYear, type TimeMatch } from './periods';
import { shiftYears, toNorm } from './when-basis';
import {
  aheadQuarter,
  DEFAULT_NOTE,
  FORWARD_BEFORE,
  later,
  matchedCalendarQuarter,
  PREV_YEAR_OF,
  quarterNumber,
  quarterOn,
  withYearQuarter,
  type TimeContext,
  type TimeVia,
} from './when-dates';

/** What the text before a time figure has told: the date anchor and its note, the calendar quarters
 *  named with their year, the end of the last stated period and the stated spans. */
interface NamedBefore {
  anchor?: string;
  dateNote: string;
  ahead: Figure[];
  lastEnd?: string;
  namedSpans: Period[];
  /** The whole years named with their year, in text order. */
  namedYears?: Period[];
}

type NoYear = NonNullable<TimeMatch['noYear']>;

/** A year-less time figure to resolve: the figure, its match and the match's year-less part, the
 *  period read from its own words so far, and what the text before it told. */
export interface YearlessFigure {
  f: Figure;
  m: TimeMatch;
  n: NoYear;
  p: Period | undefined;
  seen: NamedBefore;
}

/** What every step reads: the figure as given (but its period), the analysis's context and the
 *  figure's start in the normalised text. */
interface Step extends Omit<YearlessFigure, 'p'> {
  ctx: TimeContext;
  na: number;
}

/** The period the first step read, and where its year came from (for the note). */
interface FirstRead {
  p: Period | undefined;
  c: Partial<ReturnType<NonNullable<TimeContext['calendarAt']>>>;
  at: string | undefined;
  sameMonths: Period | undefined;
  below: boolean;
  near: Figure | undefined;
}

/** The period of a year-less time figure and how it got it. */
export function resolveYearless(y: YearlessFigure, ctx: TimeContext): { p: Period | undefined; v: TimeVia } {
  const s: Step = { f: y.f, m: y.m, n: y.n, ctx, seen: y.seen, na: toNorm(ctx.norm, y.f.start) };
  const first = readYear(s, y.p);
  const p = fiscalHalf(s, yearBefore(s, inNamedYear(s, first.p, first.sameMonths), first.sameMonths));
  return { p, v: viaOf(s, { ...first, p }) };
}

/** The year from the article's date, the period named before, the same months named with their
 *  year, or the quarter named below. */
function readYear(s: Step, p: Period | undefined): FirstRead {
  const { f, m, n, ctx, na } = s;
  const { anchor, ahead, lastEnd, namedSpans } = s.seen;
  const c = n.fq ? (ctx.calendarAt?.(f.start) ?? {}) : {};
  // without the article's date: the later of the last period named and the first date in the text
  let at = ctx.articleDate ?? ctx.estimatedDate ?? (n.latest || n.fq ? later(lastEnd, anchor) : undefined);
  // 预计第四季度营收… / the current fiscal first quarter: a quarter of a forecast may be the one under way
  if (at && ctx.articleDate && n.fq && !n.fiscalEnd && aheadQuarter(ctx.norm.text, na)) at = quarterOn(at);
  // (an estimated date is only the day after a period the KB matched: the quarter after it may be the one reported)
  if (at && !ctx.articleDate && ctx.estimatedDate && at === ctx.estimatedDate && n.fq && !n.fiscalEnd) at = quarterOn(at);
  // "third-quarter revenue" in English on an undated page whose amounts the KB matched to the calendar
  // quarter of that number: the calendar quarter (a fiscal label says "fiscal")
  const calMatched =
    ctx.estimatedDate && !ctx.articleDate && n.fq && !n.fiscalEnd && c.cal && c.cal !== 'calendar' ? matchedCalendarQuarter(ctx, f, n.fq) : undefined;
  // read from the period named before (no date): the same (fiscal) year as that period, not the
  // latest one ended by its end (2025年上半年…第三季度 is 2025's third quarter)
  const fromNamed = !ctx.articleDate && !ctx.estimatedDate && !!lastEnd && at === lastEnd;
  // 2018年10-12月期決算…10-12月期の営業利益: the same months named with their year before
  const sameMonths =
    n.m2 !== undefined && !n.fq && !n.span && !n.quarterEnd && n.yearOffset === undefined
      ? [...namedSpans].reverse().find((q) => Number(q.start.slice(5, 7)) === n.m1 && Number(q.end.slice(5, 7)) === n.m2)
      : undefined;
  // (one after that period only when the text moves on to it: 然而到第三季度, 7〜9月期に入ると)
  const same = fromNamed && !p ? sameYear(m, lastEnd!, c.cal) : undefined;
  const onward = FORWARD_BEFORE.test(ctx.norm.text.slice(Math.max(0, na - 4), na));
  if (calMatched) p = calMatched;
  else if (sameMonths) p = sameMonths;
  else if (same && (same.start <= lastEnd! || onward)) p = same;
  else if (fromNamed && !p) p = resolveNoYear(m, at!, c.cal, false);
  else if (at && (ctx.articleDate || !p)) p = resolveNoYear(m, at, c.cal, !!ctx.articleDate) ?? p;
  else if (!p && anchor) p = resolveNoYear(m, anchor, c.cal, false);
  // 3Qは47%増益 atop an undated page, before any period is named: the same quarter named with its
  // year further down (2024年第3四半期(7~9月)), for a calendar-year company
  const below = !p && !at && !anchor && !!n.fq && (!c.cal || c.cal === 'calendar');
  if (below) p = ahead.find((a) => a.start > f.start && quarterNumber(a.period!) === n.fq)?.period;
  // (else the year of the first quarter named below: third-quarter results, then "from … in the second
  // quarter of 2025" is 2025's third quarter; the one after it when the quarter would end before it)
  const near = below && !p ? ahead.find((a) => a.start > f.start) : undefined;
  if (near) {
    const y = Number(near.period!.start.slice(0, 4));
    p = [y, y + 1].map((yy) => withYearQuarter(yy, n.fq!)).find((q) => q.end >= near.period!.end);
  }
  return { p, c, at, sameMonths, below, near };
}

/** Months that would not have ended by the date, after a whole year named with its year: that year's. */
function inNamedYear(s: Step, p: Period | undefined, sameMonths: Period | undefined): Period | undefined {
  const { m, n, ctx, na } = s;
  // 2024年通期の売上高は…。10-12月期は…: months that would not have ended by the date, after a whole year
  // named with its year, are that year's (not in a forecast: 10-12月期は…を見込む)
  const unended = !!p && !!ctx.articleDate && n.m2 !== undefined && !n.fq && !sameMonths && p.end > ctx.articleDate.slice(0, 10);
  if (unended && !aheadQuarter(ctx.norm.text, na)) {
    const w = s.seen.namedYears?.at(-1);
    const y = w ? Number(w.start.slice(0, 4)) : 0;
    const inYear = w ? [y, y + 1].map((yy) => withYear(m, yy)).find((q) => q && w.start <= q.start && q.end <= w.end) : undefined;
    if (inYear) p = inYear;
  }
  return p;
}

/** Months named as the year before's (前年の7~9月期, 昨年の10-12月期). */
function yearBefore(s: Step, p: Period | undefined, sameMonths: Period | undefined): Period | undefined {
  const { m, n, ctx, na } = s;
  // 前年の7~9月期 / 昨年の10-12月期: the same months a year before those named (else the date's)
  // (昨年 / 去年 count from the date: a year before the months named this year only)
  const prevOf = PREV_YEAR_OF.exec(ctx.norm.text.slice(Math.max(0, na - 5), na));
  if (p && prevOf && n.yearOffset === undefined && !n.fq && (prevOf[1] === '前年' || sameMonths)) p = shiftYears(p, 1);
  // (昨年10-12月期 on a dated page: those months of the year before the date's, wherever they fall)
  else if (p && prevOf && n.yearOffset === undefined && !n.fq && ctx.articleDate) p = withYear(m, Number(ctx.articleDate.slice(0, 4)) - 1) ?? p;
  return p;
}

/** A half of a company whose year does not end in December: its fiscal half. */
function fiscalHalf(s: Step, p: Period | undefined): Period | undefined {
  const { f, ctx } = s;
  const { anchor, lastEnd } = s.seen;
  // 上半期 / 下期 of a company whose year does not end in December: its fiscal half (アリババの上半期 =
  // April to September), the latest one ended by the date
  const halfCal = /^(?:上半期|下半期|上期|下期)$/.test(ctx.norm.text.slice(toNorm(ctx.norm, f.start), toNorm(ctx.norm, f.end)))
    ? ctx.calendarAt?.(f.start).cal
    : undefined;
  const halfDay = ctx.articleDate ?? ctx.estimatedDate ?? lastEnd ?? anchor;
  if (p && halfCal && halfCal !== 'calendar' && halfDay) {
    const h = p.start.slice(5, 7) === '01' ? 1 : 2;
    const y0 = Number(halfDay.slice(0, 4));
    for (const fy of [y0 + 1, y0, y0 - 1]) {
      const q = fiscalPeriod({ fy, h }, halfCal);
      if (q.end <= halfDay.slice(0, 10)) {
        p = q;
        break;
      }
    }
  }
  return p;
}

/** How the year was read: assumed, with a note of where it came from. */
function viaOf(s: Step, r: FirstRead): TimeVia {
  const { n, ctx } = s;
  const { dateNote, lastEnd } = s.seen;
  const { p, c, at, sameMonths, below, near } = r;
  const whence = sameMonths
    ? 'the same months named with their year before'
    : ctx.articleDate
      ? dateNote
      : at === lastEnd && lastEnd
        ? `the period named before (to ${lastEnd})`
        : below && p
          ? near
            ? 'the year of the quarter named below'
            : 'the same quarter named with its year below'
          : dateNote;
  return {
    assumed: true,
    from: n.fq
      ? { how: 'fiscal', ...(c.company ? { company: c.company } : {}), note: `year from ${whence}${c.cal ? '' : `; ${DEFAULT_NOTE}`}` }
      : { how: 'relative', note: `year from ${whence || 'the dates before it'}` },
  };
}
