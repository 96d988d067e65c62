// Number forms, one test per shape (own sentences): the middle-dot decimal written in kanji
// (Japanese newspapers: 二・五%, 一・二兆円) and English number words before a percentage.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../utils/analysis/text/normalize';
import { extractFigures } from '../../utils/analysis/figures/extract';
import { scanNumber } from '../../utils/analysis/figures/numbers';

const figs = (text: string) => extractFigures(normalize(text), text).map((f) => [f.surface, f.value, f.unit]);

describe('a kanji middle-dot decimal', () => {
  it('before a percent sign, a point word or a big unit', () => {
    expect(figs('出荷額は前年比三・四％減の二・一兆円、シェアは〇・六ポイント上昇した。')).toEqual([
      ['三・四％減', -3.4, 'percent'],
      ['二・一兆円', 2.1e12, 'JPY'],
      ['〇・六ポイント上昇', 0.6, 'pt'],
    ]);
  });
  it('positional digits before the dot (一〇・五%)', () => {
    expect(scanNumber('一〇・五%', 0)?.value).toBe(10.5);
  });
  it('a zero before the dot is always a decimal', () => {
    expect(scanNumber('〇・〇五ミリ', 0)?.value).toBe(0.05);
  });
  it('a list of months or a date name is not a decimal', () => {
    expect(scanNumber('一・二月期', 0)).toMatchObject({ value: 1, end: 1 });
    expect(scanNumber('二・二六事件', 0)).toMatchObject({ value: 2, end: 1 });
    expect(scanNumber('三・四人', 0)).toMatchObject({ value: 3, end: 1 });
    expect(scanNumber('三百・四百メートル', 0)).toMatchObject({ value: 300, end: 2 });
  });
  it('with no unit after it, where a list or a date cannot be meant', () => {
    expect(scanNumber('平均は六・〇二だった', 3)?.value).toBe(6.02); // a leading 〇
    expect(scanNumber('比率は一・二五八', 3)?.value).toBe(1.258); // three digits or more
    expect(scanNumber('指数は四百・八五で', 3)?.value).toBe(400.85); // after 百 / 千
    expect(scanNumber('四百・八月', 0)).toMatchObject({ value: 400, end: 2 });
  });
});

describe('English number words before a percentage', () => {
  const cases: Array<[string, number, string | undefined]> = [
    ['Sales were up four percent from a year earlier.', 4, 'increase'],
    ['Profit fell thirty-two per cent in the period.', -32, 'decrease'],
    ['The fund holds eleven percent of the company.', 11, undefined],
  ];
  for (const [text, value, change] of cases)
    it(text, () => {
      const f = extractFigures(normalize(text), text).find((x) => x.kind === 'percent');
      expect([f?.value, f?.change]).toEqual([value, change]);
    });
  it('not inside a word, and not a percentage point', () => {
    expect(figs('Someone spent ten percentage points more.')).toEqual([]);
    expect(figs('It rose by someone percent.')).toEqual([]);
  });
});
