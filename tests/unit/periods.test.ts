import { describe, expect, it } from 'vitest';
import { normalize } from '../../utils/analysis/text/normalize';
import { calQuarter, fiscalQuarter, fiscalYear, matchTime, overlapDays, resolveRelative, samePeriod, withYear } from '../../utils/analysis/figures/periods';

/** The date or period at the start of s (normalised first, as extraction does). */
function at(s: string) {
  const n = normalize(s).text;
  const m = matchTime(n, 0);
  return m ? { ...m, surface: n.slice(0, m.end) } : null;
}
const span = (s: string) => {
  const m = at(s);
  return m?.period ? [m.period.start, m.period.end] : null;
};

describe('fiscal conventions (year ends 31 March)', () => {
  it('FY N runs April N-1 to March N', () => {
    expect(fiscalYear(2025)).toMatchObject({ start: '2024-04-01', end: '2025-03-31' });
    expect(fiscalQuarter(2025, 3)).toMatchObject({ start: '2024-10-01', end: '2024-12-31' });
    expect(fiscalQuarter(2026, 2)).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
    expect(fiscalQuarter(2025, 4)).toMatchObject({ start: '2025-01-01', end: '2025-03-31' });
    expect(calQuarter(2025, 3)).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
  });
});

describe('matchTime: Japanese and Chinese', () => {
  const cases: Array<[string, [string, string]]> = [
    ['2025年7-9月期', ['2025-07-01', '2025-09-30']],
    ['2025年7～9月期', ['2025-07-01', '2025-09-30']],
    ['2024年7〜9月期決算', ['2024-07-01', '2024-09-30']],
    ['2025年第3四半期', ['2025-07-01', '2025-09-30']],
    ['2025年度第3四半期', ['2024-10-01', '2024-12-31']],
    ['2025会計年度第3四半期', ['2024-10-01', '2024-12-31']],
    ['2026财年第二季度', ['2025-07-01', '2025-09-30']],
    ['2025年第三季度', ['2025-07-01', '2025-09-30']],
    ['2025年9月30日を期末とする第2四半期', ['2025-07-01', '2025-09-30']],
    ['2024年9月30日に終了した四半期', ['2024-07-01', '2024-09-30']],
    ['截至2024年12月31日止三个月', ['2024-10-01', '2024-12-31']],
    ['2024年12月期', ['2024-10-01', '2024-12-31']],
    ['2024年12月四半期', ['2024-10-01', '2024-12-31']],
    ['2024年3月期', ['2023-04-01', '2024-03-31']],
    ['2025年6月の四半期', ['2025-04-01', '2025-06-30']],
    ['2025年上半期', ['2025-01-01', '2025-06-30']],
    ['2025年度上半期', ['2024-04-01', '2024-09-30']],
    ['2025年上半年', ['2025-01-01', '2025-06-30']],
    ['2025年度', ['2024-04-01', '2025-03-31']],
    ['2028年度', ['2027-04-01', '2028-03-31']],
    ['2025财年', ['2024-04-01', '2025-03-31']],
    ['2024年10月～2025年3月', ['2024-10-01', '2025-03-31']],
    ['2025年', ['2025-01-01', '2025-12-31']],
    ['2025 年のマクロ経済', ['2025-01-01', '2025-12-31']],
  ];
  for (const [s, p] of cases) it(s, () => expect(span(s)).toEqual(p));

  it('dates: kind date, period = that day or month', () => {
    expect(at('2025年2月24日')).toMatchObject({ kind: 'date', period: { start: '2025-02-24', end: '2025-02-24' } });
    expect(at('2025年2月に')).toMatchObject({ kind: 'date', period: { start: '2025-02-01', end: '2025-02-28' } });
    expect(at('2025-02-24')).toMatchObject({ kind: 'date', period: { start: '2025-02-24' } });
    expect(at('2025/2/24')).toMatchObject({ kind: 'date', period: { start: '2025-02-24' } });
    expect(at('2025年2月30日')?.period?.start).not.toBe('2025-02-30');
  });

  it('year-less dates wait for a year', () => {
    const m = at('2月24日、')!;
    expect(m.kind).toBe('date');
    expect(m.period).toBeUndefined();
    expect(withYear(m, 2025)).toMatchObject({ start: '2025-02-24', end: '2025-02-24' });
    expect(withYear(at('7-9月期')!, 2024)).toMatchObject({ start: '2024-07-01', end: '2024-09-30' });
  });

  it('relative periods', () => {
    expect(at('今後3年間で')).toMatchObject({ kind: 'period', rel: { type: 'next', months: 36 } });
    expect(at('今後三年間')).toMatchObject({ rel: { type: 'next', months: 36 } });
    expect(at('未来三年')).toMatchObject({ rel: { type: 'next', months: 36 } });
    expect(at('過去10年間')).toMatchObject({ rel: { type: 'past', months: 120 } });
    expect(at('過去6ヶ月間で')).toMatchObject({ rel: { type: 'past', months: 6 } });
    expect(at('今年')).toMatchObject({ rel: { type: 'year', offset: 0 } });
    expect(at('昨年')).toMatchObject({ rel: { type: 'year', offset: -1 } });
    expect(at('今四半期')).toMatchObject({ rel: { type: 'quarter' } });
    // 前年同期比 is a growth basis, not "last year"
    expect(at('前年同期比')).toBeNull();
    expect(at('3年')).toBeNull();
  });
});

describe('matchTime: English', () => {
  const cases: Array<[string, [string, string]]> = [
    ['FY2025 Q3', ['2024-10-01', '2024-12-31']],
    ['FY25 Q3', ['2024-10-01', '2024-12-31']],
    ['fiscal 2025', ['2024-04-01', '2025-03-31']],
    ['Q3 FY2025', ['2024-10-01', '2024-12-31']],
    ['Q3 2025', ['2025-07-01', '2025-09-30']],
    ['3Q25', ['2025-07-01', '2025-09-30']],
    ['the quarter ended September 30, 2025', ['2025-07-01', '2025-09-30']],
    ['three months ended 31 December 2024', ['2024-10-01', '2024-12-31']],
    ['December quarter 2024', ['2024-10-01', '2024-12-31']],
    ['the September 2024 quarter', ['2024-07-01', '2024-09-30']],
    ['H1 2025', ['2025-01-01', '2025-06-30']],
    ['the first half of 2025', ['2025-01-01', '2025-06-30']],
    ['Feb 24, 2025', ['2025-02-24', '2025-02-24']],
    ['24 February 2025', ['2025-02-24', '2025-02-24']],
    ['March 2025', ['2025-03-01', '2025-03-31']],
  ];
  for (const [s, p] of cases) it(s, () => expect(span(s)).toEqual(p));

  it('names are not periods', () => {
    expect(at('H100 GPUs')).toBeNull();
    expect(at('Q3-Max')?.period).toBeUndefined();
  });

  it('over the next three years is relative', () => {
    expect(at('the next three years')).toMatchObject({ rel: { type: 'next', months: 36 } });
  });
});

describe('resolveRelative and comparisons', () => {
  it('resolves against the article date', () => {
    expect(resolveRelative({ type: 'next', months: 36 }, '2025-02-24')).toMatchObject({ start: '2025-02-24', end: '2028-02-23' });
    expect(resolveRelative({ type: 'year', offset: -1 }, '2025-02-25')).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(resolveRelative({ type: 'past', months: 6 }, '2024-11-15')).toMatchObject({ start: '2024-05-15', end: '2024-11-15' });
    expect(resolveRelative({ type: 'next', months: 36 }, undefined)).toBeUndefined();
  });
  it('same period and overlap', () => {
    expect(samePeriod(fiscalQuarter(2025, 2), calQuarter(2024, 3))).toBe(true);
    expect(samePeriod(fiscalQuarter(2026, 2), calQuarter(2024, 3))).toBe(false);
    expect(overlapDays(fiscalYear(2025), calQuarter(2024, 4))).toBe(92);
  });
});
