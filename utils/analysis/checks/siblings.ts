// Line items that are siblings, from the vocabulary's families: net income / attributable / non-GAAP;
// group / segment revenue (cloud, CMR); operating income / adjusted EBITA; capex / plans; buybacks /
// their authorisation. A figure that matches a sibling is about that sibling, never wrong on value.
import type { Metric } from '../kb/types';
import { GROWTH_OF, METRIC_DEFS, METRICS } from '../vocabulary/metrics';

/** Families whose members are line items of one statement (not the market or usage families,
 *  whose members measure different things). */
const LINE_ITEM_FAMILIES = new Set(['revenue', 'net_income', 'profit', 'spending', 'capital_return']);

interface LineItems {
  named: Metric[];
  siblings: Metric[];
  all: Metric[];
}

function itemsOf(m: Metric): LineItems {
  const d = METRIC_DEFS[m];
  const named = [...(d.sameAs ?? [m])];
  const siblings = LINE_ITEM_FAMILIES.has(d.family)
    ? METRICS.filter((x) => x !== 'other' && !named.includes(x) && METRIC_DEFS[x].family === d.family && METRIC_DEFS[x].kind === d.kind)
    : [];
  return { named, siblings, all: [...named, ...siblings] };
}

/** Derived from the vocabulary once, like its other tables. */
const LINE_ITEMS = Object.fromEntries(METRICS.map((m) => [m, itemsOf(m)])) as Record<Metric, LineItems>;

/** The metrics a figure naming `m` is compared with: the line item itself (and what it is the same
 *  as), then its siblings of the same kind of value. */
export const lineItems = (m: Metric): LineItems => LINE_ITEMS[m];

/** A family's generic name (売上高, 純利益, net income, 净利润): the line item that shares the family's
 *  name. Writers use it for any member (Japanese 純利益 is often the attributable figure), so a figure
 *  under it that matches a sibling is that sibling. */
export const isGenericItem = (m: Metric): boolean => METRIC_DEFS[m].family === m;

/** The family's generic name or its growth (純利益, 純利益…増): a name that does not say which member. */
export const namesFamilyOnly = (m: Metric): boolean => {
  const fam = METRIC_DEFS[m].family as string;
  return fam === m || GROWTH_OF[fam as Metric] === m;
};

/** Line items writers name one for the other without changing the measure: net income and net
 *  income attributable to shareholders differ only by minority interests (Japanese 純利益 is usually
 *  the attributable figure). A match with any other sibling (non-GAAP, a segment, EBITA) is named but
 *  not confirmed: the text's line item may be the writer's slip or the analysis's. */
const INTERCHANGEABLE: ReadonlyArray<readonly [Metric, Metric]> = [['net_income', 'net_income_attrib']];
export const interchangeable = (a: Metric, b: Metric): boolean => INTERCHANGEABLE.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

/** The same for their growth rates, one way only: a growth named by the family's name (純利益…62%増)
 *  that matches the attributable growth is that growth; a growth named as attributable that matches
 *  net income's is not confirmed (the writer may have taken the wrong line). */
export const interchangeableGrowth = (named: Metric, kb: Metric): boolean =>
  namesFamilyOnly(named) &&
  INTERCHANGEABLE.some(([x, y]) => (GROWTH_OF[x] === named && GROWTH_OF[y] === kb) || (GROWTH_OF[y] === named && GROWTH_OF[x] === kb));
