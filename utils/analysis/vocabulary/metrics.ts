// Metrics: every line item a figure or a KB fact can state, defined once with its kind of value,
// its line-item family, its ja / en label and the keywords (ja / zh / en, normalised) that name it.
// The KB schema, the figure grammar, the checks and every label in the UI derive from this table.
// The definitions sit in three parts by family (metric-defs-results / -spending / -market.ts);
// the compiler checks that together they define every metric.
import type { Label } from './lang';
import type { CountUnit } from './units';
import { MARKET_METRIC_DEFS } from './metric-defs-market';
import { RESULT_METRIC_DEFS } from './metric-defs-results';
import { SPENDING_METRIC_DEFS } from './metric-defs-spending';

export const METRICS = [
  'revenue',
  'revenue_growth',
  'net_income',
  'net_income_growth',
  'net_income_attrib',
  'net_income_attrib_growth',
  'non_gaap_net_income',
  'non_gaap_net_income_growth',
  'operating_income',
  'operating_income_growth',
  'cloud_revenue',
  'cloud_revenue_growth',
  'capex',
  'capex_growth',
  'investment_plan',
  'buyback',
  'buyback_authorization',
  'dividend',
  'bond_issue',
  'cmr',
  'cmr_growth',
  'adjusted_ebita',
  'adjusted_ebita_growth',
  'adjusted_ebitda',
  'adjusted_ebitda_growth',
  'market_share',
  'market_cap',
  'share_price',
  'share_price_change',
  'price_target',
  'turnover',
  'gmv',
  'gmv_growth',
  'users',
  'downloads',
  'derivative_models',
  'parameters',
  'training_tokens',
  'fee_rate',
  'ai_budget',
  'cloud_revenue_forecast',
  'gpu_count',
  'free_cash_flow',
  'operating_cash_flow',
  'cash',
  'shares_outstanding',
  'valuation',
  'funding',
  'eps',
  'eps_growth',
  'non_gaap_eps',
  'non_gaap_eps_growth',
  'other',
] as const;
export type Metric = (typeof METRICS)[number];

/** Line items that are siblings: a figure matching one member is never "wrong" for another. */
type Family = 'revenue' | 'net_income' | 'profit' | 'per_share' | 'spending' | 'cash' | 'capital_return' | 'financing' | 'market' | 'usage' | 'model' | 'other';

export interface MetricDef {
  /** What the value is: an amount of money, a percentage, or a count. */
  kind: 'money' | 'percent' | 'count';
  family: Family;
  label: Label;
  /** Keywords that name it (normalised: NFKC, ASCII lower case). */
  words?: readonly string[];
  /** The metric a percentage next to this one's keyword states (売上高…8%増 → revenue_growth). */
  growth?: Metric;
  /** Reported results: one true value per period, so a different value for the same period is wrong. */
  reported?: true;
  /** Reported per segment: the subject may be a business unit rather than the group. */
  segment?: true;
  /** Metrics that state the same kind of thing (a plan and a budget). */
  sameAs?: readonly Metric[];
  /** For counts: the unit that implies this metric (72B parameters → parameters). */
  unit?: CountUnit;
  /** Words written right after a percentage that name it as this metric's change (4.8%増収,
   *  84.8%営業減益): they name only the figure they follow, never a later one. */
  after?: readonly string[];
}

export const METRIC_DEFS: Record<Metric, MetricDef> = { ...RESULT_METRIC_DEFS, ...SPENDING_METRIC_DEFS, ...MARKET_METRIC_DEFS };

/** What makes a line item its non-GAAP (adjusted) measure: each keyword of the non-GAAP line items
 *  (非GAAP純利益, 经调整每股, adjusted EBITA, non-IFRS profit) opens with one of these (a test holds
 *  them together); a qualifier said apart from its keyword (非GAAP…純利益) is read from this list. */
export const NON_GAAP_QUALIFIERS = [
  '非gaap',
  'non-gaap',
  '非公认会计准则',
  '非公認會計準則',
  '調整後',
  '经调整',
  '經調整',
  '调整后',
  'adjusted',
  '非ifrs',
  'non-ifrs',
  '非国际财务报告准则',
  '非國際財務報告準則',
  // Hong Kong usage: 非美國通用會計準則下淨利潤, 非通用會計準則下每股基本收益
  '非美國通用會計準則',
  '非美国通用会计准则',
  '非通用會計準則',
  '非通用会计准则',
] as const;

const metricsWhere = (p: (d: MetricDef, m: Metric) => boolean): Set<Metric> => new Set(METRICS.filter((m) => p(METRIC_DEFS[m], m)));

/** Metrics a money amount can state ('other' included). */
export const MONEY_METRICS = metricsWhere((d) => d.kind === 'money');
/** Percentages that are market figures of their own, not a line item's growth ('other' included). */
export const PERCENT_METRICS = metricsWhere((d, m) => (d.kind === 'percent' && d.family === 'market') || m === 'other');
/** Metrics whose value is a count (a percentage cannot state them). */
export const COUNT_METRICS = metricsWhere((d) => d.kind === 'count');
export const REPORTED_METRICS = metricsWhere((d) => !!d.reported);
export const SEGMENT_METRICS = metricsWhere((d) => !!d.segment);
/** A percentage next to a money metric is its growth. */
export const GROWTH_OF: Partial<Record<Metric, Metric>> = Object.fromEntries(
  METRICS.flatMap((m) => (METRIC_DEFS[m].growth ? [[m, METRIC_DEFS[m].growth]] : [])),
);
/** Reported results and their growth: flows over a span (a quarter, a year), never over one day. */
export const RESULTS_METRICS = new Set<Metric>([...REPORTED_METRICS].flatMap((m) => (GROWTH_OF[m] ? [m, GROWTH_OF[m]] : [m])));
/** A word right after a percentage and the metric it names (増収 → revenue growth), longest first. */
export const AFTER_WORDS: ReadonlyArray<readonly [string, Metric]> = METRICS.flatMap((m) => (METRIC_DEFS[m].after ?? []).map((w) => [w, m] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);
/** Metrics a count's unit implies. */
export const COUNT_METRIC: Partial<Record<CountUnit, Metric>> = Object.fromEntries(
  METRICS.flatMap((m) => (METRIC_DEFS[m].unit ? [[METRIC_DEFS[m].unit, m]] : [])),
);

const isMetric = (m: string): m is Metric => (METRICS as readonly string[]).includes(m);
export const metricLabel = (m: string, lang: 'ja' | 'en'): string => (isMetric(m) ? METRIC_DEFS[m].label[lang] : m);
