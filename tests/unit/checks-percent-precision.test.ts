// A percentage is compared at the place of its last written digit: its zeros are digits (100% is
// 99–101, not 90–110; 8.50% is to the hundredth), with one unit either way for writers' rounding and
// truncation. So a round growth rate no longer passes for a sibling's (non-GAAP +100% is not GAAP
// +109%). And a figure named only by its family's name (純利益, net income) whose family has several
// members among the subject's KB facts, one of them with no fact for the period, may be that member:
// unverified, never a value flag. Growth facts below are hypothetical, for the logic only.
import { describe, expect, it } from 'vitest';
import { precision } from '../../utils/analysis/checks/match';
import type { Figure } from '../../utils/analysis/types';
import { SEP24, SEP25, fact, flagsOf, get, kbWith, run } from './support/checks-kb';

const pct = (surface: string, value: number) => ({ kind: 'percent', unit: 'percent', surface, value, start: 0, end: surface.length }) as unknown as Figure;
const money = (surface: string, value: number) => ({ kind: 'money', unit: 'CNY', surface, value, start: 0, end: surface.length }) as unknown as Figure;

describe('precision of a percentage: its last written digit', () => {
  it('integers to the unit, decimals to their last digit, trailing zeros included', () => {
    expect(precision(pct('100%', 100)).place).toBe(1);
    expect(precision(pct('20%増', 20)).place).toBe(1);
    expect(precision(pct('8.5%', 8.5)).place).toBeCloseTo(0.1);
    expect(precision(pct('12.50%', 12.5)).place).toBeCloseTo(0.01);
    expect(precision(pct('１００％', 100)).place).toBe(1);
  });
  it('amounts keep the place of their last non-zero digit (a round amount is a round scale)', () => {
    expect(precision(money('100億元', 1e10)).place).toBe(1e10);
    expect(precision(money('2,365億300万元', 236_503e6)).place).toBe(1e6);
  });
});

const GROWTH = '2025年7～9月期の純利益は前年同期比100%増だった。';
const ja = (s: string) => `アリババの${s}`;

describe('a round growth rate against the family’s members', () => {
  it('GAAP +109% and non-GAAP +100% in the KB: 100% is the non-GAAP figure, not consistent with GAAP', () => {
    const kb = kbWith(
      (f) => f,
      [fact('net_income_growth', 109, 'percent', SEP25, { basis: 'yoy' }), fact('non_gaap_net_income_growth', 100, 'percent', SEP25, { basis: 'yoy' })],
    );
    const f = get(run(ja(GROWTH), undefined, kb), '100%増');
    expect(f.check?.status).not.toBe('inconsistent');
    expect(f.check).toMatchObject({ sibling: { kind: 'line-item', metric: 'non_gaap_net_income_growth' }, expected: 100 });
  });
  it('writers’ rounding and truncation still match: 109% and 108% for 108.6%', () => {
    const kb = kbWith((f) => f, [fact('net_income_growth', 108.6, 'percent', SEP25, { basis: 'yoy' })]);
    for (const s of ['109%増', '108%増']) {
      const f = get(run(ja(`2025年7～9月期の純利益は前年同期比${s}だった。`), undefined, kb), s);
      expect(f.check?.status, s).toBe('consistent');
    }
  });
  it('GAAP +109% only for the period, non-GAAP known for another: 100% stays unverified, never flagged', () => {
    const kb = kbWith(
      (f) => f,
      [fact('net_income_growth', 109, 'percent', SEP25, { basis: 'yoy' }), fact('non_gaap_net_income_growth', 7, 'percent', SEP24, { basis: 'yoy' })],
    );
    const figs = run(ja(GROWTH), undefined, kb);
    expect(flagsOf(figs)).toEqual([]);
    expect(get(figs, '100%増').check).toMatchObject({ status: 'unverified', missing: ['metric'] });
  });
  it('the exact member named (非GAAP) and its own fact differing: still the value question it was', () => {
    const kb = kbWith(
      (f) => f,
      [fact('net_income_growth', 100, 'percent', SEP25, { basis: 'yoy' }), fact('non_gaap_net_income_growth', 80, 'percent', SEP25, { basis: 'yoy' })],
    );
    const f = get(run(ja('2025年7～9月期の非GAAP純利益は前年同期比100%増だった。'), undefined, kb), '100%増');
    expect(f.check?.status).not.toBe('consistent');
  });
});
