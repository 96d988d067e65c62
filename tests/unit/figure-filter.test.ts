// The figures table's filters: what each picks, and which are offered.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../utils/analysis/types';
import { byFilter, filterCounts } from '../../utils/ui/figure-filter';

let at = 0;
const fig = (kind: Figure['kind'], status?: 'consistent' | 'inconsistent' | 'unverified'): Figure =>
  ({ start: at, end: (at += 5), surface: `f${at}`, kind, value: 1, unit: 'CNY', ...(status ? { check: { status } } : {}) }) as Figure;

describe('figure filters', () => {
  const figs = [
    fig('money', 'inconsistent'),
    fig('money', 'consistent'),
    fig('money', 'unverified'),
    fig('percent'),
    fig('rate'),
    fig('date'),
    fig('period'),
    fig('count'),
  ];

  it('each filter picks its figures', () => {
    expect(byFilter(figs, 'all')).toHaveLength(8);
    expect(byFilter(figs, 'flagged').map((f) => f.check?.status)).toEqual(['inconsistent']);
    expect(byFilter(figs, 'checked').map((f) => f.check?.status)).toEqual(['inconsistent', 'consistent']);
    expect(byFilter(figs, 'money').map((f) => f.kind)).toEqual(['money', 'money', 'money', 'rate']);
    expect(byFilter(figs, 'percent').map((f) => f.kind)).toEqual(['percent']);
    expect(byFilter(figs, 'when').map((f) => f.kind)).toEqual(['date', 'period']);
  });

  it('offers all, and only filters that pick some but not all', () => {
    expect(filterCounts(figs)).toEqual([
      { filter: 'all', n: 8 },
      { filter: 'flagged', n: 1 },
      { filter: 'checked', n: 2 },
      { filter: 'money', n: 4 },
      { filter: 'percent', n: 1 },
      { filter: 'when', n: 2 },
    ]);
    const money = [fig('money'), fig('money')];
    expect(filterCounts(money)).toEqual([{ filter: 'all', n: 2 }]);
  });
});
