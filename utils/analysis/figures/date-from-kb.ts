// An undated article dated by its figures: when the page gives no date and several precise amounts
// equal KB facts of one period (2,477億元 and 457億元 are FY2026 Q1's revenue and adjusted EBITDA), the
// article was written just after that period. Only an anchor for year-less labels (第一季度, the
// quarter, 上季); every period read from it is marked as assumed.
import type { PreparedKb } from '../prepared-kb';
import type { Figure } from '../types';
import { firstNumber } from './numbers';
import { statesCurrency } from './units';
import { monthSpan } from './periods';

const MIN_VOTES = 2;

/** The day after the period most of the article's precise amounts match, or undefined. */
export function dateFromKb(figures: Figure[], kb: PreparedKb): string | undefined {
  const votes = new Map<string, Set<number>>(); // period end → figures matching a fact of it
  let precise = 0; // matches of five significant digits or more: one is enough (247.65 billion yuan)
  figures.forEach((f, i) => {
    if (f.kind !== 'money' || f.change || !Number.isFinite(f.value) || !statesCurrency(f.surface)) return;
    const t = firstNumber(f.surface);
    if (!t || t.sig < 3) return;
    const tol = Math.abs(f.value) * (t.place / Math.max(t.value, 1e-9));
    for (const x of kb.facts.values()) {
      if (x.unit !== f.unit || !x.period || x.status === 'unverified' || monthSpan(x.period) > 3) continue;
      if (Math.abs(x.value - f.value) > tol) continue;
      if (t.sig >= 5) precise++;
      const set = votes.get(x.period.end) ?? new Set<number>();
      set.add(i);
      votes.set(x.period.end, set);
    }
  });
  let best: [string, number] | undefined;
  for (const [end, set] of votes) if (!best || set.size > best[1]) best = [end, set.size];
  const tied = best && [...votes.values()].filter((s) => s.size === best![1]).length > 1;
  if (!best || (best[1] < MIN_VOTES && !(precise === 1 && votes.size === 1)) || tied) return undefined;
  const d = new Date(Date.parse(best[0] + 'T00:00:00Z') + 86_400_000);
  return d.toISOString().slice(0, 10);
}
