import { describe, expect, it } from 'vitest';
import { PreparedKb } from '../../utils/analysis/prepared-kb';
import type { FxRate, KbBundle } from '../../utils/analysis/kb/types';
import { conversionPairs, convertFigures, convertMoney, rateAt } from '../../utils/analysis/figures/convert';
import { extractFigures } from '../../utils/analysis/figures/extract';
import { normalize } from '../../utils/analysis/text/normalize';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const fx = (base: FxRate['base'], quote: FxRate['quote'], rate: number, date: string): FxRate => ({
  id: `${base}${quote}-${date}`.toLowerCase(), base, quote, rate, date, source: 'S', status: 'verified',
});
const kbWith = (rates: FxRate[]) =>
  new PreparedKb({ version: 't', builtAt: '', entities: [], facts: [], relations: [], sources: [], fx: rates, errors: [] } as KbBundle);

const KB = kbWith([
  fx('USD', 'CNY', 7.17, '2025-02-24'),
  fx('USD', 'JPY', 150.63, '2025-02-28'),
  fx('USD', 'CNY', 7.1189, '2025-09-30'),
  fx('USD', 'JPY', 147.9, '2025-09-30'),
  fx('USD', 'HKD', 7.7901, '2025-09-11'),
]);

describe('rateAt / convertMoney', () => {
  it('uses the record nearest in date, and the latest without a date', () => {
    expect(rateAt(KB, 'USD', 'CNY', '2025-03-01')).toEqual({ rate: 7.17, date: '2025-02-24' });
    expect(rateAt(KB, 'USD', 'CNY', '2025-08-01')).toEqual({ rate: 7.1189, date: '2025-09-30' });
    expect(rateAt(KB, 'USD', 'CNY')!.rate).toBe(7.1189);
    expect(rateAt(KB, 'CNY', 'USD', '2025-02-24')!.rate).toBeCloseTo(1 / 7.17, 10);
  });

  it('crosses through USD', () => {
    const r = rateAt(KB, 'CNY', 'JPY', '2025-02-25')!;
    expect(r.rate).toBeCloseTo(150.63 / 7.17, 8);
    expect(r.date).toBe('2025-02-28'); // the record farthest from the date asked
    expect(rateAt(KB, 'HKD', 'CNY', '2025-09-30')!.rate).toBeCloseTo(7.1189 / 7.7901, 8);
  });

  it('converts 3,800億元 into USD and JPY', () => {
    const c = convertMoney(380e9, 'CNY', KB, '2025-02-24')!;
    expect(c.CNY).toBe(380e9);
    expect(c.USD / 1e9).toBeCloseTo(53.0, 1);
    expect(c.JPY / 1e12).toBeCloseTo(7.98, 2);
    expect(c.rateDate).toBe('2025-02-28');
  });

  it('returns undefined for unknown currencies or no FX data', () => {
    expect(convertMoney(1, 'TWD', KB)).toBeUndefined();
    expect(convertMoney(1, 'CNY', kbWith([]))).toBeUndefined();
    expect(convertMoney(NaN, 'CNY', KB)).toBeUndefined();
  });
});

describe('convertFigures', () => {
  it('sets converted on money figures from their period end', () => {
    const text = '2025年7～9月期の売上高は2477億9500万元、純利益は前年同期比53%減。';
    const figs = extractFigures(normalize(text), text);
    const money = figs.find((f) => f.kind === 'money')!;
    money.period = { start: '2025-07-01', end: '2025-09-30' };
    convertFigures(figs, KB);
    expect(money.converted!.USD / 1e9).toBeCloseTo(247.795 / 7.1189, 3);
    expect(money.converted!.rateDate).toBe('2025-09-30');
    expect(figs.filter((f) => f.kind !== 'money').every((f) => f.converted === undefined)).toBe(true);
  });

  it('works with the real KB', () => {
    const kb = loadKbIndex();
    const c = convertMoney(380e9, 'CNY', kb, '2025-02-24')!;
    expect(c.USD / 1e9).toBeGreaterThan(50);
    expect(c.USD / 1e9).toBeLessThan(56);
    expect(c.JPY / 1e12).toBeGreaterThan(7.5);
    expect(c.JPY / 1e12).toBeLessThan(8.3);
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
    expect(pairs('3,800億元(約530億ドル、約7.8兆円)')).toEqual([['3,800億元', '約530億ドル'], ['3,800億元', '約7.8兆円']]);
    expect(pairs('营收为人民币2365.03亿元，约合324亿美元。')).toEqual([['人民币2365.03亿元', '约合324亿美元']]);
  });
  it('ignores amounts that are not conversions', () => {
    expect(pairs('売上高は2,365億元、純利益は435億元')).toEqual([]);
    expect(pairs('2,365億元(前年同期は2,250億元)')).toEqual([]);
    expect(pairs('目標株価を117ドルから160ドルに')).toEqual([]);
    expect(pairs('3800億元(1元は約20.7円)')).toEqual([]);
  });
});
