// Checks of figures against the KB. A correct figure must never be flagged: a figure is marked
// inconsistent only with positive evidence of a named error (facts.ts, conversion.ts), consistent
// only when subject, line item and period are established (or it matches a sibling, which the check
// names), and otherwise unverified with what was missing. Each check carries what it assumed and how
// (basis), the figure as written and as read, the KB fact, the rate of a conversion, and the cause.
import type { PreparedKb } from '../prepared-kb';
import type { Check, Figure } from '../types';
import { conversionPairs, rateDateFor } from '../figures/convert';
import { sentenceIndex, sentences, type Sentences } from '../figures/sentences';
import { figureBasis, timesBySpan, type FigureBasis } from './basis';
import { checkConversion, pageConversions, statedRates, type PageConversion, type StatedRate } from './conversion';
import { checkFacts } from './facts';
import type { Seen } from './facts-scene';
import { asRead, readings } from './readings';

export interface CheckContext {
  text: string;
  kb: PreparedKb;
  sentences?: Sentences;
  /** Publication date: conversions use its month's reference rate. */
  articleDate?: string;
}

const CHECKED_KINDS = new Set<Figure['kind']>(['money', 'percent', 'count']);

export function checkFigures(figures: Figure[], ctx: CheckContext): void {
  const pairs = conversionPairs(figures, ctx.text);
  const sents = ctx.sentences ?? sentences(ctx.text);
  const times = timesBySpan(figures);
  const stated = statedRates(figures);
  const conversions = pageConversions(figures, pairs);
  const seen: Seen = { confirmed: new Set(), shifted: new Set() };
  const bases = new Map<Figure, FigureBasis>();
  const basisOf = (f: Figure) => {
    let b = bases.get(f);
    if (!b) {
      const s = sents[sentenceIndex(sents, f.start)];
      bases.set(f, (b = figureBasis(f, ctx.text, s ? s[0] : 0, times, ctx.articleDate)));
    }
    return b;
  };
  // Pass 2 redoes only the figures whose answer looked at what other figures showed.
  const again = new Set<Figure>();
  for (const pass of [1, 2]) {
    figures.forEach((f, i) => {
      if (!CHECKED_KINDS.has(f.kind) || pairs.has(i)) return;
      if (f.malformed || !Number.isFinite(f.value)) return; // a garble is never checked
      if (pass === 2 && !again.has(f)) return;
      const look: Seen = { confirmed: seen.confirmed, shifted: seen.shifted, read: false };
      const c = f.subject && f.metric && f.metric !== 'other' ? factCheck(f, basisOf(f), ctx, sents, look) : undefined;
      if (look.read) again.add(f);
      if (c) f.check = c;
      else delete f.check;
      if (pass !== 1 || !c) return;
      if (c.status === 'consistent' && c.factId) seen.confirmed.add(c.factId);
      const p = c.cause === 'period' && c.factId ? ctx.kb.facts.get(c.factId)?.period : undefined;
      if (p && f.kind !== 'percent') seen.shifted.add(p.start + p.end);
    });
  }
  // an amount the article repeats (headline and body) is the same amount: where one occurrence was
  // identified as a KB fact, its date dates the others' conversions too
  const identified = new Map<string, string[]>();
  for (const f of figures) {
    const d = f.kind === 'money' ? factDates(ctx.kb, f) : undefined;
    if (d) identified.set(`${f.value}|${f.unit}`, d);
  }
  for (const [i, src] of pairs) {
    const b = figures[i]!;
    const a = figures[src]!;
    const baseDates = factDates(ctx.kb, a) ?? identified.get(`${a.value}|${a.unit}`);
    const c = converted(a, b, ctx, { stated, conversions }, baseDates, sentenceAt(sents, ctx.text, b.start), () =>
      factCheck(b, basisOf(b), ctx, sents, { ...seen }),
    );
    if (c) b.check = c;
    else delete b.check;
  }
}

function sentenceAt(sents: Sentences, text: string, x: number): string {
  const s = sents[sentenceIndex(sents, x)];
  return s ? text.slice(s[0], s[1]) : '';
}

/** A figure against the facts, under each of its readings: consistent when one reading is, flagged
 *  only when every reading is. */
function factCheck(f: Figure, basis: FigureBasis, ctx: CheckContext, sents: Sentences, seen: Seen): Check | undefined {
  const sentence = sentenceAt(sents, ctx.text, f.start);
  const results = readings(f, sentence).map((r) => ({ r, c: checkFacts(asRead(f, r), { kb: ctx.kb, sentence, basis, articleDate: ctx.articleDate, seen }) }));
  const primary = results[0]!;
  let pick = results.find((x) => x.c?.status === 'consistent') ?? primary;
  if (pick === primary && primary.c?.status === 'inconsistent' && results.some((x) => x.c?.status !== 'inconsistent')) {
    const c: Check = {
      status: 'unverified',
      missing: ['reading'],
      reason: `The figure can be read more than one way (${f.surface}); not all readings differ from the KB.`,
    };
    pick = { r: primary.r, c };
  }
  if (!pick.c) return undefined;
  return finish(pick.c, f, basis, pick.r.how ? pick.r : undefined);
}

/** Fills what every check carries: the figure as written and read, and the basis. */
function finish(c: Check, f: Figure, basis: FigureBasis, reading?: { value: number; unit: string; how?: string }): Check {
  const matchedPeriod = c.basis?.period;
  const out: Check = { ...c, written: f.surface, value: signed(f, reading?.value ?? f.value), unit: reading?.unit ?? String(f.unit), scope: c.scope ?? 'fact' };
  if (f.valueMax !== undefined) out.valueMax = f.valueMax;
  out.basis = {
    ...(basis.subject ? { subject: basis.subject } : {}),
    ...(basis.metric ? { metric: basis.metric } : {}),
    ...(matchedPeriod ? { period: matchedPeriod } : basis.period ? { period: basis.period } : {}),
    ...(reading && reading.unit !== f.unit
      ? { currency: { value: reading.unit, how: 'inferred' as const } }
      : basis.currency
        ? { currency: basis.currency }
        : {}),
  };
  return out;
}

const signed = (f: Figure, v: number) => (f.kind === 'percent' && f.change === 'decrease' && v > 0 ? -v : v);

/** The dates of the KB fact a checked amount was identified as (for a period flag: the other period's
 *  fact): its period's, and its announcement's when later (news of a result is written once it is out). */
function factDates(kb: PreparedKb, f: Figure): string[] | undefined {
  const c = f.check;
  if (!c?.factId || !(c.status === 'consistent' || c.cause === 'period')) return undefined;
  const fact = kb.facts.get(c.sibling?.factId ?? c.factId);
  const own = fact?.period ? rateDateFor({ ...f, period: fact.period }) : undefined;
  if (!own) return fact?.asOf ? [fact.asOf] : undefined;
  return fact?.asOf && fact.asOf > own ? [own, fact.asOf] : [own];
}

/** A converted amount: its conversion, and what its base's check found. */
function converted(
  a: Figure,
  b: Figure,
  ctx: CheckContext,
  rates: { stated: StatedRate[]; conversions: PageConversion[] },
  baseDates: string[] | undefined,
  sentence: string,
  own: () => Check | undefined,
): Check | undefined {
  const base = a.check;
  const baseConfirmed = base?.status === 'consistent' && base.scope !== 'conversion';
  const conv = checkConversion(a, b, { kb: ctx.kb, articleDate: ctx.articleDate, ...rates, baseDates, sentence, baseConfirmed });
  if (!conv) return own();
  // the base itself differs from the KB: that explains a conversion that does not follow from it, and
  // the converted amount may well be the right one (0.059亿元 for a loss of 5,900万, (约800万美元))
  if (conv.status === 'inconsistent' && base?.status === 'inconsistent' && base.scope !== 'conversion')
    return {
      ...conv,
      status: 'unverified',
      cause: undefined,
      slipIn: undefined,
      missing: ['difference'],
      reason: `Does not follow from ${a.surface}, which itself differs from the KB; which of the two is wrong is not settled.`,
    };
  if (conv.status !== 'consistent') return conv;
  // the conversion holds: the converted amount says what its base says
  if (base && base.status !== 'unverified' && base.scope !== 'conversion') {
    const c: Check = { ...base, ...pick(conv), written: b.surface, value: conv.value, unit: conv.unit, scope: 'fact' };
    c.basis = { ...base.basis, currency: conv.basis?.currency ?? { value: String(b.unit), how: 'explicit' } };
    if (base.expected !== undefined && conv.rate) {
      c.expected = base.expected * (base.expectedUnit === a.unit ? conv.rate.rate : 1);
      c.expectedUnit = b.unit as Check['expectedUnit'];
    }
    c.reason = `Converts ${a.surface} correctly; ${lowerFirst(base.reason ?? '')}`;
    return c;
  }
  return conv;
}

const pick = (c: Check): Partial<Check> => ({ rate: c.rate, convertedFrom: c.convertedFrom });
const lowerFirst = (s: string) => (s.startsWith('KB') ? s : s.charAt(0).toLowerCase() + s.slice(1));
