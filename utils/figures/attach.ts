// Attaches a subject (entity), a metric and a period to each figure, and resolves year-less dates
// and relative periods. Sentences end at 。！？!? / newline / '. '; paragraphs at newlines.
import type { KbIndex } from '../kb/kb-index';
import type { Metric, Period } from '../kb/types';
import type { EntitySpan } from '../entities';
import { toOriginal, type Normalized } from '../text/normalize';
import type { Figure } from '../types';
import { conversionPairs } from './convert';
import { chooseMetric, type Hit } from './choose-metric';
import { metricHits } from './metrics';
import { matchTime, monthSpan, resolveRelative, startMs, withYear } from './periods';
import { paragraphOf, sentenceIndex, sentences } from './sentences';

export interface AttachContext {
  text: string;
  norm: Normalized;
  mentions: EntitySpan[];
  kb: KbIndex;
  articleDate?: string;
}

const GROUP_ROOT = 'alibaba';
const SUBJECT_TYPES = new Set(['company', 'unit', 'product', 'model']);
const EXEC_RELATIONS = new Set(['ceo_of', 'chairman_of', 'cfo_of', 'cto_of', 'founder_of', 'executive_of']);
const STOCK_METRICS = new Set<Metric>(['share_price', 'market_cap', 'turnover', 'price_target', 'share_price_change']);
type Via = NonNullable<Figure['via']>;

/** Normalised index of original offset x. */
export function toNorm(norm: Normalized, x: number): number {
  let lo = 0;
  let hi = norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.map[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function attachContext(figures: Figure[], ctx: AttachContext): Figure[] {
  const { text, norm, kb } = ctx;
  const sents = sentences(text);
  const para: number[] = [];
  const sentOf = (x: number) => sentenceIndex(sents, x);
  const timeVia = resolveTimes(figures, ctx);
  const unresolvedIn = new Set<number>();
  for (const f of figures) if ((f.kind === 'date' || f.kind === 'period') && !f.period) unresolvedIn.add(sentOf(f.start));
  const times = figures.filter((f) => (f.kind === 'date' || f.kind === 'period') && f.period);
  const hits: Hit[] = metricHits(norm.text).map((h) => {
    const [a, b] = toOriginal(norm, h.a, h.b);
    return { ...h, na: h.a, nb: h.b, a, b };
  });
  const mentions = [...ctx.mentions].sort((x, y) => x.start - y.start);
  const dominant = dominantCompany(mentions, kb);
  const articlePeriod = times.find((t) => t.kind === 'period' && monthSpan(t.period!) <= 12 && timeVia.get(t) !== 'assumed')?.period;
  const pairs = conversionPairs(figures, text);
  const lastOf = new Map<number, number>(); // primary → end of its last conversion
  for (const [b, a] of pairs) lastOf.set(a, Math.max(lastOf.get(a) ?? 0, figures[b]!.end));

  figures.forEach((f, idx) => {
    if (f.kind !== 'money' && f.kind !== 'percent' && f.kind !== 'count') return;
    if (pairs.has(idx)) return; // takes its source's context below
    const si = sentOf(f.start);
    const [sa, sb] = sents[si] ?? [0, text.length];
    const sHits = hits.filter((h) => h.a >= sa && h.b <= sb);
    const sFigs = figures.filter((o) => o.start >= sa && o.end <= sb);
    const metric = chooseMetric(f, sHits, norm, text, lastOf.get(idx) ?? f.end, mentions, kb, sFigs);
    if (metric) f.metric = metric;
    // subject
    const via: Via = {};
    const sMentions = mentions.filter((m) => m.start >= sa && m.end <= f.start);
    const subj = pickSubject(sMentions, f.metric, kb);
    if (subj) {
      f.subject = subj;
      via.subject = 'sentence';
    } else if (f.metric && f.metric !== 'other' && dominant) {
      f.subject = dominant;
      via.subject = 'article';
    }
    if (f.subject && f.metric) f.subject = kbSubject(f.subject, f.metric, kb);
    // period
    const inSentence = times.filter((t) => t.start >= sa && t.end <= sb);
    const pick = pickPeriod(inSentence, f, f.metric);
    if (pick) {
      f.period = pick.period;
      via.period = timeVia.get(pick) === 'assumed' ? 'assumed' : 'sentence';
    } else if (!unresolvedIn.has(si)) {
      const p = paragraphOf(text, f.start, para);
      const before = times.filter((t) => t.kind === 'period' && t.end <= sa && paragraphOf(text, t.start, para) === p);
      const last = before[before.length - 1];
      if (last) {
        f.period = last.period;
        via.period = timeVia.get(last) === 'assumed' ? 'assumed' : 'paragraph';
      } else if (articlePeriod) {
        f.period = articlePeriod;
        via.period = 'article';
      }
    }
    if (via.subject || via.period) f.via = via;
  });
  for (const [b, a] of pairs) {
    const src = figures[a]!;
    const f = figures[b]!;
    for (const k of ['metric', 'subject', 'period', 'via'] as const) if (src[k] !== undefined) (f as unknown as Record<string, unknown>)[k] = src[k];
  }
  // Year-less dates and relative periods nothing could resolve are dropped.
  return figures.filter((f) => !((f.kind === 'date' || f.kind === 'period') && !f.period));
}

/** Fills year-less dates and relative periods; returns how each time figure got its period. */
function resolveTimes(figures: Figure[], ctx: AttachContext): Map<Figure, 'stated' | 'assumed'> {
  const via = new Map<Figure, 'stated' | 'assumed'>();
  const anchorFig = figures.find((f) => f.kind === 'date' && f.period && f.period.start === f.period.end);
  const anchor = ctx.articleDate ?? anchorFig?.period?.start;
  const anchorVia = ctx.articleDate ? 'stated' : 'assumed';
  let lastQuarter: Period | undefined;
  for (const f of figures) {
    if (f.kind !== 'date' && f.kind !== 'period') continue;
    if (f.period) {
      via.set(f, 'stated');
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

/** The period for a figure among the sentence's dates and periods. */
function pickPeriod(list: Figure[], f: Figure, metric?: Metric): Figure | undefined {
  if (!list.length) return undefined;
  const before = list.filter((t) => t.end <= f.start);
  const after = list.filter((t) => t.start >= f.end);
  const kinds: Array<Figure['kind']> = metric && STOCK_METRICS.has(metric) ? ['date', 'period'] : ['period', 'date'];
  for (const k of kinds) {
    const b = before.filter((t) => t.kind === k).pop();
    if (b) return b;
    const a = after.find((t) => t.kind === k);
    if (a) return a;
  }
  return undefined;
}

/** Nearest preceding mention that can own a figure; people stand for the company they run,
 *  banks only for what the KB files under banks (price targets, forecasts). */
function pickSubject(list: EntitySpan[], metric: Metric | undefined, kb: KbIndex): string | undefined {
  for (let k = list.length - 1; k >= 0; k--) {
    const id = list[k]!.entityId;
    const e = kb.entities.get(id);
    if (!e) continue;
    if (SUBJECT_TYPES.has(e.type)) return id;
    if (e.type === 'person') {
      const to = (kb.relationsByEntity.get(id) ?? []).find((r) => r.from === id && EXEC_RELATIONS.has(r.type) && kb.entities.get(r.to)?.type === 'company')?.to;
      if (to) return to;
    }
    if (e.type === 'bank' && metric && hasFacts(id, metric, kb)) return id;
  }
  return undefined;
}

function hasFacts(id: string, metric: Metric, kb: KbIndex): boolean {
  return (kb.factsBySubject.get(id) ?? []).some((x) => x.metric === metric);
}

/** The entity, its parent and its children. */
export function related(id: string, kb: KbIndex): string[] {
  const out = [id];
  const p = kb.entities.get(id)?.parent;
  if (p) out.push(p);
  for (const e of kb.entities.values()) if (e.parent === id) out.push(e.id);
  return out;
}

/** Metrics of a business unit that the KB may file under the parent (or the reverse). */
export const SEGMENT_METRICS = new Set<Metric>(['cloud_revenue', 'cloud_revenue_growth', 'cmr', 'cmr_growth', 'investment_plan']);

/** Follow the KB's convention: Alibaba Cloud's cloud revenue is filed under 'alibaba', say. */
function kbSubject(id: string, metric: Metric, kb: KbIndex): string {
  if (hasFacts(id, metric, kb) || !SEGMENT_METRICS.has(metric)) return id;
  return related(id, kb).find((r) => hasFacts(r, metric, kb)) ?? id;
}

/** Most-mentioned company or unit of the Alibaba group ('alibaba' on ties). */
function dominantCompany(mentions: EntitySpan[], kb: KbIndex): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const e = kb.entities.get(m.entityId);
    if (!e || (e.type !== 'company' && e.type !== 'unit')) continue;
    if (!inGroup(e.id, kb)) continue;
    counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
  }
  let best: string | undefined;
  let n = 0;
  for (const [id, c] of counts) if (c > n || (c === n && id === GROUP_ROOT)) [best, n] = [id, c];
  return best;
}

function inGroup(id: string, kb: KbIndex): boolean {
  for (let k = 0, cur: string | undefined = id; cur && k < 5; k++, cur = kb.entities.get(cur)?.parent) if (cur === GROUP_ROOT) return true;
  return false;
}
