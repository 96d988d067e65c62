// When a figure is about: resolveTimes walks the time figures in text order, reading fiscal labels with
// their company's calendar and relative words (今年, 上季, 年初来) against the article date and the
// periods named before, year-less ones in when-yearless.ts, then marks bases and spans (when-basis.ts).
import type { Period } from '../kb/types';
import type { Figure } from '../types';
import { firstMonths, fiscalPeriod, matchTime, monthSpan, resolveRelative, samePeriod } from './periods';
import { monthsEnding } from './period-spans';
import { markTime, shiftYears, toNorm } from './when-basis';
import {
  DEFAULT_NOTE,
  comparedBefore,
  comparedLastYear,
  contrastsReported,
  quarterNumber,
  sentenceAt,
  thisQuarter,
  type TimeContext,
  type TimeVia,
} from './when-dates';
import { startYearReading } from './when-fiscal-ja';
import { resolveYearless } from './when-yearless';

/** Words contrasting two periods in a sentence: ですが, より, 比べ, に対し. */
const CONTRAST = /ですが|だが|でしたが|だったが|より|比べ|比較|に対し/;
/** A sentence announcing a plan: 発表 / 表明 / 明らかにした / 宣布 / announced. */
const ANNOUNCE = /発表|表明|明らかにし|公表|宣布|宣佈|announc/i;

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
  const namedYears: Period[] = []; // the whole years named with their year, in text order
  let labelYear: Period | undefined; // the whole fiscal year of the last N年M月期 label named
  let announced: { day: string; sentence: string } | undefined; // the last day named in a sentence announcing something
  for (const f of figures) {
    if (f.kind !== 'date' && f.kind !== 'period') continue;
    const m = matchTime(ctx.norm.text, toNorm(ctx.norm, f.start));
    let p: Period | undefined = f.period;
    let v: TimeVia = { assumed: false, from: { how: 'explicit' } };
    if (m?.fiscal) {
      const c = ctx.calendarAt?.(f.start) ?? {};
      p = fiscalPeriod(m.fiscal, c.cal);
      v = { assumed: !c.cal, from: { how: 'fiscal', ...(c.company ? { company: c.company } : {}), ...(c.cal ? {} : { note: DEFAULT_NOTE }) } };
      const surface = ctx.norm.text.slice(toNorm(ctx.norm, f.start), toNorm(ctx.norm, f.end));
      const alt = startYearReading(m.fiscal, p, c.cal, surface, sentenceAt(ctx.norm.text, toNorm(ctx.norm, f.start)), ctx.articleDate);
      if (alt) {
        p = alt;
        v = {
          assumed: true,
          from: { how: 'fiscal', ...(c.company ? { company: c.company } : {}), note: '年度 counted from the year it starts: the results just announced' },
        };
      }
    } else if (m?.rel) {
      const word = m.rel.type === 'quarter' ? thisQuarter(m.rel, anchor, reported, sentenceAt(ctx.norm.text, toNorm(ctx.norm, f.start))) : undefined;
      const ytdCal = m.rel.type === 'firstMonths' ? ctx.calendarAt?.(f.start) : undefined;
      p =
        m.rel.type === 'firstMonths'
          ? firstMonths(m.rel.n, lastEnd && anchor && lastEnd > anchor ? lastEnd : (anchor ?? lastEnd), ytdCal?.cal ?? 'calendar')
          : m.rel.type === 'fiscalYear' && m.rel.from === 'label' && labelYear
            ? labelYear
            : (word ??
              resolveRelative(
                m.rel,
                anchor,
                lastQuarter,
                lastEnd,
                m.rel.type === 'fiscalYear' || m.rel.type === 'half' ? ctx.calendarAt?.(f.start).cal : undefined,
              ));
      // (3月5日、今後3年間で…と発表した: a plan's years run from the day it was announced, not the article's)
      if (m.rel.type === 'next' && announced && announced.sentence === sentenceAt(ctx.norm.text, toNorm(ctx.norm, f.start)))
        p = resolveRelative(m.rel, announced.day) ?? p;
      // (本季度…上季度: the quarter before the reported one, not the one before the date)
      if (m.rel.type === 'quarter' && m.rel.offset === -1 && m.rel.from === 'date' && p && reported && ctx.text)
        if (contrastsReported(ctx.text, f, p, reported, figures)) p = resolveRelative({ type: 'quarter', offset: -1, from: 'named' }, anchor, reported);
      const sameQuarter = m.rel.type === 'year' && m.rel.offset === -1 && reported && monthSpan(reported) === 3 && ctx.text && comparedLastYear(ctx.text, f);
      if (sameQuarter && reported) p = shiftYears(reported, 1);
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
      if (sameQuarter) v.comparison = true;
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
      const r = resolveYearless({ f, m, n: m.noYear, p, seen: { anchor, dateNote, ahead, lastEnd, namedSpans, namedYears } }, ctx);
      p = r.p;
      v = r.v;
      // 2021年第4四半期…毛利率は22.6%ですが、昨年第4四半期は25.2%: "last year's" quarter contrasted with the
      // quarter reported is the one a year before it (a translated release), not the reported one again
      const sentence = sentenceAt(ctx.norm.text, toNorm(ctx.norm, f.start));
      if (p && reported && m.noYear.yearOffset === -1 && samePeriod(p, reported) && CONTRAST.test(sentence)) {
        p = shiftYears(p, 1);
        v.comparison = true;
      }
    } else if (p && /or fiscal year/.test(p.label ?? '')) {
      v.assumed = true;
    }
    if (!p) continue;
    if (f.kind === 'date' && p.start === p.end) {
      const sentence = sentenceAt(ctx.norm.text, toNorm(ctx.norm, f.start));
      announced = ANNOUNCE.test(sentence) ? { day: p.start, sentence } : undefined;
    }
    const marked = markTime(f, !!m?.rel, ctx, p, v, lastEnd, anchor, lastQuarter);
    p = marked.p;
    v = marked.v;
    via.set(f, v);
    if (v.basis || v.local) continue;
    if (f.kind === 'period' && !v.assumed && !m?.rel && !m?.noYear && monthSpan(p) < 12) namedSpans.push(p);
    if (f.kind === 'period' && !v.assumed && !m?.rel && !m?.noYear && monthSpan(p) === 12) namedYears.push(p);
    // (Q3营收…,Q2是327亿: the quarter before the reported one, beside it, is a comparison)
    if (f.kind === 'period' && !m?.rel && reported && ctx.text && comparedBefore(ctx.text, f, p, reported, figures)) v.comparison = true;
    if (f.kind === 'period' && monthSpan(p) === 3 && !m?.rel) {
      lastQuarter = p;
      reported ??= p;
    }
    if (f.kind === 'period' && !v.assumed) lastEnd = p.end;
    if (f.kind === 'period') labelYear = yearOfLabel(ctx.norm.text.slice(toNorm(ctx.norm, f.start), toNorm(ctx.norm, f.end)), p) ?? labelYear;
  }
  return via;
}

/** The fiscal year an N年M月期 label names (26年3月期第1四半期 → 2025-04..2026-03): the twelve months
 *  ending in month M that hold period p. */
function yearOfLabel(surface: string, p: Period): Period | undefined {
  const r = /\d\s?年\s?(\d{1,2})\s?月\s?期/.exec(surface);
  const end = r ? Number(r[1]) : 0;
  if (end < 1 || end > 12) return undefined;
  const y = Number(p.end.slice(0, 4));
  for (const yy of [y, y + 1]) {
    const w = monthsEnding(yy, end, 12, `FY ending ${yy}-${String(end).padStart(2, '0')}`);
    if (w.start <= p.start && p.end <= w.end) return w;
  }
  return undefined;
}
