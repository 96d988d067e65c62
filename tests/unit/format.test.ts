import { describe, expect, it } from 'vitest';
import {
  enAmount,
  formatConverted,
  formatCount,
  formatDate,
  formatFigureValue,
  formatMoney,
  formatPeriod,
  formatRate,
  formatValue,
  groupDigits,
  jaAmount,
  jaExact,
} from '../../utils/ui/format';
import { chromeMessages, resolveUiLang, t, MANIFEST_KEYS } from '../../utils/i18n';
import { en } from '../../utils/i18n/en';
import { ja } from '../../utils/i18n/ja';
import type { AnalysisResult, Figure } from '../../utils/analysis/types';
import type { Fact } from '../../utils/analysis/kb/types';
import { buildTimeline } from '../../utils/ui/timeline';

function fig(p: Partial<Figure>): Figure {
  return { start: 0, end: 1, surface: 'x', kind: 'money', value: 0, unit: 'CNY', ...p };
}

describe('money', () => {
  it('380000000000 CNY → 3,800億元 (ja) and CNY 380.0bn (en)', () => {
    expect(formatMoney(380_000_000_000, 'CNY', 'ja')).toBe('3,800億元');
    expect(formatMoney(380_000_000_000, 'CNY', 'en')).toBe('CNY 380.0bn');
  });
  it('uses 兆 and 億 together and keeps about four significant digits', () => {
    expect(formatMoney(7_980_000_000_000, 'JPY', 'ja')).toBe('7兆9,800億円');
    expect(formatMoney(8_000_000_000_000, 'JPY', 'ja')).toBe('8兆円');
    expect(formatMoney(53_400_000_000, 'USD', 'ja')).toBe('534億ドル');
    expect(formatMoney(5_340_000_000, 'USD', 'ja')).toBe('53億4,000万ドル');
    expect(formatMoney(534_200_000, 'USD', 'ja')).toBe('5億3,420万ドル');
    expect(formatMoney(1600, 'JPY', 'ja')).toBe('1,600円');
    expect(formatMoney(12_023_000_000, 'HKD', 'ja')).toBe('120億2,000万香港ドル');
  });
  it('carries when rounding reaches the next unit', () => {
    expect(jaAmount(999_999_990_000)).toBe('1兆');
    expect(jaAmount(1_999_990_000_000)).toBe('2兆');
  });
  it('English short scales', () => {
    expect(formatMoney(53_370_000_000, 'USD', 'en')).toBe('USD 53.4bn');
    expect(formatMoney(7_900_000_000_000, 'JPY', 'en')).toBe('JPY 7.9tn');
    expect(formatMoney(1_234_500_000_000, 'CNY', 'en')).toBe('CNY 1.2tn');
    expect(formatMoney(815_000_000, 'USD', 'en')).toBe('USD 815.0m');
    expect(enAmount(1600)).toBe('1,600');
    expect(enAmount(2678.05)).toBe('2,678');
    expect(enAmount(138.5)).toBe('138.5');
    expect(jaAmount(2678.05)).toBe('2,678');
    expect(enAmount(-2_500_000_000)).toBe('-2.5bn');
  });
  it('groups digits', () => {
    expect(groupDigits(1234567.891)).toBe('1,234,567.89');
    expect(groupDigits(-1000)).toBe('-1,000');
  });
});

describe('figures in the reader currency', () => {
  const f = fig({
    surface: '3,800億元',
    value: 380e9,
    unit: 'CNY',
    approx: 'over',
    converted: { CNY: 380e9, USD: 53.38e9, JPY: 7.9e12, rateDate: '2025-09-30' },
  });
  it('converted value in each currency', () => {
    expect(formatConverted(f, 'JPY', 'ja')).toBe('約7兆9,000億円');
    expect(formatConverted(f, 'USD', 'en')).toBe('≈USD 53.4bn');
    // Already in that currency: no "about".
    expect(formatConverted(f, 'CNY', 'ja')).toBe('3,800億元');
  });
  it('nothing for non-money figures or when no conversion exists', () => {
    expect(formatConverted(fig({ kind: 'percent', value: 63, unit: 'percent' }), 'JPY', 'ja')).toBe('');
    expect(formatConverted(fig({ value: 1 }), 'JPY', 'ja')).toBe('');
  });
  it('figure value with qualifiers, changes and bases', () => {
    expect(formatFigureValue(f, 'ja')).toBe('3,800億元超');
    expect(formatFigureValue(f, 'en')).toBe('>CNY 380bn');
    const pct = fig({ kind: 'percent', value: 63, unit: 'percent', change: 'increase', basis: 'yoy' });
    expect(formatFigureValue(pct, 'ja')).toBe('63%増（前年同期比）');
    expect(formatFigureValue(pct, 'en')).toBe('+63% YoY');
    // values are signed: the change word carries the sign once
    const down = fig({ kind: 'percent', value: -9, unit: 'percent', change: 'decrease' });
    expect(formatFigureValue(down, 'ja')).toBe('9%減');
    expect(formatFigureValue(down, 'en')).toBe('−9%');
    expect(formatFigureValue(fig({ kind: 'percent', value: -3.4, unit: 'percent' }), 'en')).toBe('-3.4%');
    expect(formatFigureValue(fig({ kind: 'rate', value: 20, unit: 'JPY/CNY' }), 'en')).toBe('CNY 1 = JPY 20');
    expect(formatFigureValue(fig({ kind: 'count', value: 1e12, unit: 'params' }), 'ja')).toBe('1兆パラメータ');
    expect(formatFigureValue(fig({ kind: 'count', value: 1e12, unit: 'params' }), 'en')).toBe('1tn params');
    expect(formatFigureValue(fig({ value: 5e9, valueMax: 72e9, unit: 'CNY' }), 'ja')).toBe('50億元〜720億元');
  });
  it('an amount the article or the KB states is never rounded into another number', () => {
    // 528億4300万元 next to "記事:" must not read 528億4,000万元.
    expect(formatFigureValue(fig({ value: 52_843_000_000, unit: 'CNY' }), 'ja')).toBe('528億4,300万元');
    expect(formatFigureValue(fig({ value: 52_843_000_000, unit: 'CNY' }), 'en')).toBe('CNY 52.843bn');
    expect(formatFigureValue(fig({ value: 247_795_000_000, unit: 'CNY' }), 'ja')).toBe('2,477億9,500万元');
    expect(jaExact(7_980_000_000_000)).toBe('7兆9,800億');
    expect(jaExact(12_345.6)).toBe('1万2,345.6');
    expect(enAmount(12_345_678_901.23, true)).toBe('12,345,678,901.23');
    // Conversions stay rounded, and say so.
    expect(formatMoney(52_843_000_000, 'CNY', 'ja')).toBe('528億4,000万元');
  });
  it('a stated exchange rate reads as a rate, not a percentage', () => {
    const rate = fig({ kind: 'rate', surface: '1元=約21円', value: 21, unit: 'JPY/CNY', approx: 'about' }); // QUOTE/BASE
    expect(formatFigureValue(rate, 'ja')).toBe('1元=約21円');
    expect(formatFigureValue(rate, 'en')).toBe('CNY 1 ≈ JPY 21');
    expect(formatRate(150.25, 'USD', 'JPY', 'ja')).toBe('1ドル=150.25円');
  });
  it('KB values by unit', () => {
    expect(formatValue(236_503_000_000, 'CNY', 'ja')).toBe('2,365億300万元');
    expect(formatValue(35.8, 'percent', 'en')).toBe('35.8%');
    expect(formatValue(90000, 'models', 'ja')).toBe('9万モデル');
  });
});

describe('dates and periods', () => {
  it('quarters, months, years and day ranges', () => {
    expect(formatPeriod({ start: '2025-07-01', end: '2025-09-30' }, 'ja')).toBe('2025年7-9月期');
    expect(formatPeriod({ start: '2025-07-01', end: '2025-09-30' }, 'en')).toBe('Jul–Sep 2025');
    expect(formatPeriod({ start: '2024-01-01', end: '2024-12-31' }, 'ja')).toBe('2024年');
    expect(formatPeriod({ start: '2024-04-01', end: '2025-03-31' }, 'ja')).toBe('2024年4月〜2025年3月');
    expect(formatPeriod({ start: '2025-02-24', end: '2028-02-23' }, 'en')).toBe('24 Feb 2025 – 23 Feb 2028');
    expect(formatPeriod({ start: '2025-09-01', end: '2025-09-30' }, 'ja')).toBe('2025年9月');
  });
  it('dates from ISO strings and epoch ms', () => {
    expect(formatDate('2025-02-24', 'ja')).toBe('2025年2月24日');
    expect(formatDate('2025-02', 'en')).toBe('Feb 2025');
    expect(formatDate(Date.UTC(2025, 8, 24), 'en')).toBe('24 Sep 2025');
  });
  it('counts with units', () => {
    expect(formatCount(300e6, 'users', 'ja')).toBe('3億ユーザー');
    expect(formatCount(10e6, 'downloads', 'en')).toBe('10m downloads');
    expect(formatCount(10.5e6, 'downloads', 'en', false)).toBe('10.5m downloads');
  });
});

describe('UI language', () => {
  const placeholders = (m: string) => [...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
  it('ja has every en key (also a compile error), with the same placeholders, and no empty message', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(ja)) {
      expect(v, k).not.toBe('');
      expect(placeholders(v), k).toEqual(placeholders(en[k as keyof typeof en]));
    }
  });
  it('t() fills named placeholders; unknown names stay visible', () => {
    expect(t('ja', 'panel.flags')).toBe('知識ベースと食い違う数値');
    expect(t('en', 'col.converted', { currency: 'JPY' })).toBe('In JPY');
    expect(t('ja', 'col.converted', { currency: 'JPY' })).toBe('JPY換算');
    expect(t('en', 'col.converted', { other: 1 })).toBe('In {currency}');
  });
  it('the setting overrides the browser language', () => {
    expect(resolveUiLang('en', 'ja')).toBe('en');
    expect(resolveUiLang('ja', 'en-US')).toBe('ja');
    expect(resolveUiLang('auto', 'ja-JP')).toBe('ja');
    expect(resolveUiLang('auto', 'de')).toBe('en');
    expect(resolveUiLang('auto', undefined)).toBe('en');
  });
  it('the manifest strings (_locales) come from the same catalog', () => {
    expect(Object.keys(chromeMessages('ja')).sort()).toEqual(MANIFEST_KEYS.map((k) => k.replaceAll('.', '_')).sort());
    expect(chromeMessages('ja').app_name).toEqual({ message: ja['app.name'] });
    expect(chromeMessages('en').cmd_next).toEqual({ message: en['cmd.next'] });
  });
});

describe('timeline', () => {
  const fact = (id: string, metric: string, asOf: string) =>
    ({ id, subject: 'alibaba', metric, value: 1, unit: 'CNY', asOf, source: 'S1', status: 'verified' }) as Fact;
  const result: AnalysisResult = {
    relevant: true,
    score: 1,
    reasons: [],
    entities: [],
    figures: [
      fig({ start: 5, surface: '3,800億元', subject: 'alibaba', metric: 'investment_plan', check: { status: 'consistent', factId: 'plan' } }),
      fig({
        start: 9,
        surface: '2025年7-9月期',
        kind: 'period',
        value: Date.UTC(2025, 6, 1),
        unit: 'period',
        period: { start: '2025-07-01', end: '2025-09-30' },
      }),
      fig({ start: 1, surface: '2月24日', kind: 'date', value: Date.UTC(2025, 1, 24), unit: 'date' }),
    ],
  };
  it('article dates and the KB facts the article touches, oldest first', () => {
    const items = buildTimeline(result, [
      fact('rev', 'revenue', '2025-11-25'),
      fact('plan2', 'investment_plan', '2026-01-10'),
      fact('plan', 'investment_plan', '2025-02-24'),
    ]);
    expect(items.map((i) => [i.date, i.origin, i.factId ?? i.label])).toEqual([
      ['2025-02-24', 'text', '2月24日'],
      ['2025-02-24', 'kb', 'plan'],
      ['2025-07-01', 'text', '2025年7-9月期'],
      ['2026-01-10', 'kb', 'plan2'],
    ]);
  });
  it('caps unchecked facts but keeps checked ones', () => {
    const many = Array.from({ length: 30 }, (_, i) => fact('p' + i, 'investment_plan', `2024-01-${String(i + 1).padStart(2, '0')}`));
    const items = buildTimeline(result, [...many, fact('plan', 'investment_plan', '2025-02-24')], 5);
    expect(items.filter((i) => i.origin === 'kb').map((i) => i.factId)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'plan']);
  });
});
