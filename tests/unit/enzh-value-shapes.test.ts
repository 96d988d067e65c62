// Value shapes of English and Chinese results stories, each written from the shape (own sentences):
// decrease verbs (crashed, shedding, slid another), both ends of a loss that widened (亏损从…扩大至…),
// a loss named 损失, a figure that turned negative, and a loss's bracketed conversion. Runs the real
// pipeline (analyze) on the bundled KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import type { AnalyzeInput } from '../../utils/analysis/types';

const kb = loadKbIndex();
const run = (text: string, extra: Partial<AnalyzeInput> = {}) => analyze({ text, ...extra }, kb).figures;
/** The signed value of the figure whose surface holds `part`. */
function valueOf(text: string, part: string, extra: Partial<AnalyzeInput> = {}): number | null | undefined {
  const figs = run(text, extra);
  const f = figs.find((x) => x.surface.includes(part));
  expect(f, `${part} in ${figs.map((x) => x.surface).join(' | ')}`).toBeDefined();
  return f!.value;
}

describe('English decrease verbs', () => {
  it.each([
    ['Widget profit crashed 40.5% YoY to RMB2.1 billion.', '40.5%', -40.5],
    ['On an adjusted basis the maker earned RMB3 billion, shedding 27% from a year ago.', '27%', -27],
    ['The stock slid another 4% on the day after the release.', '4%', -4],
    ['Shares tanked 12% in early trading.', '12%', -12],
  ])('%s', (text, part, value) => {
    expect(valueOf(text, part, { lang: 'en' })).toBe(value);
  });
  it('a verb of growth keeps the value positive', () => {
    expect(valueOf('Sales rose another 6% in the quarter.', '6%', { lang: 'en' })).toBe(6);
  });
});

describe('a loss that widened or narrowed: both ends are losses', () => {
  it('亏损从去年同期X扩大至Y', () => {
    const text = '某公司新业务运营亏损从去年同期3.2亿元扩大至51.6亿元。';
    expect(valueOf(text, '3.2亿元', { lang: 'zh' })).toBe(-3.2e8);
    expect(valueOf(text, '51.6亿元', { lang: 'zh' })).toBe(-5.16e9);
  });
  it('words between the loss and its verb (同比, an adverb, a currency before the amount)', () => {
    expect(valueOf('該分部的經營虧損同比擴大至人民幣8億元。', '8億元', { lang: 'zh' })).toBe(-8e8);
    expect(valueOf('該板塊的運營虧損從去年同期的人民幣4億元急劇擴大至人民幣90億元。', '90億元', { lang: 'zh' })).toBe(-9e9);
    expect(valueOf('該板塊的運營虧損從去年同期的人民幣4億元急劇擴大至人民幣90億元。', '4億元', { lang: 'zh' })).toBe(-4e8);
  });
  it('a revenue that grew from X to Y stays positive', () => {
    const text = '新业务收入从去年同期20亿元增长至61亿元。';
    expect(valueOf(text, '20亿元', { lang: 'zh' })).toBe(2e9);
    expect(valueOf(text, '61亿元', { lang: 'zh' })).toBe(6.1e9);
  });
});

describe('other loss words', () => {
  it('按市值计价的损失达到X is a loss', () => {
    expect(valueOf('该公司长期投资按市值计价的损失达到57亿元人民币。', '57亿元', { lang: 'zh' })).toBe(-5.7e9);
  });
  it('free cash flow that turned negative at X', () => {
    expect(valueOf('Free cash flow turned negative at RMB 9 billion in the quarter.', 'RMB 9 billion', { lang: 'en' })).toBe(-9e9);
  });
});

describe("a loss's conversion in brackets has its sign", () => {
  it('English: a loss of CNY X ($Y)', () => {
    const text = "Acme's Q1 loss of CNY640 million ($95.1 million) compared with a profit a year earlier.";
    expect(valueOf(text, '$95.1 million', { lang: 'en' })).toBe(-95.1e6);
  });
  it('Chinese: 净亏损X亿元(约Y亿台币)', () => {
    expect(valueOf('某公司第三季淨虧損45.5億元(約204億台幣)。', '204億台幣', { lang: 'zh' })).toBe(-2.04e10);
  });
  it('a profit and its conversion stay positive', () => {
    expect(valueOf('Net income was CNY640 million ($95.1 million).', '$95.1 million', { lang: 'en' })).toBe(95.1e6);
  });
});

describe('a minor unit alone is money in its currency', () => {
  it.each([
    ['Adjusted earnings per share came in at 72 cents.', '72 cents', 0.72],
    ['It beat the 55-cent consensus estimate.', '55-cent', 0.55],
    ['每股派息50美分。', '50美分', 0.5],
  ])('%s', (text, part, value) => {
    const figs = run(text);
    const f = figs.find((x) => x.surface.includes(part));
    expect(f?.kind).toBe('money');
    expect(f?.unit).toBe('USD');
    expect(f?.value).toBe(value);
  });
  it('"per cent" stays a percentage', () => {
    const f = run('Revenue rose 12 per cent.', { lang: 'en' }).find((x) => x.surface.includes('12'));
    expect(f?.kind).toBe('percent');
  });
});

describe('ranges', () => {
  it('"between $X billion and $Y billion"', () => {
    const f = run('Acme expects capital expenditures of between $40 billion and $45 billion.', { lang: 'en' }).find((x) => x.surface.includes('$40'));
    expect([f?.value, f?.valueMax]).toEqual([40e9, 45e9]);
  });
  it('"between" two amounts that are not a range: "the gap between $5 billion of sales and ..." keeps one amount', () => {
    const figs = run('The gap between $5 billion and the target stayed wide.', { lang: 'en' });
    expect(figs.find((x) => x.surface.includes('$5'))?.valueMax).toBeUndefined();
  });
  it('X亿元人民币至Y亿元: the currency written with another of its words at the second end', () => {
    const f = run('公司预计第四季度营收120亿元人民币至135亿元。', { lang: 'zh' }).find((x) => x.surface.includes('120'));
    expect([f?.value, f?.valueMax, f?.unit]).toEqual([12e9, 13.5e9, 'CNY']);
  });
});

describe('a percentage in English number words', () => {
  it.each([
    ['Revenue was down seven per cent on-year to 31.2 billion yuan.', 'seven per cent', -7],
    ['Sales rose twenty-five percent in the quarter.', 'twenty-five percent', 25],
    ['Margins grew eleven per cent.', 'eleven per cent', 11],
  ])('%s', (text, part, value) => {
    expect(valueOf(text, part, { lang: 'en' })).toBe(value);
  });
  it('a number word without a percent word is no figure; "often" is no "ten"', () => {
    const figs = run('Seven analysts often said ten of them would rise.', { lang: 'en' });
    expect(figs.filter((f) => f.kind === 'percent')).toEqual([]);
  });
});
