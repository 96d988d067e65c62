// An undated article dated by its figures: when the page gives no date and its precise amounts equal
// KB facts of one period (2,477億元 and 334億元 are FY2026 Q1's revenue and cloud revenue), the article
// was written just after that period. Only an anchor for year-less labels (第一季度, the quarter, 上季);
// every period read from it is marked as assumed. Only the facts of the companies the article names
// (and their parents) vote, a converted amount does not (it follows its base), and a number votes by
// how precise it is: with a thousand facts, three-digit coincidences are common.
import type { PreparedKb } from '../prepared-kb';
import type { Figure } from '../types';
import { conversionPairs } from './convert';
import { firstNumber } from './numbers';
import { statesCurrency } from './units';
import type { Fact } from '../kb/types';

/** Least score for a date: one 4-digit match and one 3-digit match, or one 5-digit match. */
const MIN_SCORE = 3;

/** The day after the period the article's precise amounts match best, or undefined (none, or a tie). */
export function dateFromKb(figures: Figure[], kb: PreparedKb, named: Iterable<string>, text: string): string | undefined {
  const subjects = new Set<string>();
  for (const id of named) {
    subjects.add(id);
    const p = kb.entities.get(id)?.parent;
    if (p) subjects.add(p);
  }
  const converted = new Set(conversionPairs(figures, text).keys());
  const score = new Map<string, number>(); // period end → sum of the matching figures' weights
  const levels = new Map<string, Set<string>>(); // "subject period-end" → metrics of the facts amounts matched
  figures.forEach((f, i) => {
    if (f.kind !== 'money' || f.change || converted.has(i) || !Number.isFinite(f.value) || !statesCurrency(f.surface)) return;
    const t = firstNumber(f.surface);
    if (!t || t.sig < 3) return;
    const tol = (Math.abs(f.value) * (t.place / Math.max(t.value, 1e-9))) / 2; // the writer rounded to the last digit
    const ends = new Set<string>();
    const list = kb.shortPeriodFacts.get(String(f.unit)) ?? [];
    for (let k = firstAtLeast(list, f.value - tol); k < list.length && list[k]!.value <= f.value + tol; k++) {
      const x = list[k]!;
      if (subjects.has(x.subject)) {
        ends.add(x.period!.end);
        const k2 = `${x.subject} ${x.period!.end}`;
        levels.set(k2, (levels.get(k2) ?? new Set()).add(x.metric));
      }
    }
    for (const end of ends) score.set(end, (score.get(end) ?? 0) + t.sig - 2);
  });
  const pick = () => {
    const [best, next] = [...score].sort((a, b) => b[1] - a[1]);
    return best && best[1] >= MIN_SCORE && !(next && next[1] === best[1]) ? best[0] : undefined;
  };
  const byAmounts = pick();
  // when the amounts alone date nothing: a growth rate equal to one of the same period's facts (42%
  // with 1,149億元) is one more vote for a period an amount already named (too common alone)
  const supported = new Set(byAmounts ? [] : score.keys());
  const pct = kb.shortPeriodFacts.get('percent') ?? [];
  figures.forEach((f) => {
    if (f.kind !== 'percent' || !Number.isFinite(f.value) || !supported.size) return;
    const t = firstNumber(f.surface);
    const tol = t ? t.place / 2 : 0.5;
    const ends = new Map<string, number>();
    // a growth fact is signed (-7 for 7%減少): a rate with its direction matches only its sign, one
    // without either
    const signs = f.change || f.value < 0 ? [f.value] : [f.value, -f.value];
    for (const v of new Set(signs))
      for (let k = firstAtLeast(pct, v - tol); k < pct.length && pct[k]!.value <= v + tol; k++) {
        const x = pct[k]!;
        if (!subjects.has(x.subject) || !supported.has(x.period!.end)) continue;
        // the growth of the very line item an amount matched (312億元 revenue, 7%減 revenue growth, one
        // quarter): a pair, worth one more
        const pair = x.metric.endsWith('_growth') && !!levels.get(`${x.subject} ${x.period!.end}`)?.has(x.metric.slice(0, -'_growth'.length));
        ends.set(x.period!.end, Math.max(ends.get(x.period!.end) ?? 0, pair ? 2 : 1));
      }
    for (const [end, w] of ends) score.set(end, score.get(end)! + w);
  });
  const end = byAmounts ?? pick();
  if (!end) return undefined;
  const d = new Date(Date.parse(end + 'T00:00:00Z') + 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Index of the first fact whose value is at least v (the list is sorted by value). */
function firstAtLeast(list: Fact[], v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.value < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
