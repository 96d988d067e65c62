// An undated article dated by its figures: when the page gives no date and its precise amounts equal
// KB facts of one period (2,477億元 and 334億元 are FY2026 Q1's revenue and cloud revenue), the article
// was written just after that period; and when it names no company it is about, those amounts say
// whose figures they are. Only an anchor for year-less labels (第一季度, the quarter, 上季);
// every period read from it is marked as assumed. Only the facts of the companies the article names
// (and the groups they belong to) vote, a converted amount does not (it follows its base), and a number votes by
// how precise it is: with a thousand facts, three-digit coincidences are common.
import type { PreparedKb } from '../prepared-kb';
import type { Figure } from '../types';
import { conversionPairs } from './convert';
import { firstNumber } from './numbers';
import { statesCurrency } from './units';
import type { Fact } from '../kb/types';

/** Least score for a date: one 4-digit match and one 3-digit match, or one 5-digit match. */
const MIN_SCORE = 3;

/** What the article's precise amounts identify: the day after the period they match best (an
 *  undated page's date), and the company whose facts they match (a page that names none it is about). */
export interface KbIdentity {
  date?: string;
  subject?: string;
}

export function identifyFromKb(figures: Figure[], kb: PreparedKb, named: Iterable<string>, text: string): KbIdentity {
  const subjects = new Set<string>();
  // the companies named and the groups they belong to (高鑫零售 → 中国电商集团 → 阿里巴巴)
  for (const id of named) for (let k = 0, cur: string | undefined = id; cur && k < 5; k++, cur = kb.entities.get(cur)?.parent) subjects.add(cur);
  const converted = new Set(conversionPairs(figures, text).keys());
  const score = new Map<string, number>(); // period end → sum of the matching figures' weights
  const bySubject = new Map<string, number>(); // subject → sum of the weights of the amounts its facts match
  const levels = new Map<string, Set<string>>(); // "subject period-end" → metrics of the facts amounts matched
  figures.forEach((f, i) => {
    if (f.kind !== 'money' || f.change || converted.has(i) || !Number.isFinite(f.value) || !statesCurrency(f.surface)) return;
    const t = firstNumber(f.surface);
    if (!t || t.sig < 3) return;
    const tol = (Math.abs(f.value) * (t.place / Math.max(t.value, 1e-9))) / 2; // the writer rounded to the last digit
    const ends = new Set<string>();
    const whose = new Set<string>();
    const list = kb.shortPeriodFacts.get(String(f.unit)) ?? [];
    for (let k = firstAtLeast(list, f.value - tol); k < list.length && list[k]!.value <= f.value + tol; k++) {
      const x = list[k]!;
      if (subjects.has(x.subject)) {
        ends.add(x.period!.end);
        whose.add(x.subject);
        const k2 = `${x.subject} ${x.period!.end}`;
        levels.set(k2, (levels.get(k2) ?? new Set()).add(x.metric));
      }
    }
    for (const end of ends) score.set(end, (score.get(end) ?? 0) + t.sig - 2);
    for (const id of whose) bySubject.set(id, (bySubject.get(id) ?? 0) + t.sig - 2);
  });
  const best = (m: Map<string, number>) => {
    const [top, next] = [...m].sort((a, b) => b[1] - a[1]);
    return top && top[1] >= MIN_SCORE && !(next && next[1] === top[1]) ? top[0] : undefined;
  };
  const subject = best(bySubject);
  const byAmounts = best(score);
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
  const end = byAmounts ?? best(score);
  const date = end ? new Date(Date.parse(end + 'T00:00:00Z') + 86_400_000).toISOString().slice(0, 10) : undefined;
  return { ...(date ? { date } : {}), ...(subject ? { subject } : {}) };
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
