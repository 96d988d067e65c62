// Signs that come from the words around an amount, one test per shape (own sentences): a loss's
// conversion in brackets, the level a loss moved from, a loss written before a bare amount or right
// after 赤字, English change words after a percentage, Japanese change words 微増 / 急落.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../utils/analysis/text/normalize';
import { extractFigures } from '../../utils/analysis/figures/extract';

const money = (text: string, lang?: string) =>
  extractFigures(normalize(text), text, undefined, lang)
    .filter((f) => f.kind === 'money')
    .map((f) => [f.surface, f.value, f.unit]);
const percent = (text: string, lang?: string) => {
  const f = extractFigures(normalize(text), text, undefined, lang).find((x) => x.kind === 'percent');
  return f && [f.value, f.change];
};

describe("a loss's conversion in brackets is the same loss", () => {
  it('English: "a net loss of X yuan ($Y)"', () => {
    expect(money('The group booked a net loss of 4.2 billion yuan ($580 million) in the quarter.')).toEqual([
      ['4.2 billion yuan', -4.2e9, 'CNY'],
      ['$580 million', -580e6, 'USD'],
    ]);
  });
  it('Chinese: 净亏损X亿元（约Y亿新台币）', () => {
    expect(money('该公司季度淨虧損 45.6 億元 (約 200 億台幣)，遠遜預期。', 'zh')).toEqual([
      ['45.6 億元', -4.56e9, 'CNY'],
      ['約 200 億台幣', -2e10, 'TWD'],
    ]);
  });
  it('a decrease carries its change to the conversion', () => {
    const f = extractFigures(normalize('Revenue shed $2 billion (¥300 billion) this year.'), 'Revenue shed $2 billion (¥300 billion) this year.');
    expect(f.filter((x) => x.kind === 'money').map((x) => [x.value, x.change])).toEqual([
      [-2e9, 'decrease'],
      [-300e9, 'decrease'],
    ]);
  });
  it('a profit and a bracket of other words stay positive', () => {
    expect(money('Net income was 3 billion yuan ($410 million).')).toEqual([
      ['3 billion yuan', 3e9, 'CNY'],
      ['$410 million', 410e6, 'USD'],
    ]);
    expect(money('净亏损10亿元（上年同期为盈利5亿元）。', 'zh').map((x) => x[1])).toEqual([-1e9, 5e8]);
  });
});

describe('the level a loss moved from is a loss', () => {
  it('"net loss widened N times to X ... from Y"', () => {
    expect(money('Its net loss widened more than 3 times to CNY9.1 billion in the quarter, from CNY2.4 billion (USD330 million) a year ago.')).toEqual([
      ['CNY9.1 billion', -9.1e9, 'CNY'],
      ['CNY2.4 billion', -2.4e9, 'CNY'],
      ['USD330 million', -330e6, 'USD'],
    ]);
  });
  it('a decrease "to X from Y" keeps the earlier level positive', () => {
    expect(money('Revenue fell to $8 billion from $9 billion.')).toEqual([
      ['$8 billion', 8e9, 'USD'],
      ['$9 billion', 9e9, 'USD'],
    ]);
  });
});

describe('English loss wording', () => {
  it('"$X in losses", "losing $X"', () => {
    expect(money('The venture racked up $4 billion in losses.')).toEqual([['$4 billion in losses', -4e9, 'USD']]);
    expect(money('The unit is losing $800 million a year.')).toEqual([['$800 million', -800e6, 'USD']]);
  });
  it('"narrowed its net loss to X from Y": both are losses', () => {
    expect(money('The startup narrowed its net loss to $2.5 billion from $3 billion.')).toEqual([
      ['$2.5 billion', -2.5e9, 'USD'],
      ['$3 billion', -3e9, 'USD'],
    ]);
  });
  it('"a net loss totaling $X"', () => {
    expect(money('It reported a net loss totaling $700 million.')).toEqual([['$700 million', -700e6, 'USD']]);
  });
  it('a cost cut to a level is no loss', () => {
    expect(money('It cut costs to $3 billion.')).toEqual([['$3 billion', 3e9, 'USD']]);
  });
});

describe('loss words before an amount', () => {
  it('赤字 right before the amount (a headline)', () => {
    expect(money('大手電機、赤字1.2兆円 過去最悪', 'ja')).toEqual([['1.2兆円', -1.2e12, 'JPY']]);
    expect(money('黒字から赤字へ、売上高は3兆円だった。', 'ja')).toEqual([['3兆円', 3e12, 'JPY']]);
  });
  it('Chinese loss wording: 亏损额达, 亏损了, 减亏至', () => {
    expect(money('该业务亏损额达15亿元。', 'zh')).toEqual([['15亿元', -1.5e9, 'CNY']]);
    expect(money('去年公司亏损了4亿元。', 'zh')).toEqual([['4亿元', -4e8, 'CNY']]);
    expect(money('今年减亏至2亿元。', 'zh')).toEqual([['2亿元', -2e8, 'CNY']]);
  });
  it('a loss word, then the amount in brackets', () => {
    expect(money('当期純損失（3億ドル）を計上した。', 'ja')).toEqual([['3億ドル', -3e8, 'USD']]);
    expect(money('最終赤字（前年同期は80億円の黒字）', 'ja')).toEqual([['80億円', 8e9, 'JPY']]);
  });
  it('時価総額が…吹き飛んだ: a decrease', () => {
    expect(money('時価総額が2兆円吹き飛んだ。', 'ja')[0]![1]).toBe(-2e12);
  });
  it('亏损 before a bare amount: money in the article currency', () => {
    const got = money('公司收入80亿元。单季亏损超百亿，创上市以来纪录。', 'zh');
    expect(got[1]).toEqual(['超百亿', -1e10, 'CNY']);
  });
});

describe('change words after a percentage', () => {
  const cases: Array<[string, number, string]> = [
    ['Shares ended 4.5 percent down in Hong Kong.', -4.5, 'decrease'],
    ['The index closed 2 percent up on the day.', 2, 'increase'],
    ['Fees shrank with a 6% year-over-year decline to $1 billion.', -6, 'decrease'],
    ['The stock was skidding 3.5 percent in early trade.', -3.5, 'decrease'],
    ['純利益は2%微増した。', 2, 'increase'],
    ['売上高は3%微減した。', -3, 'decrease'],
    ['株価は一時8%急落した。', -8, 'decrease'],
    ['受注は前年比5%のダウンだった。', -5, 'decrease'],
    ['Shipments posted a 6% YoY decline.', -6, 'decrease'],
    ['Margins saw a 2% sequential drop.', -2, 'decrease'],
  ];
  for (const [text, value, change] of cases) it(text, () => expect(percent(text)).toEqual([value, change]));
  it('a down payment is no decrease', () => {
    expect(percent('Buyers need a 20% down payment.')).toEqual([20, undefined]);
  });
});
