// Lists, ranges and the words between amounts, one test per shape (own sentences): a change word
// shared forward along a list (下跌5%和8%, cuts of 10%, 8% and 6%), a verb with its object before
// "by", base-form verbs (to decline by), "between X and Y", a change word that belongs to the next
// amount (比X减少Y), and spaces a page put after a grouping comma or a decimal point.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../utils/analysis/text/normalize';
import { extractFigures } from '../../utils/analysis/figures/extract';

const got = (text: string) =>
  extractFigures(normalize(text), text)
    .filter((f) => f.kind === 'money' || f.kind === 'percent')
    .map((f) => (f.valueMax !== undefined ? [f.value, f.valueMax, f.unit] : [f.value, f.unit]));

describe('a change word shared along a list', () => {
  it('Chinese: 分别下跌X和Y', () =>
    expect(got('两家公司销量同比分别下跌5.5%和8%。')).toEqual([
      [-5.5, 'percent'],
      [-8, 'percent'],
    ]));
  it('English: "cuts of X, Y and Z"', () =>
    expect(got('Analysts see cuts of 10 percent, 8 percent and 6 percent.')).toEqual([
      [-10, 'percent'],
      [-8, 'percent'],
      [-6, 'percent'],
    ]));
  it('English: a verb, then items of the form "<subject> by N percent"', () =>
    expect(got('Makers will cut output by 9 percent, smaller rivals by 4.5 percent and importers by 2 percent.')).toEqual([
      [-9, 'percent'],
      [-4.5, 'percent'],
      [-2, 'percent'],
    ]));
  it('a list whose items have their own words keeps them', () =>
    expect(got('收入增长5%，利润率为8%。')).toEqual([
      [5, 'percent'],
      [8, 'percent'],
    ]));
});

describe('verbs before a percentage', () => {
  const cases: Array<[string, number]> = [
    ['The firm will slash its 2021 budget by 15 percent.', -15],
    ['They plan to cut headcount by an average 7%.', -7],
    ['The board voted to raise the dividend by 4%.', 4],
    ['Spending is expected to decline by 9%.', -9],
    ['Shipments could dip 3 per cent this year.', -3],
  ];
  for (const [text, value] of cases) it(text, () => expect(got(text)[0]).toEqual([value, 'percent']));
});

describe('ranges', () => {
  it('"between $X and $Y billion" and "between $X billion and $Y billion"', () => {
    expect(got('Capex will be between $6.1 and $6.6 billion.')).toEqual([[6.1e9, 6.6e9, 'USD']]);
    expect(got('It expects between $3 billion and $3.5 billion in sales.')).toEqual([[3e9, 3.5e9, 'USD']]);
  });
  it('"between X% and Y%", "between X percent and Y percent"', () => {
    expect(got('Rates stay between 3.5% and 3.75%.')).toEqual([[3.5, 3.75, 'percent']]);
    expect(got('Growth of between 6 percent and 8 percent is expected.')).toEqual([[6, 8, 'percent']]);
  });
  it('Chinese neighbouring digits: 二三十亿元 (20 to 30亿), 下降三四成 (30 to 40%)', () => {
    const zh = (t: string) =>
      extractFigures(normalize(t), t, undefined, 'zh')
        .filter((f) => f.kind === 'money' || f.kind === 'percent')
        .map((f) => [f.value, f.valueMax, f.unit]);
    expect(zh('项目计划投入四五十亿元。')).toEqual([[4e9, 5e9, 'CNY']]);
    expect(zh('利润同比下降三四成。')).toEqual([[-40, -30, 'percent']]);
    expect(zh('一二月份销售额为8亿元，第二三季度持平。')).toEqual([[8e8, undefined, 'CNY']]);
  });
  it('"and" without "between" joins no range', () => {
    expect(got('Sales were $3 billion and $4 billion.')).toEqual([
      [3e9, 'USD'],
      [4e9, 'USD'],
    ]);
  });
});

describe('a change word between two amounts', () => {
  it('比X减少Y: the decrease is the second amount', () => {
    expect(got('实际支出比预算的5亿元减少8000万元。')).toEqual([
      [5e8, 'CNY'],
      [-8e7, 'CNY'],
    ]);
  });
  it("X减少 at a clause end stays the amount's", () => {
    expect(got('利润较上年同期2亿元减少。')).toEqual([[-2e8, 'CNY']]);
  });
});

describe('spaces a page put inside a numeral', () => {
  it('after a grouping comma, before a big unit', () => expect(got('投資額は総額2, 500億ドルに達した。')).toEqual([[2.5e11, 'USD']]));
  it('after a decimal point of a short percentage in CJK text', () => expect(got('增速从最初的4. 2%下调至3.6%。')[0]).toEqual([4.2, 'percent']));
  it('not in a list of numbers, nor after an English sentence end', () => {
    expect(got('Items 1, 200 and 3 were sold for $5.')).toEqual([[5, 'USD']]);
    expect(got('It ended in 2015. 8% of firms agreed.')).toEqual([[8, 'percent']]);
  });
});
