// Period shapes of English and Chinese results stories, each written from the shape (own sentences):
// 上季度 in a text that calls the reported quarter 本季度 or names it again beside it is the quarter
// before the reported one. Runs the real pipeline (analyze) on the bundled KB.
import { describe, expect, it } from 'vitest';
import { Q, periodOf } from './support/periods';

describe('上季度 against the reported quarter', () => {
  const zh = { lang: 'zh', date: '2025-11-20' };
  it('a text that calls the reported quarter 本季度: 上季度 is the one before it', () => {
    const text = '某电商公司公布2025年第三季度财报。本季度营收812亿元,同比增长9%。上季度,该公司广告收入同比增长仅1.2%。';
    expect(periodOf(text, '812亿元', zh)).toEqual(Q(2025, 3));
    expect(periodOf(text, '1.2%', zh)).toEqual(Q(2025, 2));
  });
  it('上季度 beside the reported quarter named again in its sentence', () => {
    const text = '某公司Q3营收312亿元。\n而上季度净利润为41亿元,Q3净利润环比下滑6亿。';
    expect(periodOf(text, '41亿元', zh)).toEqual(Q(2025, 2));
  });
  it('上季 alone in results news is still the quarter just reported', () => {
    const text = '某公司公布第三季业绩,收入按年增长15%至1200亿元。上季斥约90亿元回购股份。';
    expect(periodOf(text, '90亿元', zh)).toEqual(Q(2025, 3));
  });
});

describe('English comparisons with an earlier period', () => {
  const en = { lang: 'en', date: '2025-11-20' };
  it('"during the same period a year ago of X": X is a year before', () => {
    const text =
      'In the third quarter Acme logged a net loss of 3.1 billion yuan, down from a net profit during the same period a year ago of 2.4 billion yuan.';
    expect(periodOf(text, '2.4 billion', en)).toEqual(Q(2024, 3));
  });
  it('"compared to X in the same quarter of 2024": that quarter, not one more year back', () => {
    const text =
      'For the second quarter of 2025, Acme reported net profit of RMB 21.5 billion, compared to RMB 19.7 billion in the same quarter of 2024, representing a 9% increase.';
    expect(periodOf(text, 'RMB 19.7 billion', en)).toEqual(Q(2024, 2));
    expect(periodOf(text, '9%', en)).toEqual(Q(2025, 2));
  });
  it('"compared with a CNY X profit in Q1 2021, with revenue up 1 per cent": the later figures are of the reported quarter', () => {
    const text = "Acme's Q1 2022 loss of CNY640 million compared with a CNY8.2 billion profit in Q1 2021, with revenue up 3 per cent to CNY11.4 billion.";
    expect(periodOf(text, 'CNY8.2 billion', en)).toEqual(Q(2021, 1));
    expect(periodOf(text, 'CNY11.4 billion', en)).toEqual(Q(2022, 1));
  });
  it('"a 15.8% rise three months ago": the quarter before', () => {
    const text = 'Acme revenue for the quarter ended June 30 rose 21% year-over-year, up from a 15.8% YoY rise three months ago.';
    expect(periodOf(text, '15.8%', en)).toEqual(Q(2025, 1));
  });
  it('"up from $X the previous year" after a fiscal year: the fiscal year before', () => {
    const text = 'Microsoft said its capital expenditure for fiscal 2026 could exceed $90 billion, up from $60 billion the previous year.';
    expect(periodOf(text, '$60 billion', en)).toEqual(['2024-07-01', '2025-06-30']);
  });
  it('"a 22% increase from the previous quarter" does not cut the sentence off from the quarter named before', () => {
    const text =
      'NVIDIA reported results for the third quarter of fiscal 2026. Revenue reached $50.0 billion, a 20% increase from the previous quarter and 60% higher than the same period last year.';
    expect(periodOf(text, '$50.0 billion', en)).toEqual(['2025-08-01', '2025-10-31']);
    expect(periodOf(text, '60%', en)).toEqual(['2025-08-01', '2025-10-31']);
  });
  it('"the first nine months of the fiscal year" is not the whole fiscal year', () => {
    const text =
      'NVIDIA reported results for the third quarter of fiscal 2026. During the first nine months of the fiscal year, NVIDIA returned $30.0 billion to shareholders.';
    expect(periodOf(text, '$30.0 billion', en)).toEqual(['2025-02-01', '2025-10-31']);
  });
});

describe('Chinese quarter lists with the quarter before', () => {
  const zh = { lang: 'zh', date: '2025-11-20' };
  it('Q3…,Q2是X,所以环比…: the change is of Q3, and Q2 is not passed on to the next line', () => {
    const text = '1、Q3总营收520亿元,同比下滑4%,Q2是540亿,所以环比也减少3.7%。\n2、核心业务营收达410亿元,同比下滑5%;Q2核心收入为430亿元,所以环比下滑4.7%。';
    expect(periodOf(text, '540亿', zh)).toEqual(Q(2025, 2));
    expect(periodOf(text, '3.7%', zh)).toEqual(Q(2025, 3));
    expect(periodOf(text, '410亿元', zh)).toEqual(Q(2025, 3));
    expect(periodOf(text, '5%', zh)).toEqual(Q(2025, 3));
    expect(periodOf(text, '430亿元', zh)).toEqual(Q(2025, 2));
    expect(periodOf(text, '4.7%', zh)).toEqual(Q(2025, 3));
  });
  it('a change before a later quarter after a comma is not of that quarter', () => {
    const text = '某公司Q3网络营销营收为95亿元,同比下滑12%,Q2是99亿。';
    expect(periodOf(text, '12%', zh)).toEqual(Q(2025, 3));
  });
  it('"revenue of X rose 25% quarter over quarter" stays on the quarter named', () => {
    const text =
      'Third-quarter fiscal 2026 Data Center revenue of NVIDIA was $40.0 billion. Third-quarter Data Center revenue of $40.0 billion rose 20% quarter over quarter.';
    expect(periodOf(text, '20%', { lang: 'en', date: '2025-11-20' })).toEqual(['2025-08-01', '2025-10-31']);
  });
  it('较去年同期X下降…: X is the amount of a year before', () => {
    const text = '第二季度收入达到900亿元人民币,归属于普通股股东的净利润为30亿元人民币 较去年同期52亿元下降42.3%。';
    expect(periodOf(text, '52亿元', zh)).toEqual(Q(2024, 2));
    expect(periodOf(text, '42.3%', zh)).toEqual(Q(2025, 2));
  });
});

describe('a sequential change of the quarter just named', () => {
  it('第三季純利X,按年升19%、按季增13%: all of the third quarter', () => {
    const text = '某公司公布截至今年9月底止第三季業績,純利631.3億元(人民幣.下同),按年升19%、按季增13%。';
    expect(periodOf(text, '13%', { lang: 'zh', date: '2025-11-13' })).toEqual(Q(2025, 3));
  });
});

describe('"over the past year" in results news', () => {
  it('the twelve months up to the quarter reported', () => {
    const text =
      'Alibaba reported its fiscal second-quarter results. The CFO noted that roughly RMB 90 billion has been deployed in capital expenditures over the past year.';
    expect(periodOf(text, 'RMB 90 billion', { lang: 'en', date: '2025-11-25' })).toEqual(['2024-10-01', '2025-09-30']);
  });
  it('"last year" stays the calendar year before', () => {
    const text = 'Acme spent RMB 70 billion on capital expenditures last year.';
    expect(periodOf(text, 'RMB 70 billion', { lang: 'en', date: '2025-11-25' })).toEqual(['2024-01-01', '2024-12-31']);
  });
});

describe('从X(adverb)升至Y in a sentence compared with a year before', () => {
  it('从19.2%飙升至35.9%: the first rate is of a year before', () => {
    const text = '某公司销售及营销开支同比激增60.1%至210亿元,占收入的百分比从15.2%飙升至28.9%。';
    expect(periodOf(text, '15.2%', { lang: 'zh', date: '2025-11-28' })?.[0].slice(0, 4)).toBe('2024');
  });
});

describe('"last year" in a comparison of quarterly results', () => {
  const en = { lang: 'en', date: '2025-10-31' };
  const text =
    'Acme reported results for the third quarter ended September 30, 2025. Segment operating income was $2.8 billion compared with $3.7 billion last year. ' +
    "Overseas operating income was $0.9 billion versus last year's $1.1 billion. Net income rose to $9.2 billion from last year's third-quarter net income of $7.3 billion.";
  it('the amount with "last year" after it is of the same quarter a year before; the sentences after keep the quarter', () => {
    expect(periodOf(text, '$3.7 billion', en)).toEqual(Q(2024, 3));
    expect(periodOf(text, '$2.8 billion', en)).toEqual(Q(2025, 3));
    expect(periodOf(text, '$0.9 billion', en)).toEqual(Q(2025, 3));
  });
  it("versus last year's X / from last year's … of X: X is of a year before", () => {
    expect(periodOf(text, '$1.1 billion', en)).toEqual(Q(2024, 3));
    expect(periodOf(text, '$7.3 billion', en)).toEqual(Q(2024, 3));
    expect(periodOf(text, '$9.2 billion', en)).toEqual(Q(2025, 3));
  });
  it('"last year" in a text reporting no quarter stays the calendar year', () => {
    expect(periodOf('Acme spent $4 billion this year, compared with $3 billion last year.', '$3 billion', en)).toEqual(['2024-01-01', '2024-12-31']);
  });
});

describe('从X骤降至Y after a quarter named earlier in its sentence', () => {
  it('第三季度…经营利润率从X骤降至Y: X is of a year before', () => {
    const text = '该板块第三季度实现营收520亿元,同比下滑3.1%,经营利润率从18.0%骤降至-12.5%。';
    expect(periodOf(text, '18.0%', { lang: 'zh', date: '2025-11-28' })).toEqual(Q(2024, 3));
    expect(periodOf(text, '520亿元', { lang: 'zh', date: '2025-11-28' })).toEqual(Q(2025, 3));
  });
  it('从2024年的X增至…: a period written with the amount is its own', () => {
    const text = '公司的研发开支从2024年的120亿元增至2025年的150亿元。';
    expect(periodOf(text, '120亿元', { lang: 'zh', date: '2026-03-20' })).toEqual(['2024-01-01', '2024-12-31']);
  });
});
