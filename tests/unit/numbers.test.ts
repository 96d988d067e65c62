import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstNumber, parseNumber, scanNumber } from '../../utils/analysis/figures/numbers';

describe('parseNumber', () => {
  const cases: Array<[string, number]> = [
    ['3800', 3800],
    ['３，８００', 3800],
    ['3,800', 3800],
    ['0.6', 0.6],
    ['1.5兆', 1.5e12],
    ['1.2兆', 1.2e12],
    ['3,800億', 380e9],
    ['3800亿', 380e9],
    ['３８００億', 380e9],
    ['3、800億', 380e9],
    ['8千億', 800e9],
    ['三千八百億', 380e9],
    ['二十億', 2e9],
    ['一兆', 1e12],
    ['十', 10],
    ['二〇二五', 2025],
    ['2,365億300万', 236_503_000_000],
    ['2365億300万', 236_503_000_000],
    ['7兆9,800億', 7_980_000_000_000],
    ['2801億5000万', 280_150_000_000],
    ['435億4,700万', 43_547_000_000],
    ['2365.03亿', 236_503_000_000],
    ['1.2万亿', 1.2e12],
    ['1万5000', 15000],
    ['一千万', 1e7],
    ['380 billion', 380e9],
    ['53bn', 53e9],
    ['3.2 billion', 3.2e9],
    ['1.2 trillion', 1.2e12],
    ['236.5 million', 236.5e6],
    ['72B', 72e9],
    ['0.5b', 0.5e9],
    ['380 bln', 380e9],
  ];
  for (const [s, v] of cases) it(`${s} → ${v}`, () => expect(parseNumber(s)).toBe(v));

  it('rejects what is not a whole numeral', () => {
    for (const s of ['', ' ', '億', '億億億', 'abc', '3,800億元', '1億億', '12a', 'US$3', '100、200']) expect(parseNumber(s)).toBeNull();
  });

  it('handles 10,000-digit runs and big-unit chains without hanging or Infinity', () => {
    const huge = '9'.repeat(10_000);
    expect(parseNumber(huge)).toBeNull();
    const t = scanNumber(huge + '億元', 0)!;
    expect(t.end).toBe(10_001); // the run and its 億, consumed as one unusable numeral a caller can skip
    expect(Number.isNaN(t.value)).toBe(true);
    expect(parseNumber('1' + ',000'.repeat(3000))).toBeNull();
    expect(scanNumber('億'.repeat(50_000), 0)).toBeNull();
    expect(scanNumber('1' + '億'.repeat(50_000), 0)!.value).toBe(1e8);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789,.、，億万兆千百十一二三四五六七八九〇bnmtk %元'.split('')), maxLength: 60 }), (s) => {
        const v = parseNumber(s);
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        for (let i = 0; i < s.length; i++) scanNumber(s, i);
      }),
      { numRuns: 300 },
    );
  });
});

describe('written precision', () => {
  const p = (s: string) => {
    const t = firstNumber(s)!;
    return [t.place, t.sig];
  };
  it('is the place of the last non-zero digit written', () => {
    expect(p('3,800億元')).toEqual([1e10, 2]);
    expect(p('2,365億300万人民元')).toEqual([1e6, 6]);
    expect(p('2801億5000万元')).toEqual([1e7, 5]);
    expect(p('約530億ドル')).toEqual([1e9, 2]);
    expect(p('236.5 billion')).toEqual([1e8, 4]);
    expect(p('63%増')).toEqual([1, 2]);
    expect(p('0.6%')).toEqual([0.1, 1]);
    expect(p('三千八百億元')).toEqual([1e10, 2]);
  });
});
