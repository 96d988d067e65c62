// When a figure is about: resolves fiscal labels, year-less dates and relative periods against the
// article date and the periods named before, then marks bases and spans (when-basis.ts).
import type { Period } from '../kb/types';
import type { Figure } from '../types';
import { firstMonths, fiscalPeriod, matchTime, sameYear, monthSpan, resolveNoYear, resolveRelative, samePeriod } from './periods';
import { markTime, shiftYears, toNorm } from './when-basis';
import {
  aheadQuarter,
  DEFAULT_NOTE,
  FORWARD_BEFORE,
  later,
  matchedCalendarQuarter,
  PREV_YEAR_OF,
  quarterNumber,
  quarterOn,
  sentenceAt,
  thisQuarter,
  withYearQuarter,
  type TimeContext,
  type TimeVia,
} from './when-dates';

/** Resolves fiscal labels with their company's calendar, year-less dates and relative periods
 *  against the article's date; returns how each time figure got its period. */
export function resolveTimes(figures: Figure[], ctx: TimeContext): Map<Figure, TimeVia> {
  const via = new Map<Figure, TimeVia>();
  const anchorFig = figures.find((f) => f.kind === 'date' && f.period && f.period.start === f.period.end);
  const anchor = ctx.articleDate ?? ctx.estimatedDate ?? anchorFig?.period?.start;
  const dateNote = ctx.articleDate
    ? `the article's date (${ctx.articleDate.slice(0, 10)})`
    : ctx.estimatedDate
      ? `a date estimated from the KB facts its figures match (${ctx.estimatedDate})`
      : anchor
        ? `the first date in the text (${anchor})`
        : '';
  // calendar quarters named with their year, in text order (for a year-less one above them)
  const ahead = figures.filter((f) => f.kind === 'period' && f.period && monthSpan(f.period) === 3 && /\bQ[1-4]$/.test(f.period.label ?? ''));
  let lastQuarter: Period | undefined;
  // the quarter the article reports: the first one named by a label, "this quarter" or 上季
  let reported: Period | undefined;
  let lastEnd: string | undefined; // end of the last stated period
  const namedSpans: Period[] = []; // the stated periods with their year, in text order
  for (const f of figures) {
    if (f.kind !== 'date' && f.kind !== 'period') continue;
    const m = matchTime(ctx.norm.text, toNorm(ctx.norm, f.start));
    let p: Period | undefined = f.period;
    let v: TimeVia = { assumed: false, from: { how: 'explicit' } };
    if (m?.fiscal) {
      const c = ctx.calendarAt?.(f.start) ?? {};
      p = fiscalPeriod(m.fiscal, c.cal);
      v = { assumed: !c.cal, from: { how: 'fiscal', ...(c.company ? { company: c.company } : {}), ...(c.cal ? {} : { note: DEFAULT_NOTE }) } };
    } else if (m?.rel) {
      const word = m.rel.type === 'quarter' ? thisQuarter(m.rel, anchor, reported, sentenceAt(ctx.norm.text, toNorm(ctx.norm, f.start))) : undefined;
      const ytdCal = m.rel.type === 'firstMonths' ? ctx.calendarAt?.(f.start) : undefined;
      p =
        m.rel.type === 'firstMonths'
          ? firstMonths(m.rel.n, lastEnd && anchor && lastEnd > anchor ? lastEnd : (anchor ?? lastEnd), ytdCal?.cal ?? 'calendar')
          : (word ?? resolveRelative(m.rel, anchor, lastQuarter, lastEnd, m.rel.type === 'fiscalYear' ? ctx.calendarAt?.(f.start).cal : undefined));
      const quarterNamed = m.rel.type === 'quarter' && (!!lastQuarter || !!reported);
      v = {
        assumed: !ctx.articleDate && !quarterNamed,
        from: { how: 'relative', note: quarterNamed ? 'from the quarter named before' : `relative to ${dateNote}` },
      };
      if (m.rel.type !== 'year' && m.rel.type !== 'quarter') v.assumed = true;
      // (Q1~Q3 / 前三季度: a span's label whose year is read from the date, carried on like a quarter's)
      v.relWord = m.rel.type !== 'firstMonths';
      // (年初来, 直近1年, 過去12カ月: a span of its own clause, not the period of the sentences after it)
      if (m.rel.type === 'ytd' || m.rel.type === 'past') v.local = true;
      // 上季 / this quarter that names the reported quarter passes on; the quarter before or after it does not
      if (m.rel.type === 'quarter' && p) {
        const k = m.rel.offset ?? 0;
        v.comparison = reported ? !samePeriod(p, reported) : m.rel.from === 'named' || k > 0;
        if (!reported && !v.comparison) reported = p;
      }
    } else if (m?.noYear?.dayOnly && !ctx.articleDate && !ctx.estimatedDate) {
      continue; // 2日、 needs the article's own date, not a caption's
    } else if (m?.noYear?.fq && !m.noYear.fiscalEnd && reported && quarterNumber(reported) === m.noYear.fq) {
      // 2016年第4四半期(10-12月)の決算を発表。第4四半期の収入は…: the quarter just named
      p = reported;
      v = { assumed: false, from: { how: 'inherited', note: 'the quarter of that number named before' } };
    } else if (m?.noYear) {
      const c = m.noYear.fq ? (ctx.calendarAt?.(f.start) ?? {}) : {};
      // without the article's date: the later of the last period named and the first date in the text
      let at = ctx.articleDate ?? ctx.estimatedDate ?? (m.noYear.latest || m.noYear.fq ? later(lastEnd, anchor) : undefined);
      // 预计第四季度营收… / the current fiscal first quarter: a quarter of a forecast may be the one under way
      if (at && ctx.articleDate && m.noYear.fq && !m.noYear.fiscalEnd && aheadQuarter(ctx.norm.text, toNorm(ctx.norm, f.start))) at = quarterOn(at);
      // (an estimated date is only the day after a period the KB matched: the quarter after it may be the one reported)
      if (at && !ctx.articleDate && ctx.estimatedDate && at === ctx.estimatedDate && m.noYear.fq && !m.noYear.fiscalEnd) at = quarterOn(at);
      // "third-quarter revenue" in English on an undated page whose amounts the KB matched to the calendar
      // quarter of that number: the calendar quarter (a fiscal label says "fiscal")
      const calMatched =
        ctx.estimatedDate && !ctx.articleDate && m.noYear.fq && !m.noYear.fiscalEnd && c.cal && c.cal !== 'calendar'
          ? matchedCalendarQuarter(ctx, f, m.noYear.fq)
          : undefined;
      // read from the period named before (no date): the same (fiscal) year as that period, not the
      // latest one ended by its end (2025年上半年…第三季度 is 2025's third quarter)
      const fromNamed = !ctx.articleDate && !ctx.estimatedDate && !!lastEnd && at === lastEnd;
      // 2018年10-12月期決算…10-12月期の営業利益: the same months named with their year before
      const n = m.noYear;
      const sameMonths =
        n.m2 !== undefined && !n.fq && !n.span && !n.quarterEnd && n.yearOffset === undefined
          ? [...namedSpans].reverse().find((q) => Number(q.start.slice(5, 7)) === n.m1 && Number(q.end.slice(5, 7)) === n.m2)
          : undefined;
      // (one after that period only when the text moves on to it: 然而到第三季度, 7〜9月期に入ると)
      const same = fromNamed && !p ? sameYear(m, lastEnd!, c.cal) : undefined;
      const na = toNorm(ctx.norm, f.start);
      const onward = FORWARD_BEFORE.test(ctx.norm.text.slice(Math.max(0, na - 4), na));
      if (calMatched) p = calMatched;
      else if (sameMonths) p = sameMonths;
      else if (same && (same.start <= lastEnd! || onward)) p = same;
      else if (fromNamed && !p) p = resolveNoYear(m, at!, c.cal, false);
      else if (at && (ctx.articleDate || !p)) p = resolveNoYear(m, at, c.cal, !!ctx.articleDate) ?? p;
      else if (!p && anchor) p = resolveNoYear(m, anchor, c.cal, false);
      // 3Qは47%増益 atop an undated page, before any period is named: the same quarter named with its
      // year further down (2024年第3四半期(7~9月)), for a calendar-year company
      const below = !p && !at && !anchor && m.noYear.fq && (!c.cal || c.cal === 'calendar');
      if (below) p = ahead.find((a) => a.start > f.start && quarterNumber(a.period!) === m.noYear!.fq)?.period;
      // (else the year of the first quarter named below: third-quarter results, then "from … in the second
      // quarter of 2025" is 2025's third quarter; the one after it when the quarter would end before it)
      const near = below && !p ? ahead.find((a) => a.start > f.start) : undefined;
      if (near) {
        const y = Number(near.period!.start.slice(0, 4));
        p = [y, y + 1].map((yy) => withYearQuarter(yy, m.noYear!.fq!)).find((q) => q.end >= near.period!.end);
      }
      // 前年の7~9月期 / 昨年の10-12月期: the same months a year before those named (else the date's)
      // (昨年 / 去年 count from the date: a year before the months named this year only)
      const prevOf = PREV_YEAR_OF.exec(ctx.norm.text.slice(Math.max(0, na - 5), na));
      if (p && prevOf && n.yearOffset === undefined && !n.fq && (prevOf[1] === '前年' || sameMonths)) p = shiftYears(p, 1);
      // 上半期 / 下半期 of a company whose year does not end in December: its fiscal half (アリババの上半期 =
      // April to September), the latest one ended by the date
      const halfCal = /^(?:上半期|下半期)$/.test(ctx.norm.text.slice(toNorm(ctx.norm, f.start), toNorm(ctx.norm, f.end)))
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
      v = {
        assumed: true,
        from: m.noYear.fq
          ? { how: 'fiscal', ...(c.company ? { company: c.company } : {}), note: `year from ${whence}${c.cal ? '' : `; ${DEFAULT_NOTE}`}` }
          : { how: 'relative', note: `year from ${whence || 'the dates before it'}` },
      };
    } else if (p && /or fiscal year/.test(p.label ?? '')) {
      v.assumed = true;
    }
    if (!p) continue;
    const marked = markTime(f, !!m?.rel, ctx, p, v, lastEnd, anchor, lastQuarter);
    p = marked.p;
    v = marked.v;
    via.set(f, v);
    if (v.basis || v.local) continue;
    if (f.kind === 'period' && !v.assumed && !m?.rel && !m?.noYear && monthSpan(p) < 12) namedSpans.push(p);
    if (f.kind === 'period' && monthSpan(p) === 3 && !m?.rel) {
      lastQuarter = p;
      reported ??= p;
    }
    if (f.kind === 'period' && !v.assumed) lastEnd = p.end;
  }
  return via;
}
