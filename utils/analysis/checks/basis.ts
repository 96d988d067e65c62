// What a check takes a figure to be about, and how each part was established: its subject, its line
// item, its period and its currency, each explicit (in its own sentence), inherited (from the
// paragraph, a heading or the article's one subject or period) or inferred (guessed).
import type { Metric, Period } from '../kb/types';
import type { Assumed, Figure } from '../types';
import { metricHits } from '../figures/metrics';
import { normalize, toOriginal } from '../text/normalize';
import { GROWTH_OF, METRIC_DEFS, REPORTED_METRICS } from '../vocabulary/metrics';
import { statesCurrency } from '../figures/units';
import { isGenericItem } from './siblings';
import { yenSignOnly } from './readings';

export interface FigureBasis {
  subject?: Assumed<string>;
  metric?: Assumed<Metric>;
  period?: Assumed<Period>;
  currency?: Assumed<string>;
  /** The period is stated, not inferred: in the figure's sentence, earlier in its paragraph or heading,
   *  or as the one short period the article names. */
  periodStated: boolean;
  /** The period is stated close by: in the figure's sentence or its paragraph (heading). */
  periodClose: boolean;
  /** The period was written as a fiscal label (2026財年第2季, FY2025, 2025年度), which a calendar
   *  reading may shift by a quarter or a year. */
  fiscalLabel: boolean;
  /** The line item is named unmistakably right before the figure (its own words, no other amount between). */
  exactItem: boolean;
  /** The line item (or its family's generic name) is named right before the figure with no other amount
   *  between, or right after it, joined to it: stated in its sentence, not inherited or inferred. */
  itemNamed: boolean;
}

/** Flow line items: a period of one day (the publication or announcement date) is not their period. */
const FLOWS = new Set<Metric>([...REPORTED_METRICS, 'capex', 'capex_growth', 'buyback']);
const MIN_FLOW_DAYS = 28;
const YEAR = /(?:19|20)\d{2}|\d{2}年度|\bfy\s?\d{2}|\d{2}財年|\d{2}财年|\d{2}年[0-9]{1,2}月期/i;
const FISCAL = /年度|财年|財年|財政年度|会計年度|會計年度|fiscal|\bfy\s?\d|\bfy\b|[0-9]{4}年[0-9]{1,2}月期(?!末)/i;
/** Words that name a line item unmistakably (choose-metric reads the same): only these can be
 *  misnamed (cause 'metric'); other siblings' names are used loosely (調整後営業利益 for adjusted EBITA). */
const SPECIFIC_ITEMS: Partial<Record<Metric, RegExp>> = {
  net_income_attrib: /株主に帰属|帰属する|普通株主|归属|歸屬|attributable/i,
  non_gaap_net_income: /非gaap|non-gaap|非公认会计准则|非公認會計準則|調整後|经调整|經調整|调整后|adjusted/i,
};
/** The same words name the growth of those line items unmistakably (普通株主に帰属する純利益は…333%増). */
const SPECIFIC: Partial<Record<Metric, RegExp>> = {
  ...SPECIFIC_ITEMS,
  ...Object.fromEntries(Object.entries(SPECIFIC_ITEMS).map(([m, re]) => [GROWTH_OF[m as Metric]!, re])),
};

const days = (p: Period) => (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000 + 1;

/** The article's dates and periods by the span they name, in text order. */
export function timesBySpan(figures: Figure[]): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  for (const t of figures) {
    if ((t.kind !== 'date' && t.kind !== 'period') || !t.period) continue;
    const k = t.period.start + t.period.end;
    (out.get(k) ?? out.set(k, []).get(k)!).push(t);
  }
  return out;
}

/** sentenceStart: where the figure's sentence starts; times: timesBySpan of the article;
 *  articleDate: the publication date a year-less label (7～9月期) resolves with. */
export function figureBasis(f: Figure, text: string, sentenceStart: number, times: Map<string, Figure[]>, articleDate?: string): FigureBasis {
  const out: FigureBasis = { periodStated: false, periodClose: false, fiscalLabel: false, exactItem: false, itemNamed: false };
  const vs = f.via?.subject;
  if (f.subject) out.subject = { value: f.subject, how: vs === 'sentence' ? 'explicit' : vs === 'article' ? 'inherited' : 'inferred' };
  const vp = f.via?.period;
  if (f.period && !(f.metric && FLOWS.has(f.metric) && days(f.period) < MIN_FLOW_DAYS)) {
    // the date or period that names it: the last one before the figure (or the first after, in its sentence)
    const same = times.get(f.period.start + f.period.end) ?? [];
    const k = firstAtOrAfter(same, f.start);
    const label = same[k - 1] ?? same[k];
    // 4～6月期 with no year in the text and no article date: the analysis chose the year (not when the
    // label repeats a period written earlier with its year: この四半期, the quarter, 同期)
    const yearless = !!label && !YEAR.test(label.surface) && !articleDate && !same.some((t) => t.start < label.start && YEAR.test(t.surface));
    const how = yearless || vp === 'assumed' || !vp ? 'inferred' : vp === 'sentence' ? 'explicit' : 'inherited';
    out.period = { value: f.period, how };
    out.periodClose = how !== 'inferred' && (vp === 'sentence' || vp === 'paragraph');
    out.periodStated = how !== 'inferred' && (out.periodClose || vp === 'article');
    out.fiscalLabel = !!label && FISCAL.test(label.surface);
  }
  if (f.kind === 'money') out.currency = { value: String(f.unit), how: statesCurrency(f.surface) && !yenSignOnly(f.surface) ? 'explicit' : 'inferred' };
  if (f.metric && f.metric !== 'other') {
    const before = text.slice(sentenceStart, f.start);
    const at = namedAt(before, f.metric);
    // or right after it, joined to it (58億ドルの自社株買い, 3,800億元を投資)
    const after = /^\s?[(（]?[^。.!?！？、，,()（）0-9]{0,3}/.exec(text.slice(f.end, f.end + 16))![0];
    const next = namedAt(text.slice(f.end, f.end + after.length + 12), f.metric);
    const named = (at !== undefined && !between(before.slice(at), f.kind)) || (next !== undefined && next <= after.length);
    // a line item only the sentence's shape implies (a list under one line item) stays a guess
    out.metric = { value: f.metric, how: f.via?.metric === 'inferred' ? 'inferred' : named || at !== undefined ? 'explicit' : 'inherited' };
    out.exactItem = named && !!SPECIFIC[f.metric] && f.via?.metric !== 'inferred';
    out.itemNamed = named && f.via?.metric !== 'inferred';
  }
  return out;
}

/** Index of the first time figure starting at or after x (the list is in text order). */
function firstAtOrAfter(list: Figure[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the sentence before the figure last names its line item: a keyword of it or of its
 *  family's generic item; for a specific net income, the words that make it specific. */
function namedAt(before: string, m: Metric): number | undefined {
  const fam = METRIC_DEFS[m].family;
  const norm = normalize(before);
  const specific = SPECIFIC[m];
  let at: number | undefined;
  if (specific) {
    for (const r of norm.text.matchAll(new RegExp(specific.source, 'gi'))) at = r.index;
  } else {
    for (const h of metricHits(norm.text)) {
      if (h.metric === m || GROWTH_OF[h.metric] === m || (h.metric !== 'other' && METRIC_DEFS[h.metric].family === fam && isGenericItem(h.metric))) at = h.a;
    }
  }
  return at === undefined ? undefined : toOriginal(norm, at, at + 1)[0];
}

/** Another amount of the same kind between the name and the figure: the name belongs to that one. */
function between(gap: string, kind: Figure['kind']): boolean {
  return kind === 'percent' ? /\d\s?(?:%|％|パーセント|percent)/.test(gap) : /\d\s?(?:億|万|兆|亿|萬|billion|million|bn|元|円|ドル|dollars|yuan)/i.test(gap);
}
