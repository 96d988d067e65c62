// Series of one line item over time from the KB's facts (Alibaba's quarterly revenue, a peer's
// capex), for the charts: one point per quarter (or fiscal year), the best-kept record of each, and
// one definition throughout where the KB holds several (cash capex vs. capex with finance leases).
// Pure: the background picks the facts and converts them (utils/messaging getSeries).
import type * as z from 'zod/mini';
import type { Fact, Period } from '../analysis/kb/types';
import type { Figure } from '../analysis/types';
import { METRIC_DEFS, type Metric } from '../analysis/vocabulary/metrics';
import type { SeriesSchemas } from './series-schema';

type Out<K extends keyof SeriesSchemas> = z.output<SeriesSchemas[K]>;
export type Span = Out<'Span'>;
export type Series = Out<'Series'>;

/** Peers whose capital expenditure the side panel compares (KB subject ids). */
export const CAPEX_PEERS = ['alibaba', 'tencent', 'microsoft', 'google', 'amazon', 'meta', 'oracle'] as const;

const DAY = 86_400_000;
const days = (p: Period) => (Date.parse(p.end) - Date.parse(p.start)) / DAY + 1;

/** A quarter (about 3 months) or a year (about 12), else none. */
export function spanOf(p: Period | undefined): Span | undefined {
  if (!p) return undefined;
  const d = days(p);
  if (d >= 88 && d <= 93) return 'quarter';
  if (d >= 364 && d <= 367) return 'year';
  return undefined;
}

/** Line items a chart can show: amounts and percentages (not counts, dates or 'other'). */
function chartable(metric: string | undefined): metric is Metric {
  if (!metric || metric === 'other' || !(metric in METRIC_DEFS)) return false;
  return METRIC_DEFS[metric as Metric].kind !== 'count';
}

/** The series key of a figure: its subject, line item and span, when a chart could show it. */
export function seriesKey(f: Figure): { subject: string; metric: Metric; span: Span; factId?: string } | undefined {
  const span = spanOf(f.period);
  if (!f.subject || !chartable(f.metric) || !span || (f.kind !== 'money' && f.kind !== 'percent')) return undefined;
  return { subject: f.subject, metric: f.metric, span, ...(f.check?.factId ? { factId: f.check.factId } : {}) };
}

const TRUST: Record<Fact['status'], number> = { verified: 3, derived: 2, 'single-source': 1, unverified: 0 };

/** The family of a fact id: its name without the period (msft-capex-cash-fy2025q1 → msft-capex-cash, oracle-capex-fy26q1 → oracle-capex). */
export function idFamily(id: string): string {
  return id.replace(/-(?:fy|ttm-|h)?\d{2,4}(?:[qh]\d)?(?:-.*)?$/, '');
}

/**
 * One fact per period of the span: the best-trusted record, then the definition the series holds
 * most of; for years, only periods starting in the month most of them start in (a fiscal year, not
 * trailing twelve months). Sorted by period.
 */
export function pickSeries(facts: Fact[], metric: Metric, span: Span): Fact[] {
  const own = facts.filter((f) => f.metric === metric && spanOf(f.period) === span && Number.isFinite(f.value));
  if (!own.length) return [];
  const size = new Map<string, number>();
  for (const f of own) size.set(idFamily(f.id), (size.get(idFamily(f.id)) ?? 0) + 1);
  let pool = own;
  if (span === 'year') {
    const months = new Map<string, number>();
    for (const f of own) months.set(f.period!.start.slice(5, 7), (months.get(f.period!.start.slice(5, 7)) ?? 0) + 1);
    const main = [...months.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    pool = own.filter((f) => f.period!.start.slice(5, 7) === main);
  }
  // Percentages and amounts are never mixed, nor growth bases, nor two counts of the line item
  // (capex with and without finance leases): the count that covers the most periods.
  const groupOf = (f: Fact) => `${f.unit}|${f.basis ?? ''}|${f.definition ?? ''}`;
  const periods = new Map<string, Set<string>>();
  for (const f of pool) periods.set(groupOf(f), (periods.get(groupOf(f)) ?? new Set()).add(f.period!.end));
  const unit = [...periods.entries()].sort((a, b) => b[1].size - a[1].size)[0]![0];
  const byPeriod = new Map<string, Fact>();
  const better = (a: Fact, b: Fact) =>
    TRUST[a.status] - TRUST[b.status] ||
    (size.get(idFamily(a.id)) ?? 0) - (size.get(idFamily(b.id)) ?? 0) ||
    Number(b.qualifier === 'range') - Number(a.qualifier === 'range');
  for (const f of pool) {
    if (groupOf(f) !== unit) continue;
    const key = f.period!.end;
    const cur = byPeriod.get(key);
    if (!cur || better(f, cur) > 0) byPeriod.set(key, f);
  }
  return [...byPeriod.values()].sort((a, b) => a.period!.end.localeCompare(b.period!.end));
}

/** The points nearest a date: at most `max`, ending at the last one on or before `until` when given. */
export function windowPoints<P extends { end: string }>(points: P[], max: number, around?: string): P[] {
  if (points.length <= max) return points;
  let last = points.length;
  if (around) {
    const i = points.findIndex((p) => p.end > around);
    // Keep a couple of quarters after the figure's period for context.
    last = Math.min(points.length, (i < 0 ? points.length : i) + 2);
  }
  return points.slice(Math.max(0, last - max), last);
}
