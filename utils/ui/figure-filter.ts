// Filters for the side panel's figures table (a long article has dozens of figures): the flagged,
// those with a verdict, money, percentages, dates and periods. Pure.
import type { Figure } from '../analysis/types';
import { isFlagged } from './flags';

const FIGURE_FILTERS = ['all', 'flagged', 'checked', 'money', 'percent', 'when'] as const;
export type FigureFilter = (typeof FIGURE_FILTERS)[number];

const TEST: Record<FigureFilter, (f: Figure) => boolean> = {
  all: () => true,
  flagged: isFlagged,
  checked: (f) => f.check?.status === 'consistent' || f.check?.status === 'inconsistent',
  money: (f) => f.kind === 'money' || f.kind === 'rate',
  percent: (f) => f.kind === 'percent',
  when: (f) => f.kind === 'date' || f.kind === 'period',
};

export function byFilter(figures: Figure[], filter: FigureFilter): Figure[] {
  return figures.filter(TEST[filter]);
}

/** The filters worth offering for these figures, with their counts: 'all' and any other that picks some but not all. */
export function filterCounts(figures: Figure[]): Array<{ filter: FigureFilter; n: number }> {
  return FIGURE_FILTERS.map((filter) => ({ filter, n: byFilter(figures, filter).length })).filter(
    (x) => x.filter === 'all' || (x.n > 0 && x.n < figures.length),
  );
}

/** Below this many figures the table needs no filters. */
export const FILTER_FROM = 8;
