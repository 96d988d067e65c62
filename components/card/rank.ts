// Which KB facts of an entity matter most for the article being read (pure).
import type { Fact, Period } from '../../utils/kb/types';
import type { Figure } from '../../utils/types';

function overlaps(a: Period | undefined, b: Period | undefined): boolean {
  return !!a && !!b && a.start <= b.end && b.start <= a.end;
}

/**
 * Facts whose metric and period match the article's figures come first, then facts whose metric
 * appears in the article, then the rest; ties: better-sourced first, then most recent period / as-of.
 */
export function rankFacts<F extends Fact>(facts: F[], figures: Figure[] = [], subject?: string): F[] {
  const own = subject ? figures.filter((f) => !f.subject || f.subject === subject) : figures;
  const metrics = new Set(own.map((f) => f.metric).filter(Boolean));
  const score = (fact: F) => {
    let s = 0;
    if (metrics.has(fact.metric)) s += 2;
    if (own.some((f) => f.metric === fact.metric && overlaps(f.period, fact.period))) s += 3;
    return s;
  };
  const when = (f: F) => f.period?.end ?? f.asOf ?? '';
  const trust = (f: F) => (f.status === 'verified' || f.status === 'derived' ? 2 : f.status === 'single-source' ? 1 : 0);
  return facts
    .map((f, i) => ({ f, i, s: score(f), t: trust(f), w: when(f) }))
    .sort((a, b) => b.s - a.s || b.t - a.t || b.w.localeCompare(a.w) || a.i - b.i)
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
