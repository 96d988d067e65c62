// The rows a figure is compared with: the KB's checkable facts of a subject for a line item and its
// siblings, for its line-item family, or for other families; facts the article could not have known;
// how a fact's period relates to the figure's (same, overlapping, partial, disjoint); and the numeric
// tests the evidence steps share (nearest row, clearly different, clearly apart, loose pairs of items).
import type { PreparedKb } from '../prepared-kb';
import type { Fact, Metric, Period } from '../kb/types';
import type { Figure } from '../types';
import { METRIC_DEFS } from '../vocabulary/metrics';
import { overlapDays, samePeriod } from '../figures/periods';
import { precision, type Match } from './match';
import { lineItems } from './siblings';

export type Rel = 'same' | 'overlap' | 'partial' | 'disjoint' | 'unknown';
export interface Row {
  x: Fact;
  rel: Rel;
  m: Match;
  named: boolean; // the line item the figure names (or what it is the same as), not a sibling
}

export const YEAR = 365;
const DAY = 86_400_000;
export const days = (p: Period) => (Date.parse(p.end) - Date.parse(p.start)) / DAY + 1;

/** Same period; overlapping and of about the same length (a fiscal and a calendar year, a plan's
 *  three years counted from another day); partial (a quarter and its year: neither confirms the other);
 *  disjoint. */
export function relation(p: Period | undefined, x: Fact): Rel {
  // an event (a bond priced, an authorisation): the same when the text's period holds its day
  if (p && !x.period && x.asOf?.length === 10) return p.start <= x.asOf && x.asOf <= p.end ? 'same' : 'unknown';
  if (!p || !x.period) return 'unknown';
  if (samePeriod(p, x.period)) return 'same';
  if (overlapDays(p, x.period) <= 0) return 'disjoint';
  const ratio = days(p) / days(x.period);
  return ratio > 0.75 && ratio < 1.34 ? 'overlap' : 'partial';
}

export const gapDays = (p: Period | undefined, x: Fact) => (p && x.period ? Math.abs(Date.parse(p.start) - Date.parse(x.period.start)) / DAY : Infinity);
export const monthsApart = (p: Period, q: Period) => {
  const m = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return Math.abs(m(p.start) - m(q.start));
};

/** Checkable facts (not 'unverified') of a subject for a line item and its siblings, in KB order. */
export function factsFor(kb: PreparedKb, subject: string, metric: Metric): Fact[] {
  const key = `${subject}|${metric}`;
  let list = kb.factsByMetric.get(key);
  if (!list) {
    const items = lineItems(metric).all;
    kb.factsByMetric.set(key, (list = (kb.factsBySubject.get(subject) ?? []).filter((x) => x.status !== 'unverified' && items.includes(x.metric))));
  }
  return list;
}

export const signedValue = (f: Figure) => (f.kind === 'percent' && f.change === 'decrease' && f.value > 0 ? -f.value : f.value);

/** A fact the article could not have known: announced (or, undated, begun) days after the article's date. */
export function knownAfter(x: Fact, articleDate: string): boolean {
  const known = x.asOf ?? x.period?.start;
  return !!known && Date.parse(known) > Date.parse(articleDate) + 3 * 86_400_000;
}

/** Families whose members writers and the analysis name one for another (net income / attributable /
 *  non-GAAP; operating income / EBITA / EBITDA; EPS per share / per ADS / non-GAAP; capex with and
 *  without leases, plans; cash flows; buybacks and their authorisations), and "profit" words that
 *  cross net income and operating profit (利润, 利益): a match inside these is never a wrong line item. */
export const LOOSE_FAMILIES = new Set(['net_income', 'profit', 'per_share', 'spending', 'cash', 'capital_return']);
const FIGURE_FAMILIES = new Set(['revenue', 'net_income', 'profit', 'per_share', 'spending', 'cash', 'capital_return']);
export function loosePair(a: Metric, b: Metric): boolean {
  const fa = METRIC_DEFS[a].family;
  const fb = METRIC_DEFS[b].family;
  if (fa === fb) return LOOSE_FAMILIES.has(fa);
  return (fa === 'net_income' && fb === 'profit') || (fa === 'profit' && fb === 'net_income');
}

/** Checkable facts of a subject in the line item's family (every member, for the digits of a scale slip). */
export function familyFacts(kb: PreparedKb, subject: string, metric: Metric): Fact[] {
  const d = METRIC_DEFS[metric];
  if (!FIGURE_FAMILIES.has(d.family)) return [];
  return (kb.factsBySubject.get(subject) ?? []).filter(
    (x) => x.status !== 'unverified' && METRIC_DEFS[x.metric].family === d.family && METRIC_DEFS[x.metric].kind === d.kind,
  );
}

/** Checkable facts of a subject for line items of other families that a figure's item could be
 *  mistaken for (reported results of the same kind of value). */
export function otherItemFacts(kb: PreparedKb, subject: string, metric: Metric): Fact[] {
  const d = METRIC_DEFS[metric];
  if (!FIGURE_FAMILIES.has(d.family)) return [];
  return (kb.factsBySubject.get(subject) ?? []).filter((x) => {
    const e = METRIC_DEFS[x.metric];
    return x.status !== 'unverified' && e.family !== d.family && FIGURE_FAMILIES.has(e.family) && e.kind === d.kind;
  });
}

/** The matching row whose value is nearest the figure's. */
export function closest(f: Figure, list: Row[]): Row | undefined {
  const d = (r: Row) => (r.m.expected === undefined ? Infinity : Math.abs(r.m.expected - signedValue(f)));
  // two undated facts of one value (notes of US$5bn issued in 2021 and in 2024): the later one, the
  // latest the article could know of (later ones were dropped before)
  const later = (p: Row, q: Row) => (!p.x.period && !q.x.period ? (q.x.asOf ?? '').localeCompare(p.x.asOf ?? '') : 0);
  return [...list].sort((p, q) => d(p) - d(q) || later(p, q))[0];
}

/** Far enough apart to be an error, not rounding: 3% for amounts, 1.5 points for percentages. */
export function clearlyDifferent(f: Figure, e: number): boolean {
  if (f.approx || f.valueMax !== undefined) return false;
  if (f.kind === 'percent') {
    if (!f.basis || !f.change) return false;
    return Math.abs(signedValue(f) - e) > 1.5;
  }
  return Math.abs(f.value - e) > Math.max(precision(f).place, Math.abs(e) * 0.03);
}

/** Apart by more than one unit of the last digit written (enough beside a sibling's exact match, which is the evidence). */
export function clearlyApart(f: Figure, e: number): boolean {
  if (f.valueMax !== undefined) return false;
  return Math.abs(signedValue(f) - e) > precision(f).place;
}
