import { describe, expect, it } from 'vitest';
import { PreparedKb } from '../../utils/analysis/prepared-kb';
import type { FxRate, KbBundle } from '../../utils/analysis/kb/types';
import { conversionPairs, convertFigures, convertMoney, rateAt } from '../../utils/analysis/figures/convert';
import { extractFigures } from '../../utils/analysis/figures/extract';
import { normalize } from '../../utils/analysis/text/normalize';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const fx = (base: FxRate['base'], quote: FxRate['quote'], rate: number, date: string, kind?: FxRate['kind']): FxRate => ({
  id: `${base}${quote}-${date}`.toLowerCase(),
  base,
  quote,
  rate,
  date,
  source: 'S',
  status: 'verified',
  ...(kind ? { kind } : {}),
});
const kbWith = (rates: FxRate[]) =>
  new PreparedKb({ version: 't', builtAt: '', entities: [], facts: [], relations: [], sources: [], fx: rates, errors: [] } as KbBundle);

// month averages as in kb/fx/h10-monthly.jsonl (H.10: Feb 2025 USD/CNY 7.2734, USD/JPY 151.9; Sept 2025 7.1)
const M = (quote: FxRate['quote'], rate: number, month: string) => fx('USD', quote, rate, `${month}-01`, 'month-average');
const KB = kbWith([
  M('CNY', 7.2734, '2025-02'),
  M('JPY', 151.9, '2025-02'),
  M('HKD', 7.78, '2025-02'),
  M('CNY', 7.13, '2025-09'),
  M('JPY', 147.5, '2025-09'),
  M('HKD', 7.79, '2025-09'),
  M('CNY', 6.9, '2019-11'),
  M('JPY', 108.9, '2019-11'),
  fx('CNY', 'JPY', 21, '2025-03-03', 'stated'), // a page's own rate: never converts
]);

describe('rateAt / convertMoney', () => {
  it("uses the month's average, the nearest month the KB has, and the latest without a date", () => {
    expect(rateAt(KB, 'USD', 'CNY', '2025-02-24')).toMatchObject({ rate: 7.2734, month: '2025-02', exact: true, ids: ['usdcny-2025-02-01'] });
    expect(rateAt(KB, 'USD', 'CNY', '2025-08-01')).toMatchObject({ rate: 7.13, month: '2025-09', exact: false });
    expect(rateAt(KB, 'USD', 'CNY', '2026-05-01')).toMatchObject({ rate: 7.13, month: '2025-09', exact: false });
    expect(rateAt(KB, 'USD', 'CNY')).toMatchObject({ rate: 7.13, exact: false });
    expect(rateAt(KB, 'CNY', 'USD', '2025-02-24')!.rate).toBeCloseTo(1 / 7.2734, 10);
  });

  it('derives cross rates from the two dollar rates of the same month', () => {
    const r = rateAt(KB, 'CNY', 'JPY', '2025-02-25')!;
    expect(r.rate).toBeCloseTo(151.9 / 7.2734, 8);
    expect(r.ids).toEqual(['usdcny-2025-02-01', 'usdjpy-2025-02-01']);
    expect(rateAt(KB, 'CNY', 'JPY', '2019-11-11')!.rate).toBeCloseTo(108.9 / 6.9, 8); // a 2019 article at 2019 rates
    expect(rateAt(KB, 'HKD', 'CNY', '2025-09-30')!.rate).toBeCloseTo(7.13 / 7.79, 8);
  });

  it('never converts at a stated rate', () => {
    expect(rateAt(kbWith([fx('CNY', 'JPY', 21, '2025-03-03', 'stated')]), 'CNY', 'JPY', '2025-03-03')).toBeUndefined();
  });

  it('converts 3,800億元 into USD and JPY at the month of its date, and says which', () => {
    const c = convertMoney(380e9, 'CNY', KB, '2025-02-24')!;
    expect(c.CNY).toBe(380e9);
    expect(c.USD / 1e9).toBeCloseTo(380 / 7.2734, 3);
    expect(c.JPY / 1e12).toBeCloseTo(0.38 * (151.9 / 7.2734), 3);
    expect(c).toMatchObject({ rateDate: '2025-02', rateBasis: 'figure' });
  });

  it('returns undefined for unknown currencies or no FX data', () => {
    expect(convertMoney(1, 'TWD', KB)).toBeUndefined();
    expect(convertMoney(1, 'CNY', kbWith([]))).toBeUndefined();
    expect(convertMoney(NaN, 'CNY', KB)).toBeUndefined();
  });
});

describe('convertFigures', () => {
  const figures = (text: string) => extractFigures(normalize(text), text);
  it("converts at the figure's own period, else at the article's month", () => {
    const figs = figures('2025年7～9月期の売上高は2477億9500万元、純利益は前年同期比53%減。');
    const money = figs.find((f) => f.kind === 'money')!;
    money.period = { start: '2025-07-01', end: '2025-09-30' };
    money.via = { period: 'sentence' };
    convertFigures(figs, KB, '2019-11-11');
    expect(money.converted!.USD / 1e9).toBeCloseTo(247.795 / 7.13, 3);
    expect(money.converted).toMatchObject({ rateDate: '2025-09', rateBasis: 'figure' });
    expect(figs.filter((f) => f.kind !== 'money').every((f) => f.converted === undefined)).toBe(true);
    const bare = figures('売上高は1190億元だった。').find((f) => f.kind === 'money')!;
    convertFigures([bare], KB, '2019-11-11');
    expect(bare.converted).toMatchObject({ rateDate: '2019-11', rateBasis: 'article' });
    expect(bare.converted!.JPY / 1e12).toBeCloseTo(0.119 * (108.9 / 6.9), 4);
  });

  it('works with the real KB: H.10 months from 2015 to the latest, cross rates derived', () => {
    const kb = loadKbIndex();
    const c = convertMoney(380e9, 'CNY', kb, '2025-02-24')!;
    expect(c.rateDate).toBe('2025-02');
    expect(c.USD / 1e9).toBeCloseTo(380 / 7.2734, 2); // H.10, Feb 2025: 7.2734 yuan per dollar
    expect(c.JPY / 1e12).toBeGreaterThan(7.7);
    expect(c.JPY / 1e12).toBeLessThan(8.1);
    expect(rateAt(kb, 'CNY', 'JPY', '2015-01-15')!.month).toBe('2015-01');
    for (const cur of ['CNY', 'JPY', 'HKD', 'EUR', 'GBP', 'TWD', 'AUD', 'CAD', 'SGD', 'KRW'])
      expect(rateAt(kb, 'USD', cur, '2020-06-15'), cur).toMatchObject({ month: '2020-06', exact: true });
  });
});

describe('conversionPairs', () => {
  const pairs = (text: string) => {
    const figs = extractFigures(normalize(text), text);
    return [...conversionPairs(figs, text)].map(([b, a]) => [figs[a]!.surface, figs[b]!.surface]);
  };
  it('finds parentheses, つまり and chains', () => {
    expect(pairs('3800億元(約7.8兆円)を投じる')).toEqual([['3800億元', '約7.8兆円']]);
    expect(pairs('3,800億元、つまり約530億ドルもの巨額')).toEqual([['3,800億元', '約530億ドル']]);
    expect(pairs('revenue of RMB236.5 billion (US$33.7 billion)')).toEqual([['RMB236.5 billion', 'US$33.7 billion']]);
    expect(pairs('3,800億元(約530億ドル、約7.8兆円)')).toEqual([
      ['3,800億元', '約530億ドル'],
      ['3,800億元', '約7.8兆円'],
    ]);
    expect(pairs('营收为人民币2365.03亿元，约合324亿美元。')).toEqual([['人民币2365.03亿元', '约合324亿美元']]);
  });
  it('ignores amounts that are not conversions', () => {
    expect(pairs('売上高は2,365億元、純利益は435億元')).toEqual([]);
    expect(pairs('2,365億元(前年同期は2,250億元)')).toEqual([]);
    expect(pairs('目標株価を117ドルから160ドルに')).toEqual([]);
    expect(pairs('3800億元(1元は約20.7円)')).toEqual([]);
  });
});
