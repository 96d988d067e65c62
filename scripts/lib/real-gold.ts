// Gold annotations of the real-page corpus (tests/fixtures/real-gold/<page>.json): offsets,
// values, ids and sources only, never the page's text. A span carries `h`, a short hash of the
// text it covers, so a test can tell that every offset still lies on the text it names.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ENTITY_TYPES } from '../../utils/analysis/vocabulary/entity-types';
import { METRICS } from '../../utils/analysis/vocabulary/metrics';
import { ROOT } from './kb-files';

const GOLD_DIR = join(ROOT, 'tests/fixtures/real-gold');
export const SPLIT_FILE = join(GOLD_DIR, 'split.json');

/** FNV-1a of the UTF-16 code units, 8 hex digits: enough to tell that a span moved. */
export function spanHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const CURRENCY_CODES = ['CNY', 'USD', 'JPY', 'HKD', 'EUR', 'GBP', 'SGD', 'TWD', 'KRW', 'CHF', 'INR', 'AUD', 'CAD'] as const;
/** Units of a gold figure: a currency; percent or percentage points; a count's unit; a rate
 *  "QUOTE/BASE" (1元=約20円 is JPY/CNY); date and period for those kinds. */
const COUNT_UNITS = ['count', 'params', 'tokens', 'users', 'models', 'shares', 'gpus', 'downloads', 'people', 'orders', 'chips', 'stores', 'times'] as const;
const RATE = new RegExp(`^(${CURRENCY_CODES.join('|')})/(${CURRENCY_CODES.join('|')})$`);
const GoldUnit = z
  .string()
  .refine(
    (u) =>
      (CURRENCY_CODES as readonly string[]).includes(u) ||
      (COUNT_UNITS as readonly string[]).includes(u) ||
      ['percent', 'pt', 'date', 'period'].includes(u) ||
      RATE.test(u),
    { message: 'unknown unit' },
  );

/** Line items beyond the product's METRICS that real pages report; a growth, margin or share of
 *  any of them is written `<metric>_growth` / `_margin` / `_share`. */
const EXTRA_METRICS = [
  'operating_income',
  'gross_profit',
  'ebitda',
  'adjusted_ebitda',
  'eps',
  'non_gaap_eps',
  'free_cash_flow',
  'operating_cash_flow',
  'cash',
  'gmv',
  'sales_marketing_expense',
  'admin_expense',
  'product_development_expense',
  'cost_of_revenue',
  'funding',
  'valuation',
  'ipo_proceeds',
  'headcount',
  'orders',
  'interest_rate',
  'index_level',
  'price',
  'deliveries',
  'ai_revenue',
  'segment_revenue',
] as const;
const METRIC_SET = new Set<string>([...METRICS, ...EXTRA_METRICS]);
const GoldMetric = z.string().refine((m) => METRIC_SET.has(m) || METRIC_SET.has(m.replace(/_(growth|margin|share)$/, '')), { message: 'unknown metric' });

const Iso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Span = { s: z.number().int().nonnegative(), e: z.number().int().positive(), h: z.string().regex(/^[0-9a-f]{8}$/) };
const Id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/);

const GoldPeriod = z
  .object({
    start: Iso,
    end: Iso,
    /** How a reader resolves it: stated outright; a company's fiscal label; relative to the
     *  article's date (前四半期, last year); carried from the paragraph or the headline. */
    how: z.enum(['explicit', 'fiscal', 'relative', 'inherited']),
  })
  .strict();

const GoldEntityMention = z.object({ ...Span, id: Id, note: z.string().optional() }).strict();

const CAUSES = ['currency', 'scale', 'period', 'conversion', 'value', 'metric'] as const;

const GoldError = z
  .object({
    cause: z.enum(CAUSES),
    /** What the figure should have been. */
    correct: z.object({ value: z.number(), unit: GoldUnit, period: GoldPeriod.omit({ how: true }).optional() }).strict(),
    status: z.enum(['verified', 'unverified']),
    source: z
      .object({ url: z.string().url(), says: z.string().min(5) })
      .strict()
      .optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((e) => e.status === 'unverified' || !!e.source, { message: 'a verified error needs its source' });

export const GoldFigure = z
  .object({
    ...Span,
    kind: z.enum(['money', 'percent', 'count', 'date', 'period', 'rate']),
    /** Base units, signed for decreases (9%減 → -9); money in currency units; date/period: null
     *  (their meaning is in `date` / `period`); null also for a malformed amount. */
    value: z.number().nullable(),
    valueMax: z.number().optional(),
    unit: GoldUnit,
    approx: z.enum(['about', 'over', 'under', 'atleast', 'nearly']).optional(),
    change: z.enum(['increase', 'decrease']).optional(),
    basis: z.enum(['yoy', 'qoq', 'consensus', 'other']).optional(),
    subject: Id.optional(),
    metric: GoldMetric.optional(),
    /** The period a flow figure is about, or the span a date/period figure names. */
    period: GoldPeriod.optional(),
    /** A stock figure's date (price, market cap, cumulative downloads), or a date figure's day. */
    date: Iso.optional(),
    /** Garbled beyond reading (1億2345億6,700万): the product must leave it out of checks. */
    malformed: z.literal(true).optional(),
    error: GoldError.optional(),
    note: z.string().optional(),
  })
  .strict();

export const GoldFile = z
  .object({
    page: z.string(),
    relevance: z.object({ label: z.enum(['relevant', 'borderline', 'not']), why: z.string().min(5) }).strict(),
    /** The publication date as a reader establishes it, and from where. */
    date: z.object({ value: Iso.nullable(), from: z.enum(['page', 'prefix', 'url', 'text', 'none']) }).strict(),
    /** Entities this page names that the KB does not have yet: proposed id → name and type. */
    proposed: z.record(Id, z.object({ name: z.string(), type: z.enum(ENTITY_TYPES), note: z.string().optional() }).strict()).default({}),
    entities: z.array(GoldEntityMention),
    figures: z.array(GoldFigure),
    /** Review passes done: 1 = annotated, 2 = reviewed slowly, as an editor. */
    passes: z.number().int().min(1).max(3),
    notes: z.string().optional(),
  })
  .strict();
export type GoldFile = z.infer<typeof GoldFile>;
export type GoldFigure = z.infer<typeof GoldFigure>;

const SplitSchema = z.object({ method: z.string(), tune: z.array(z.string()), check: z.array(z.string()) }).strict();
export type Part = 'tune' | 'check' | 'all';

export function goldPath(id: string): string {
  return join(GOLD_DIR, `${id}.json`);
}

export function readGold(id: string): GoldFile | undefined {
  const p = goldPath(id);
  return existsSync(p) ? GoldFile.parse(JSON.parse(readFileSync(p, 'utf8'))) : undefined;
}

export function goldIds(): string[] {
  if (!existsSync(GOLD_DIR)) return [];
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'split.json')
    .map((f) => f.slice(0, -5))
    .sort();
}

function readSplit(): z.infer<typeof SplitSchema> {
  return SplitSchema.parse(JSON.parse(readFileSync(SPLIT_FILE, 'utf8')));
}

export function pagesOf(part: Part): string[] {
  const s = readSplit();
  return part === 'tune' ? s.tune : part === 'check' ? s.check : [...s.tune, ...s.check].sort();
}

/** Every way a gold file disagrees with its page's text or with the KB's ids. */
export function goldProblems(g: GoldFile, text: string, kbIds: Set<string>): string[] {
  const p: string[] = [];
  const span = (what: string, x: { s: number; e: number; h: string }) => {
    if (x.e <= x.s || x.e > text.length) p.push(`${what} ${x.s}-${x.e}: outside the text (${text.length})`);
    else if (spanHash(text.slice(x.s, x.e)) !== x.h) p.push(`${what} ${x.s}-${x.e}: hash differs from the text there`);
  };
  const known = (id: string) => kbIds.has(id) || id in g.proposed;
  for (const m of g.entities) {
    span(`entity ${m.id}`, m);
    if (!known(m.id)) p.push(`entity ${m.id}: neither in the KB nor proposed`);
  }
  for (const f of g.figures) {
    span(`figure ${f.kind}`, f);
    if (f.subject && !known(f.subject)) p.push(`figure ${f.s}: subject ${f.subject} neither in the KB nor proposed`);
    if ((f.kind === 'money' || f.kind === 'percent' || f.kind === 'count' || f.kind === 'rate') && f.value === null && !f.malformed)
      p.push(`figure ${f.s}: value null but not malformed`);
    if (f.kind === 'date' && !f.date && !f.period) p.push(`figure ${f.s}: a date needs its date`);
    if (f.kind === 'period' && !f.period) p.push(`figure ${f.s}: a period needs its period`);
    if (f.change === 'decrease' && f.value !== null && f.value > 0 && f.kind === 'percent') p.push(`figure ${f.s}: a decrease is signed negative`);
  }
  const sorted = (xs: Array<{ s: number }>) => xs.every((x, i) => i === 0 || xs[i - 1]!.s <= x.s);
  if (!sorted(g.entities) || !sorted(g.figures)) p.push('spans must be sorted by start');
  for (let i = 1; i < g.entities.length; i++) if (g.entities[i]!.s < g.entities[i - 1]!.e) p.push(`entities overlap at ${g.entities[i]!.s}`);
  if (g.relevance.label === 'not' && (g.entities.length || g.figures.length)) p.push('a page that is not relevant has no entities or figures to find');
  return p;
}
