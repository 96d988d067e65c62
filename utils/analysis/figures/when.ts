// When a figure is about: year-less dates and relative periods resolved against the article
// date, the period picked from the figure's sentence, and comparatives (前年同期の…) moved back.
import type { Metric, Period } from '../kb/types';
import type { Normalized } from '../text/normalize';
import type { Figure } from '../types';
import { matchTime, monthSpan, resolveRelative, startMs, withYear } from './periods';

type Via = NonNullable<Figure['via']>;
const STOCK_METRICS = new Set<Metric>(['share_price', 'market_cap', 'turnover', 'price_target', 'share_price_change']);

/** Normalised index of original offset x. */
function toNorm(norm: Normalized, x: number): number {
  let lo = 0;
  let hi = norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.map[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Fills year-less dates and relative periods; returns how each time figure got its period. */
export function resolveTimes(figures: Figure[], ctx: { norm: Normalized; articleDate?: string }): Map<Figure, 'stated' | 'assumed'> {
  const via = new Map<Figure, 'stated' | 'assumed'>();
  const anchorFig = figures.find((f) => f.kind === 'date' && f.period && f.period.start === f.period.end);
  const anchor = ctx.articleDate ?? anchorFig?.period?.start;
  const anchorVia = ctx.articleDate ? 'stated' : 'assumed';
  let lastQuarter: Period | undefined;
  let lastYear: number | undefined; // end year of the last stated date or period
  for (const f of figures) {
    if (f.kind !== 'date' && f.kind !== 'period') continue;
    if (f.period) {
      lastYear = Number(f.period.end.slice(0, 4));
      via.set(f, /or fiscal year/.test(f.period.label ?? '') ? 'assumed' : 'stated');
      if (f.kind === 'period' && monthSpan(f.period) === 3) lastQuarter = f.period;
      continue;
    }
    const m = matchTime(ctx.norm.text, toNorm(ctx.norm, f.start));
    if (!m) continue;
    let p: Period | undefined;
    let how: 'stated' | 'assumed' = anchorVia;
    if (m.rel) {
      p = resolveRelative(m.rel, anchor, lastQuarter);
      if (m.rel.type === 'quarter') how = 'stated';
      else if (m.rel.type !== 'year') how = 'assumed';
    } else if (m.noYear?.latest) {
      // the most recent such quarter ended on or before the article's date; else the year named before
      const y = anchor ? Number(anchor.slice(0, 4)) : lastYear;
      if (y === undefined) continue;
      p = withYear(m, y);
      if (p && anchor && p.end > anchor.slice(0, 10)) p = withYear(m, y - 1);
      how = 'assumed';
    } else if (m.noYear && anchor) {
      p = withYear(m, Number(anchor.slice(0, 4)));
      // a month after the article date belongs to the previous year
      if (p && ctx.articleDate && p.start > ctx.articleDate.slice(0, 10)) p = withYear(m, Number(anchor.slice(0, 4)) - 1);
      how = 'assumed';
    }
    if (!p) continue;
    f.period = p;
    f.value = startMs(p);
    via.set(f, how);
  }
  return via;
}

const PREV_YEAR_BEFORE = /(?:前年同期|前年度|前年|昨年同期|昨年|去年同期|上年同期|去年|一年前|1年前|a year (?:earlier|ago))(?:の|は|的|为|為|of|:|：)\s?(?:約|约|about)?\s?$/i;
const PREV_YEAR_AFTER = /^\s?(?:(?:in|for) the (?:same|year-ago) (?:quarter|period)(?: a year (?:earlier|ago)| last year)?|a year (?:earlier|ago)|in the year-ago (?:quarter|period)|(?:\(|（)前年同期(?:\)|）))/i;
const PREV_QUARTER_BEFORE = /(?:前四半期|前期|上季度|上一季度|the previous quarter|the prior quarter)(?:の|は|的|为|為)?\s?$/i;

/** "前年同期の2,365億元", "RMB236.5 billion a year earlier": the figure is about an earlier period. */
export function shiftComparative(f: Figure, text: string, via: Via) {
  if (!f.period || f.kind === 'percent') return;
  const before = text.slice(Math.max(0, f.start - 12), f.start);
  const after = text.slice(f.end, f.end + 40);
  const back = PREV_YEAR_BEFORE.test(before) || PREV_YEAR_AFTER.test(after) ? 12 : PREV_QUARTER_BEFORE.test(before) ? 3 : 0;
  if (!back) return;
  const s = new Date(f.period.start + 'T00:00:00Z');
  const e = new Date(f.period.end + 'T00:00:00Z');
  s.setUTCMonth(s.getUTCMonth() - back);
  const e2 = new Date(Date.UTC(e.getUTCFullYear(), e.getUTCMonth() - back + 1, 0));
  f.period = { start: s.toISOString().slice(0, 10), end: e2.toISOString().slice(0, 10), label: `${back} months before ${f.period.label ?? f.period.start}` };
  via.period = 'assumed';
}

/** The period for a figure among the sentence's dates and periods. */
export function pickPeriod(list: Figure[], f: Figure, text: string, others: Figure[], metric?: Metric): Figure | undefined {
  if (!list.length) return undefined;
  const before = list.filter((t) => t.end <= f.start);
  const after = list.filter((t) => t.start >= f.end);
  const kinds: Array<Figure['kind']> = metric && STOCK_METRICS.has(metric) ? ['date', 'period'] : ['period', 'date'];
  for (const k of kinds) {
    const b = before.filter((t) => t.kind === k).pop();
    if (b) return b;
    const a = after.find((t) => t.kind === k && t.start - f.end <= 40 && !/[、,，;；]/.test(text.slice(f.end, t.start)) && !others.some((o) => o.start >= f.end && o.end <= t.start && o.kind !== 'date' && o.kind !== 'period'));
    if (a) return a;
  }
  return undefined;
}
