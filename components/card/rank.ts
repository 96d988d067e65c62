// Which KB facts of an entity matter most for the article being read (pure).
import type { Fact, Period } from '../../utils/analysis/kb/types';
import type { Figure } from '../../utils/analysis/types';

function overlaps(a: Period | undefined, b: Period | undefined): boolean {
  return !!a && !!b && a.start <= b.end && b.start <= a.end;
}

/** What makes a fact weak for this article: no date, not verified, or stated after the article. */
export function factWeakness(f: Fact, articleDate?: string): { undated: boolean; unverified: boolean; later: boolean } {
  const when = f.asOf ?? f.period?.start;
  return {
    undated: !f.period && !f.asOf,
    unverified: f.status === 'unverified',
    // Known only after the article was written: it cannot be what the article refers to.
    later: !!articleDate && !!when && when.slice(0, 10) > articleDate.slice(0, 10),
  };
}

/**
 * Facts whose metric and period match the article's figures come first, then facts whose metric
 * appears in the article, then the rest; undated, unverified and later-than-the-article facts go
 * last whatever they match; ties: better-sourced first, then most recent period / as-of.
 */
export function rankFacts<F extends Fact>(facts: F[], figures: Figure[] = [], subject?: string, articleDate?: string): F[] {
  const own = subject ? figures.filter((f) => !f.subject || f.subject === subject) : figures;
  const metrics = new Set(own.map((f) => f.metric).filter(Boolean));
  const score = (fact: F) => {
    let s = 0;
    if (metrics.has(fact.metric)) s += 2;
    const same = own.filter((f) => f.metric === fact.metric);
    if (same.some((f) => overlaps(f.period, fact.period))) s += 3;
    if (same.some((f) => f.period && fact.period && f.period.start === fact.period.start && f.period.end === fact.period.end)) s += 2;
    return s;
  };
  const weak = (f: F) => {
    const w = factWeakness(f, articleDate);
    return Number(w.undated) + Number(w.unverified) + Number(w.later);
  };
  const when = (f: F) => f.period?.end ?? f.asOf ?? '';
  const trust = (f: F) => (f.status === 'verified' || f.status === 'derived' ? 2 : f.status === 'single-source' ? 1 : 0);
  return facts
    .map((f, i) => ({ f, i, k: weak(f), s: score(f), t: trust(f), w: when(f) }))
    .sort((a, b) => a.k - b.k || b.s - a.s || b.t - a.t || b.w.localeCompare(a.w) || a.i - b.i)
    .map((x) => x.f);
}

/** One fact per metric and period (the KB often holds the same plan in CNY and as reported in USD). */
export function distinctFacts<F extends Fact>(facts: F[]): F[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.metric}|${f.period?.start ?? ''}|${f.period?.end ?? ''}|${f.basis ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const REL_ORDER = [
  'ceo_of',
  'chairman_of',
  'cfo_of',
  'cto_of',
  'unit_of',
  'product_of',
  'developed_by',
  'owns',
  'founder_of',
  'executive_of',
  'director_of',
  'investor_in',
  'partner_of',
  'supplier_of',
  'competitor_of',
  'successor_of',
  'analyst_at',
  'regulates',
];

/** Current relations before past ones (those with an end date), then by how much they say. */
export function rankRelations<R extends { type: string; until?: string; since?: string }>(rels: R[]): R[] {
  const order = (r: R) => {
    const i = REL_ORDER.indexOf(r.type);
    return i < 0 ? REL_ORDER.length : i;
  };
  return rels
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        Number(!!a.r.until) - Number(!!b.r.until) ||
        order(a.r) - order(b.r) ||
        (b.r.until ?? b.r.since ?? '').localeCompare(a.r.until ?? a.r.since ?? '') ||
        a.i - b.i,
    )
    .map((x) => x.r);
}
