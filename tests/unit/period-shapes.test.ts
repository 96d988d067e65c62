// One test per period and date shape, written from the shape (own sentences): the article's date
// and its sources, year-less dates against it, relative quarters, fiscal labels read with their
// company's calendar, period ends (締め, 期末, 截至…止), an undated page dated by the KB, and a
// plan's horizon. Runs the real pipeline (analyze) on the bundled KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { articleDate, prefixDate, urlDate } from '../../utils/analysis/text/dateline';
import type { AnalyzeInput, Figure } from '../../utils/analysis/types';

const kb = loadKbIndex();
const run = (text: string, extra: Partial<AnalyzeInput> = {}) => analyze({ text, ...extra }, kb).figures;
/** The period of the figure whose surface is `surface`. */
function periodOf(figures: Figure[], surface: string): [string, string] | undefined {
  const f = figures.find((x) => x.surface === surface);
  expect(f, `${surface} in ${figures.map((x) => x.surface).join(' | ')}`).toBeDefined();
  return f!.period ? [f!.period.start, f!.period.end] : undefined;
}

describe("the article's date", () => {
  it('comes from the input, a " date " prefix, a dateline or the URL', () => {
    expect(articleDate({ text: 'x', date: '2025-02-24T09:00:00+09:00' })).toBe('2025-02-24');
    expect(prefixDate(' date 2024-05-01 本文')).toEqual({ date: '2024-05-01', end: 17 });
    expect(articleDate({ text: ' date 2024-05-01 アリババは…' })).toBe('2024-05-01');
    expect(urlDate('https://example.com/news/2025/02/24/alibaba-plan')).toBe('2025-02-24');
    expect(urlDate('https://example.com/a/20241003_1727903731')).toBe('2024-10-03');
    // a CMS id (ObjectId): its first 8 hex digits are the creation time in seconds
    expect(urlDate('https://example.com/article/69807a56eab9f99c50e0b35e')).toBe('2026-02-02');
    expect(urlDate('https://example.com/p/90447')).toBeUndefined();
    // a year and a month only (/2023/05/ then an id or a slug): the month's last day
    expect(urlDate('https://example.com/2023/05/81234.html')).toBe('2023-05-31');
    expect(urlDate('https://example.com/2023/05/cloud-results/')).toBe('2023-05-31');
  });
  it('a " date " prefix is no figure and no period', () => {
    const figs = run(' date 2024-05-01 アリババの売上高は2365億元だった。');
    expect(figs.map((f) => f.surface)).toEqual(['2365億元']);
  });
});

describe('year-less dates resolve against the article date, never into the future', () => {
  it('2月24日 in an article of March 2025 is 2025; in an article of January 2025 it is 2024', () => {
    expect(periodOf(run('アリババは2月24日に計画を発表した。', { date: '2025-03-01' }), '2月24日')).toEqual(['2025-02-24', '2025-02-24']);
    expect(periodOf(run('アリババは2月24日に計画を発表した。', { date: '2025-01-10' }), '2月24日')).toEqual(['2024-02-24', '2024-02-24']);
  });
  it('a day alone (同社は2日、) is the newest such day up to the article date', () => {
    expect(periodOf(run('オープンAIは2日、66億ドルを調達したと発表した。', { date: '2024-10-03' }), '2日')).toEqual(['2024-10-02', '2024-10-02']);
  });
  it('第1四半期(4〜6月) is the last such quarter ended by the article date', () => {
    const figs = run('アリババは第1四半期(4〜6月)決算を発表し、売上高は1149億元だった。', { date: '2019-08-16' });
    expect(periodOf(figs, '1149億元')).toEqual(['2019-04-01', '2019-06-30']);
  });
  it('7─9月 without 期, and 3月期第4四半期', () => {
    expect(periodOf(run('7─9月の総売上高は1550億元だった。', { date: '2020-11-05' }), '1550億元')).toEqual(['2020-07-01', '2020-09-30']);
    expect(periodOf(run('アリババの3月期第4四半期の売上高は2365億元。', { date: '2025-07-28' }), '2365億元')).toEqual(['2025-01-01', '2025-03-31']);
  });
});

describe('relative quarters and halves', () => {
  it('上季 / last quarter: the quarter before the one of the article date', () => {
    expect(periodOf(run('阿里巴巴上季营收为1325亿元。', { date: '2025-11-26' }), '1325亿元')).toEqual(['2025-07-01', '2025-09-30']);
    expect(periodOf(run('Alibaba earned RMB 20 billion last quarter.', { date: '2025-11-26' }), 'RMB 20 billion')).toEqual(['2025-07-01', '2025-09-30']);
  });
  it('the prior quarter: the one before the quarter named', () => {
    const figs = run('Cloud revenue grew 34% in the second fiscal quarter ended September 30, accelerating from a 26% growth for the prior quarter.', {
      date: '2025-11-26',
    });
    expect(periodOf(figs, 'grew 34%')).toEqual(['2025-07-01', '2025-09-30']);
    expect(periodOf(figs, '26% growth')).toEqual(['2025-04-01', '2025-06-30']);
  });
  it('前四半期比 is a growth basis, not a period', () => {
    const figs = run('アリババの2025年7-9月期の売上高は前四半期比5%増。', { date: '2025-11-26' });
    expect(periodOf(figs, '5%増')).toEqual(['2025-07-01', '2025-09-30']);
  });
  it('the first half of this year; the past four quarters', () => {
    expect(periodOf(run('Alibaba invested RMB 23 billion in the first half of this year.', { date: '2024-08-26' }), 'RMB 23 billion')).toEqual([
      '2024-01-01',
      '2024-06-30',
    ]);
    const figs = run('阿里巴巴2026财年第二季度营收2477亿元。过去四个季度，资本支出约1200亿元。', { date: '2025-11-26' });
    expect(periodOf(figs, '約1200亿元'.replace('約', '约'))).toEqual(['2024-10-01', '2025-09-30']);
  });
  it('截至去年12月底止第三財季', () => {
    const figs = run('阿里巴巴公布截至去年12月底止第三財季業績，收入2801.54億元。', { date: '2025-02-21' });
    expect(periodOf(figs, '2801.54億元')).toEqual(['2024-10-01', '2024-12-31']);
  });
});

describe("fiscal labels use their company's calendar", () => {
  it("Alibaba's 2026年度第1四半期 is April–June 2025 (the year ends in March, named by its end)", () => {
    const f = run('アリババの2026年度第1四半期の売上高は2476億元だった。').find((x) => x.surface === '2476億元')!;
    expect([f.period!.start, f.period!.end]).toEqual(['2025-04-01', '2025-06-30']);
    expect(f.periodFrom).toMatchObject({ how: 'fiscal', company: 'alibaba' });
  });
  it("a Japanese company's 2025年度 starts in April 2025", () => {
    const f = run('ソフトバンクグループの2025年度の売上高は7兆円の見通し。').find((x) => x.surface === '7兆円')!;
    expect([f.period!.start, f.period!.end]).toEqual(['2025-04-01', '2026-03-31']);
  });
  it("Microsoft's FY2026 Q1 is July–September 2025; Tencent's Q1 2026 is the calendar quarter", () => {
    expect(periodOf(run('Microsoft reported revenue of $77.7 billion for FY2026 Q1.'), '$77.7 billion')).toEqual(['2025-07-01', '2025-09-30']);
    expect(periodOf(run('テンセントの2026年第1四半期の売上高は1965億元。'), '1965億元')).toEqual(['2026-01-01', '2026-03-31']);
  });
  it('a year-less fiscal quarter takes the calendar of the company named before it in its paragraph', () => {
    const text = 'ソフトバンクグループは2月12日に決算を発表した。第3四半期の投資損益は3527億円の赤字だった。';
    expect(periodOf(run(text, { date: '2025-02-12' }), '3527億円の赤字')).toEqual(['2024-10-01', '2024-12-31']);
  });
  it('with no company, the resolution says so', () => {
    const f = run('2026年度第1四半期の売上高は100億円だった。').find((x) => x.surface === '100億円')!;
    expect(f.periodFrom?.note).toMatch(/company unknown/);
  });
});

describe('period ends', () => {
  it('9月30日締めの四半期 and 2025年9月30日を期末とする', () => {
    expect(periodOf(run('アリババの9月30日締めの四半期の売上高は2477億元。', { date: '2025-11-26' }), '2477億元')).toEqual(['2025-07-01', '2025-09-30']);
    expect(periodOf(run('アリババの2025年9月30日を期末とする四半期の売上高は2477億元。'), '2477億元')).toEqual(['2025-07-01', '2025-09-30']);
  });
});

describe('an undated page and a plan', () => {
  it('an undated page is dated by the KB facts its precise amounts match', () => {
    const figs = run('阿里巴巴第一季度总收入2476.52亿元人民币，净利润423.82亿元。');
    const f = figs.find((x) => x.surface.startsWith('2476.52'))!;
    expect([f.period?.start, f.period?.end]).toEqual(['2025-04-01', '2025-06-30']);
    expect(f.periodFrom?.note ?? '').toMatch(/estimated from the KB/);
  });
  it("a plan's horizon runs from its announcement, not from a later article's date", () => {
    expect(periodOf(run('アリババは今後3年間で3800億元を投資する計画だ。', { date: '2025-10-02' }), '3800億元')).toEqual(['2025-02-24', '2028-02-23']);
  });
  it('a year an event happened (the first since listing in 2014) is no period for the paragraphs after it', () => {
    const text = 'Alibaba posted negative free cash flow, the first since listing in 2014.\n\nCloud revenue rose 34% to RMB 39.8 billion in the quarter.';
    expect(periodOf(run(text, { date: '2025-11-26' }), 'RMB 39.8 billion')).toEqual(['2025-07-01', '2025-09-30']);
  });
  it('a span right after a year named (昨年1年間, 2024年の1年間) is that year, never years ahead', () => {
    expect(periodOf(run('同社は昨年1年間で3,000億元を投じた。', { date: '2025-11-26' }), '3,000億元')).toEqual(['2024-01-01', '2024-12-31']);
    expect(periodOf(run('同社は2024年の1年間で3,000億元を投じた。', { date: '2025-11-26' }), '3,000億元')).toEqual(['2024-01-01', '2024-12-31']);
  });
});

describe('period labels from pages nobody tuned on (issue 11)', () => {
  it('a quarter label with its months and year in brackets: 同年第3四半期(2015年7〜9月)', () => {
    const text = '同社は2015年10月27日、同年第3四半期(2015年7〜9月)の決算を発表した。純利益は227億元だった。';
    expect(periodOf(run(text), '227億元')).toEqual(['2015-07-01', '2015-09-30']);
  });
  it("a Japanese fiscal label with a broker's quarter: 2025年12月期2Q", () => {
    expect(periodOf(run('同社の2025年12月期2Qは、売上高が300億元となった。'), '300億元')).toEqual(['2025-04-01', '2025-06-30']);
    expect(periodOf(run('同社の2026年3月期Q1は、売上高が80億円だった。'), '80億円')).toEqual(['2025-04-01', '2025-06-30']);
  });
  it('a calendar quarter without 第: 2024年四季度', () => {
    expect(periodOf(run('公司2024年四季度资本开支为300亿元。'), '300亿元')).toEqual(['2024-10-01', '2024-12-31']);
  });
  it('a fiscal year written with two digits: 26财年上半年', () => {
    expect(periodOf(run('阿里巴巴26财年上半年资本开支约700亿元。', { date: '2025-11-28' }), '约700亿元')).toEqual(['2025-04-01', '2025-09-30']);
  });
  it('近四季 / 过去四季: the four quarters up to the latest one ended', () => {
    expect(periodOf(run('阿里过去四季的资本开支约1200亿元。', { date: '2025-11-25' }), '约1200亿元')).toEqual(['2024-10-01', '2025-09-30']);
  });
  it('over the next 12 months / 今後12カ月: from the article date', () => {
    expect(periodOf(run('It will spend 50 billion yuan over the next 12 months.', { date: '2025-07-02' }), '50 billion yuan')).toEqual([
      '2025-07-02',
      '2026-07-01',
    ]);
    expect(periodOf(run('同社は今後12カ月で500億元を投じる。', { date: '2025-07-02' }), '500億元')).toEqual(['2025-07-02', '2026-07-01']);
  });
});

describe('the quarter a results article reports (issue 11)', () => {
  it('上季 that opens a results article names its quarter, and later sentences take it', () => {
    const text = '阿里巴巴上季收入2000亿元，按年升5%。\n\n按业务划分，云智能集团收入300亿元，增长30%。';
    const figs = run(text, { date: '2025-11-25' });
    expect(periodOf(figs, '2000亿元')).toEqual(['2025-07-01', '2025-09-30']);
    expect(periodOf(figs, '300亿元')).toEqual(['2025-07-01', '2025-09-30']);
  });
  it('本季度 / this quarter in a results sentence: the quarter reported (the last one ended by the date)', () => {
    expect(periodOf(run('本季度阿里云收入同比增长30%，至300亿元。', { date: '2025-11-28' }), '300亿元')).toEqual(['2025-07-01', '2025-09-30']);
    expect(periodOf(run('Cloud revenue rose 30% to RMB 30 billion this quarter.', { date: '2025-11-28' }), 'RMB 30 billion')).toEqual([
      '2025-07-01',
      '2025-09-30',
    ]);
  });
  it('beating expectations (高于预期, 将近) is a result, not a plan', () => {
    const text = '本季度阿里云收入同比增长34%，高于市场预期，环比提高将近9个百分点。';
    expect(periodOf(run(text, { date: '2025-11-28' }), '同比增长34%')).toEqual(['2025-07-01', '2025-09-30']);
  });
  it('…but in a plan, this quarter is the one under way', () => {
    expect(periodOf(run('同社は今四半期に300億ドルの設備投資を計画している。', { date: '2025-07-31' }), '300億ドル')).toEqual(['2025-07-01', '2025-09-30']);
  });
  it('当四半期 is the quarter the article reports, not a quarter named in passing before it', () => {
    const text = '同社は2025年第2四半期の決算を発表した。広告収入は2025年第1四半期に6%減だった。当四半期の広告収入は160億元だった。';
    expect(periodOf(run(text, { date: '2025-08-21' }), '160億元')).toEqual(['2025-04-01', '2025-06-30']);
  });
});

describe('which named period a figure takes (issue 11)', () => {
  it('通期 / 全年 earlier in the sentence: the whole year named before, not the quarter named after it', () => {
    const text =
      '同社は2025年度(2024年4月〜2025年3月)および第4四半期(2025年1〜3月)の決算を発表した。通期の売上高は6%増の9000億元、営業利益は24%増の1400億元だった。';
    const figs = run(text, { date: '2025-05-16' });
    expect(periodOf(figs, '9000億元')).toEqual(['2024-04-01', '2025-03-31']);
    expect(periodOf(figs, '1400億元')).toEqual(['2024-04-01', '2025-03-31']);
  });
  it('a day (9月30日までの, 6月30日終了) is never the period of reported results', () => {
    const text = '同社は2024年第3四半期の決算を発表した。報告は9月30日までのもので、総収益は300億元で、前年同期比で3%減少した。';
    expect(periodOf(run(text, { date: '2024-11-21' }), '300億元')).toEqual(['2024-07-01', '2024-09-30']);
  });
  it('…while a funding round may take the day it was announced', () => {
    expect(periodOf(run('オープンAIは2日、66億ドルを調達したと発表した。', { date: '2024-10-03' }), '66億ドル')).toEqual(['2024-10-02', '2024-10-02']);
  });
  it('前四半期比 is a growth basis, not a period that stops the paragraph period', () => {
    const text = '百度は2025年第2四半期の決算を発表した。\n利益率は24%で、前四半期比2ポイント低下した。';
    expect(periodOf(run(text, { date: '2025-08-21' }), '24%')).toEqual(['2025-04-01', '2025-06-30']);
  });
});

describe('a month in brackets, and relative quarters that resolve (issue 11)', () => {
  it('(2025年8月、source) dates the shares of its sentence', () => {
    const text = '同社の2025年12月期2Qは減収だった。検索シェアは37.5%のトップ(2025年8月、調査会社による)で、2位は34.3%だった。';
    const figs = run(text, { date: '2025-09-10' });
    expect(periodOf(figs, '37.5%')).toEqual(['2025-08-01', '2025-08-31']);
    expect(periodOf(figs, '34.3%')).toEqual(['2025-08-01', '2025-08-31']);
  });
  it('…while 2月に発表した still dates an event, not the figure', () => {
    const text = '同社は2025年第1四半期の決算を発表した。売上高は100億元で、2月に発表した計画を上回った。';
    expect(periodOf(run(text, { date: '2025-05-20' }), '100億元')).toEqual(['2025-01-01', '2025-03-31']);
  });
  it('a sentence that names 前四半期 (resolved) still takes the paragraph period for its other figures', () => {
    const text = '同社は2015年第3四半期の決算を発表した。モバイル比率は62%となり、1年前の36%、および前四半期の55%から拡大した。';
    const figs = run(text, { date: '2015-10-28' });
    expect(periodOf(figs, '62%')).toEqual(['2015-07-01', '2015-09-30']);
    expect(periodOf(figs, '36%')).toEqual(['2014-07-01', '2014-09-30']);
    expect(periodOf(figs, '55%')).toEqual(['2015-04-01', '2015-06-30']);
  });
});

describe('comparisons inside a sentence (issue 11)', () => {
  it('AからBに減少 / 从A降至B: A is the year before (a quarter before with a sequential basis)', () => {
    const ja = '同社は2025年第2四半期の決算を発表した。純利益は400億元から330億元に減少した。';
    const figs = run(ja, { date: '2025-08-30' });
    expect(periodOf(figs, '400億元')).toEqual(['2024-04-01', '2024-06-30']);
    expect(periodOf(figs, '330億元')).toEqual(['2025-04-01', '2025-06-30']);
    const zh = '公司公布2025年第二季度业绩。利润环比从50亿元增至60亿元。';
    expect(periodOf(run(zh, { date: '2025-08-30' }), '50亿元')).toEqual(['2025-01-01', '2025-03-31']);
  });
  it('…but an amount with its own year (从2023年244亿元增长至2025年的1039亿元) keeps it', () => {
    expect(periodOf(run('资本支出从2023年244亿元增长至2025年的1039亿元。'), '244亿元')).toEqual(['2023-01-01', '2023-12-31']);
  });
  it('去年同期亏损29亿元 / 去年同期为净流入137亿元: the year-ago quarter', () => {
    const text = '公司公布2025年第三季度业绩。经调整EBITA达1.6亿元,而去年同期亏损29亿元;自由现金流净流出218亿元,而去年同期为净流入137亿元。';
    const figs = run(text, { date: '2025-11-26' });
    expect(periodOf(figs, '29亿元')).toEqual(['2024-07-01', '2024-09-30']);
    expect(periodOf(figs, '137亿元')).toEqual(['2024-07-01', '2024-09-30']);
    expect(periodOf(figs, '1.6亿元')).toEqual(['2025-07-01', '2025-09-30']);
  });
});

describe("a fiscal label's company (issue 11)", () => {
  it("the paragraph's topic, not a rival named once in passing before the label", () => {
    const text = '腾讯公布财报。腾讯投资自去年加速,第四季度资本支出达370亿元,超阿里同期的314亿元。2024财年全年资本支出达770亿元。';
    expect(periodOf(run(text, { date: '2025-03-20' }), '770亿元')).toEqual(['2024-01-01', '2024-12-31']);
  });
});

describe('amounts listed with respectively (issue 11)', () => {
  it('2023年至2025年…分别为A、B和C: each year in order; the next clause keeps its own', () => {
    const figs = run('百度2023年至2025年资本支出分别为112亿元、81亿元和121亿元;腾讯在2024年增加到768亿元。');
    expect(periodOf(figs, '112亿元')).toEqual(['2023-01-01', '2023-12-31']);
    expect(periodOf(figs, '81亿元')).toEqual(['2024-01-01', '2024-12-31']);
    expect(periodOf(figs, '121亿元')).toEqual(['2025-01-01', '2025-12-31']);
    expect(periodOf(figs, '768亿元')).toEqual(['2024-01-01', '2024-12-31']);
  });
  it('"A and B in 2024 and 2025, respectively"', () => {
    const figs = run('Capex was RMB 10 billion and RMB 12 billion in 2024 and 2025, respectively.');
    expect(periodOf(figs, 'RMB 10 billion')).toEqual(['2024-01-01', '2024-12-31']);
    expect(periodOf(figs, 'RMB 12 billion')).toEqual(['2025-01-01', '2025-12-31']);
  });
  it('counts that do not agree leave the amounts alone', () => {
    const figs = run('2024年と2025年の売上高はそれぞれ100億元だった。');
    expect(periodOf(figs, '100億元')).toEqual(['2025-01-01', '2025-12-31']);
  });
});

describe('a period bound to another amount (issue 11)', () => {
  it('2025年の1500億元を上回る1600億元: the compared amount keeps 2025, this one takes the article period', () => {
    const text = 'バイトダンスは2026年、AI投資を拡大する。\n投資額を2025年の1500億元を上回る1600億元とする。';
    const figs = run(text, { date: '2025-12-25' });
    expect(periodOf(figs, '1500億元を上回る')).toEqual(['2025-01-01', '2025-12-31']);
    expect(periodOf(figs, '1600億元')).toEqual(['2026-01-01', '2026-12-31']);
  });
  it('…while 2025年の売上高は1000億元、利益は100億元 shares its year', () => {
    const figs = run('2025年の売上高は1000億元、利益は100億元だった。');
    expect(periodOf(figs, '100億元')).toEqual(['2025-01-01', '2025-12-31']);
  });
});

describe('a headline amount restated in the body (issue 11)', () => {
  it('takes the period the body gives it, and so does its conversion', () => {
    const text =
      "Alibaba's US$7 billion subsidy deepens the delivery war\n\nThe company announced a subsidy of 50 billion yuan (US$7 billion) over the next 12 months.";
    const figs = run(text, { date: '2025-07-02' });
    expect(periodOf(figs, 'US$7 billion')).toEqual(['2025-07-02', '2026-07-01']);
  });
  it('a lead bullet rounded from the body (39.8 for 39.82) takes its quarter', () => {
    const text =
      'TLDR\n- Cloud revenue grew 34% year-over-year to 39.8 billion yuan, beating forecasts and the estimates of every analyst\nAlibaba reported results for the quarter ended September 30. Cloud intelligence revenue reached 39.82 billion yuan.';
    expect(periodOf(run(text, { date: '2025-11-25' }), '39.8 billion yuan')).toEqual(['2025-07-01', '2025-09-30']);
  });
});

describe('a cumulative total since a year (issue 11)', () => {
  it('2019年以降の累計 / 自2019年以来: from that year to the end of the period named last', () => {
    const text = '研究開発費は2022年1~9月に450億元を超え、2019年以降の累計額が1700億元に迫った。';
    expect(periodOf(run(text, { date: '2022-11-22' }), '1700億元')).toEqual(['2019-01-01', '2022-09-30']);
    expect(periodOf(run('自2019年以来累计投入1700亿元。', { date: '2022-11-22' }), '1700亿元')).toEqual(['2019-01-01', '2022-11-22']);
  });
  it('a year still ahead (2027年以降) gives no period', () => {
    expect(periodOf(run('同社は2027年以降に1000億元を投じる。', { date: '2025-03-01' }), '1000億元')).toBeUndefined();
  });
});

describe('shapes from a fresh dev set (issue 11)', () => {
  const fig = (figures: Figure[], part: string) => {
    const f = figures.find((x) => x.surface.includes(part));
    expect(f, `${part} in ${figures.map((x) => x.surface).join(' | ')}`).toBeDefined();
    return f!;
  };
  const span = (f: Figure) => (f.period ? [f.period.start, f.period.end] : undefined);
  it('a two-digit year before months or a quarter (22年7〜9月期, 24年第3四半期)', () => {
    expect(span(fig(run('バイドゥの22年7〜9月期の売上高は325億元だった。', { date: '2022-11-28' }), '325億元'))).toEqual(['2022-07-01', '2022-09-30']);
    expect(span(fig(run('マイクロソフトの24年第3四半期の設備投資は200億ドルだった。'), '200億ドル'))).toEqual(['2024-07-01', '2024-09-30']);
    // not an era year, not a span of years
    expect(span(fig(run('平成30年7〜9月期の売上高は100億円だった。', { date: '2025-11-28' }), '100億円'))?.[0]).not.toBe('2030-07-01');
  });
  it('a month range written with a minus sign or a heavy dash (1−3月期, 4━6月)', () => {
    expect(span(fig(run('テンセントの2025年1−3月期の売上高は1800億元だった。'), '1800億元'))).toEqual(['2025-01-01', '2025-03-31']);
  });
  it('the N months to the end of a month (6月末までの3ヶ月間)', () => {
    expect(span(fig(run('テンセントは6月末までの3ヶ月間に1845億元の売上高を記録した。', { date: '2025-08-13' }), '1845億元'))).toEqual([
      '2025-04-01',
      '2025-06-30',
    ]);
    expect(span(fig(run('同社は2025年6月末までの6カ月間に3600億元を売り上げた。'), '3600億元'))).toEqual(['2025-01-01', '2025-06-30']);
  });
  it('a growth basis (4〜6月期からは…増加) is neither the growth’s period nor passed on', () => {
    const figs = run('バイドゥの2022年7〜9月期の売上高は325億元だった。4〜6月期からは10%の増加となった。コア事業の売上高は252億元だった。', {
      date: '2022-11-28',
    });
    expect(span(fig(figs, '10%'))).toEqual(['2022-07-01', '2022-09-30']);
    expect(span(fig(figs, '252億元'))).toEqual(['2022-07-01', '2022-09-30']);
  });
  it('an amount that names the period after it (50億元の赤字だった21年7〜9月期)', () => {
    const figs = run('バイドゥの2022年7〜9月期の純損益は1億元の赤字で、50億元の赤字だった21年7〜9月期と比べると赤字額が98%縮小した。', { date: '2022-11-28' });
    expect(span(fig(figs, '50億元'))).toEqual(['2021-07-01', '2021-09-30']);
    expect(fig(figs, '98%').value).toBe(-98);
  });
  it('the same period of a named year (較2024年同期的…) and 前年同時期', () => {
    const figs = run('騰訊2025年上半年的資本開支為465億元，較2024年同期的230億元增長102%。');
    expect(span(fig(figs, '230億元'))).toEqual(['2024-01-01', '2024-06-30']);
    expect(span(fig(figs, '102%'))).toEqual(['2025-01-01', '2025-06-30']);
    const ja = run('バイドゥの2022年7〜9月期の売上高は325億元で、前年同時期の319億元から2%増加した。');
    expect(span(fig(ja, '319億元'))).toEqual(['2021-07-01', '2021-09-30']);
  });
  it('signs: 少52% and 多35% (Hong Kong), 蝕 a loss, 縮小 a decrease, but 至少5% is at least', () => {
    const figs = run('阿里2025年第三季純利209億元，少52%；經調整EBITA多35%；國際業務去年同期蝕29億元。', { date: '2025-11-26' });
    expect(fig(figs, '52%').value).toBe(-52);
    expect(fig(figs, '35%').value).toBe(35);
    const loss = fig(figs, '29億元');
    expect(loss.value).toBe(-2.9e9);
    expect(span(loss)).toEqual(['2024-07-01', '2024-09-30']);
    expect(fig(run('增速至少5%。'), '5%').value).toBe(5);
    expect(fig(run('赤字額は前年から40%縮小した。'), '40%').value).toBe(-40);
  });
});

describe('spans so far and plan horizons (issue 11)', () => {
  const fig = (figures: Figure[], part: string) => {
    const f = figures.find((x) => x.surface.includes(part));
    expect(f, `${part} in ${figures.map((x) => x.surface).join(' | ')}`).toBeDefined();
    return f!;
  };
  const span = (f: Figure) => (f.period ? [f.period.start, f.period.end] : undefined);
  it('年初来 capex runs to the last quarter ended; a share move year to date runs to the date', () => {
    const figs = run('メタの年初来の設備投資は307億ドルに達し、昨年同期の152億ドルの2倍となった。', { date: '2025-08-02' });
    expect(span(fig(figs, '307億ドル'))).toEqual(['2025-01-01', '2025-06-30']);
    expect(span(fig(figs, '152億ドル'))).toEqual(['2024-01-01', '2024-06-30']);
    expect(span(fig(run('阿里巴巴年初至今股价上涨90%。', { date: '2025-08-29' }), '90%'))).toEqual(['2025-01-01', '2025-08-29']);
  });
  it('a span so far is not passed on to the next sentence', () => {
    const figs = run('阿里巴巴2025年第二季度收入2477亿元。年初至今股价上涨90%。云收入398亿元。', { date: '2025-11-26' });
    expect(span(fig(figs, '398亿元'))).toEqual(['2025-04-01', '2025-06-30']);
  });
  it('直近の四半期 is the latest quarter ended, 現在の四半期 the one under way, 最初の2四半期 the first half', () => {
    const figs = run('直近の四半期だけでも、メタの設備投資は170億ドルだった。マイクロソフトは現在の四半期に300億ドル以上を投じる。', { date: '2025-08-02' });
    expect(span(fig(figs, '170億ドル'))).toEqual(['2025-04-01', '2025-06-30']);
    expect(span(fig(figs, '300億ドル'))).toEqual(['2025-07-01', '2025-09-30']);
    expect(span(fig(run('アルファベットは今年の最初の2四半期で約400億ドルを投じた。', { date: '2025-08-02' }), '400億ドル'))).toEqual([
      '2025-01-01',
      '2025-06-30',
    ]);
  });
  it('a total since a quarter (自2024年四季度…以来累计) runs to the end of the period named last', () => {
    const figs = run('2025年上半年，腾讯资本开支为465亿元。自2024年四季度AI战略加速以来，腾讯累计资本开支已达831亿元。');
    expect(span(fig(figs, '831亿元'))).toEqual(['2024-10-01', '2025-06-30']);
  });
  it("the first months of the year so far take the company's fiscal calendar (今年6個月, 前三季度)", () => {
    const ali = run('阿里巴巴累計今年6個月純利641億元，收入4954億元。', { date: '2025-11-26' });
    expect(span(fig(ali, '641億元'))).toEqual(['2025-04-01', '2025-09-30']);
    const tc = run('腾讯今年前三季度收入5575亿元。', { date: '2025-11-14' });
    expect(span(fig(tc, '5575亿元'))).toEqual(['2025-01-01', '2025-09-30']);
  });
  it('"the strongest quarterly performance this year" names no period', () => {
    const figs = run(
      "Alibaba's fiscal second quarter ended September 30 was strong. The cloud unit delivered its strongest quarterly performance this year, with revenue rising 34% to 39.8 billion yuan.",
      {
        date: '2025-11-26',
      },
    );
    expect(span(fig(figs, '39.8 billion yuan'))).toEqual(['2025-07-01', '2025-09-30']);
  });
});

describe('an undated page dated by an amount and its growth rate (issue 11)', () => {
  it("a 4-digit amount is too weak alone; with the same period's growth rate it dates the page", () => {
    const figs = analyze({ text: 'アリババが15日発表した4-6月期決算は、売上高が前年同期比42%増の1149億元だった。' }, kb).figures;
    const f = figs.find((x) => x.surface.includes('1149億元'))!;
    expect([f.period?.start, f.period?.end]).toEqual(['2019-04-01', '2019-06-30']);
    expect(f.via?.period).toBe('assumed');
    // an amount alone does not
    const alone = analyze({ text: 'アリババが15日発表した4-6月期決算は、売上高が1149億元だった。' }, kb).figures.find((x) => x.surface.includes('1149億元'))!;
    expect(alone.period?.start).not.toBe('2019-04-01');
  });
});

describe('a sentence about the year before (issue 11)', () => {
  it('なお前年同期は…の特別利益を計上していた: the amount is the year-ago quarter’s; a bracket about the current period is not', () => {
    const figs = run('アリババの2016年4〜6月期の純利益は71億元だった。なお前年同期は投資関連で274億元の特別利益を計上していた。');
    const f = figs.find((x) => x.surface.includes('274億元'))!;
    expect([f.period?.start, f.period?.end]).toEqual(['2015-04-01', '2015-06-30']);
    const g = run('アリババの2019年4〜6月期の売上高は1149億元。前年同期は費用で利益が押し下げられていた(当期の費用は57%減の71億元)。').find((x) =>
      x.surface.includes('71億元'),
    )!;
    expect([g.period?.start, g.period?.end]).toEqual(['2019-04-01', '2019-06-30']);
  });
});

describe('a year-less quarter on an undated page, after a named period (issue 11)', () => {
  const at = (text: string, part: string) => {
    const f = run(text).find((x) => x.surface.includes(part))!;
    return [f.period?.start, f.period?.end];
  };
  it('is in the same year as that period, unless it would come after it', () => {
    expect(at('バイドゥの2022年第3四半期の売上高は111億元。第2四半期の売上高は101億元だった。', '101億元')).toEqual(['2022-04-01', '2022-06-30']);
    expect(at('テンセントの2025年第1四半期の売上高は111億元。第4四半期の売上高は101億元だった。', '101億元')).toEqual(['2024-10-01', '2024-12-31']);
  });
  it('comes after it when the text moves on (然而到第三季度)', () => {
    expect(at('2025年上半年，腾讯的资本开支为465亿元。然而到第三季度，腾讯资本开支为129亿元。', '129亿元')).toEqual(['2025-07-01', '2025-09-30']);
  });
});

describe('whose fiscal calendar a year-less quarter takes (issue 11)', () => {
  const at = (text: string, part: string, date = '2024-05-01') => {
    const f = run(text, { date }).find((x) => x.surface.includes(part))!;
    return [f.period?.start, f.period?.end];
  };
  it('同社の第1四半期: the company named last before it, not the page’s most named one', () => {
    const text = 'マイクロソフトの決算は好調で、マイクロソフト株は上昇した。\nメタは設備投資を増やした。\n同社の第1四半期の設備投資額は67億ドルだった。';
    expect(at(text, '67億ドル')).toEqual(['2024-01-01', '2024-03-31']);
  });
  it('one label shared by companies of different fiscal years (アルファベットとマイクロソフト, 両社) is a calendar quarter', () => {
    expect(at('アルファベットとマイクロソフトは第1四半期の設備投資が140億ドルを超えた。', '140億ドル')).toEqual(['2024-01-01', '2024-03-31']);
    const both =
      'アルファベットの売上高は805億ドル。\nマイクロソフトの売上高は619億ドル。\n両社とも、第1四半期の支出増は売上増を上回り、その差は20億ドルだった。';
    expect(at(both, '20億ドル')).toEqual(['2024-01-01', '2024-03-31']);
  });
  it("but a label with its fiscal year written stays the named company's", () => {
    expect(at('テンセントとアリババの2026財年第2四半期の売上高は2477億元だった。', '2477億元', '2025-11-26')).toEqual(['2025-07-01', '2025-09-30']);
  });
});

describe('relative fiscal quarters and months, and a bare year-ago amount (issue 11)', () => {
  const at = (text: string, part: string, date?: string) => {
    const f = run(text, date ? { date } : {}).find((x) => x.surface.includes(part))!;
    return [f.period?.start, f.period?.end];
  };
  it("今個財政年度首季: the first quarter of the fiscal year under way, in the company's calendar", () => {
    expect(at('阿里巴巴今個財政年度首季淨利潤451億元人民幣。', '451億元', '2021-08-03')).toEqual(['2021-04-01', '2021-06-30']);
  });
  it('去年10月 is a month of last year (an event), not the period of the amounts after it', () => {
    expect(at('阿里巴巴2021年第二季度收入2057億元。若不考慮去年10月開始合併的業務,收入升22%至1873億元。', '1873億元', '2021-08-03')).toEqual([
      '2021-04-01',
      '2021-06-30',
    ]);
  });
  it('上年同期145億元 without a particle is the year-ago amount', () => {
    expect(at('京東2025年第二季經調整淨利潤為74億元,上年同期145億元。', '145億元')).toEqual(['2024-04-01', '2024-06-30']);
  });
});

describe('shapes from a Japanese hold-out set (issue 11)', () => {
  const at = (text: string, part: string, date?: string) => {
    const f = run(text, date ? { date } : {}).find((x) => x.surface.includes(part))!;
    return f.period ? [f.period.start, f.period.end] : undefined;
  };
  it('a URL dated /2017/0519/', () => {
    expect(urlDate('http://j.people.com.cn/n3/2017/0519/c94476-9217972.html')).toBe('2017-05-19');
  });
  it('17年の第1四半期 and a year-less label of the quarter just named', () => {
    expect(at('テンセントも17年の第1四半期(1-3月)の決算を発表し、総収入は495億元だった。', '495億元', '2017-05-19')).toEqual(['2017-01-01', '2017-03-31']);
    expect(at('アリババは2016年第4四半期(10-12月)の決算を発表。第4四半期の収入は385億元に達した。', '385億元', '2017-05-19')).toEqual([
      '2016-10-01',
      '2016-12-31',
    ]);
  });
  it('Q1に引き続き: a period continued from is not the one reported', () => {
    expect(at('テンセントはQ1に引き続き好調な業績を残した。売上高は29%増の1149億元となった。', '1149億元', '2020-08-21')?.[0]).not.toBe('2020-01-01');
  });
  it('上半期 alone is the latest half ended by the date; "2013年上半期の28%から32%に" leaves 2013 to the 28%', () => {
    expect(at('テンセントが13日発表した上半期の決算で、売上高は37%増の381億元だった。', '381億元', '2014-08-14')).toEqual(['2014-01-01', '2014-06-30']);
    const figs = run('テンセントの上半期の純利益率が2013年上半期の28%から32%に上昇した。', { date: '2014-08-14' });
    expect(figs.find((x) => x.surface.startsWith('32%'))!.period?.start).not.toBe('2013-01-01');
    expect(figs.find((x) => x.surface.startsWith('28%'))!.period?.start).toBe('2013-01-01');
  });
});

describe('headings and two-digit years on undated pages', () => {
  it('a line holding only a fiscal year (2019年度) gives the prose line under it its year', () => {
    const text =
      'バイドゥは2001年に創業した検索会社です。\n2019年度\n売上高は前年度比3.1%増の980億元になりました。営業利益は12.5%減の70億元になりました。\n2020年度\n売上高は前年度比1.2%増の990億元になりました。';
    const figs = run(text);
    expect(periodOf(figs, '980億元')).toEqual(['2019-01-01', '2019-12-31']);
    expect(periodOf(figs, '70億元')).toEqual(['2019-01-01', '2019-12-31']);
    expect(periodOf(figs, '990億元')).toEqual(['2020-01-01', '2020-12-31']);
  });
  it('a heading that says more than its period (2024年の展望) keeps prose under it out of its reach', () => {
    const text = '2023年の展望\nテンセントの2022年の売上高は5500億元だった。';
    expect(periodOf(run(text), '5500億元')).toEqual(['2022-01-01', '2022-12-31']);
  });
  it('21年の売上高 / 19年通年の: a two-digit year next to a four-digit one', () => {
    const figs = run('バイトダンスの2023年の売上高は1100億ドルだった。21年の売上高は610億ドル、22年の売上高は850億ドルとされる。');
    expect(periodOf(figs, '610億ドル')).toEqual(['2021-01-01', '2021-12-31']);
    expect(periodOf(figs, '850億ドル')).toEqual(['2022-01-01', '2022-12-31']);
    const figs2 = run('百度の2019年第4四半期の売上高は290億元だった。19年通年の売上高は1070億元だった。');
    expect(periodOf(figs2, '1070億元')).toEqual(['2019-01-01', '2019-12-31']);
  });
  it('過去10年の投資額 and a two-digit year far from any year named are no years', () => {
    const figs = run('アリババは2025年、過去10年の投資額を上回る3800億元を投じると発表した。');
    expect(periodOf(figs, '3800億元')?.[0]).not.toBe('2010-01-01');
    expect(run('テンセントの売上高は10年の500億元から伸びた。').some((f) => f.period?.start === '2010-01-01')).toBe(false);
  });
});

describe('a change counted from a year-ago amount, and a headline quarter above its year', () => {
  it('"22年の売上高は5000億元で、21年の5100億元から2%下がった": the 2% is 2022\'s', () => {
    const figs = run('テンセントの2022年の売上高は5000億元で、2021年の5100億元から2%下がった。');
    expect(periodOf(figs, '5100億元')).toEqual(['2021-01-01', '2021-12-31']);
    expect(periodOf(figs, '2%下がった')?.[0]).toBe('2022-01-01');
  });
  it('3Qは30%増益 atop an undated page takes the year of the 3rd quarter named below', () => {
    const figs = run('テンセント、3Qは30%増益\nテンセントが発表した2023年第3四半期(7~9月)決算は、純利益が前年同期比30%増の450億元だった。');
    expect(periodOf(figs, '30%増益')).toEqual(['2023-07-01', '2023-09-30']);
  });
  it('a headline quarter with another quarter below stays unresolved, and Qwen3 or 13q is no quarter', () => {
    const figs = run('テンセント、1Qは30%増益\nテンセントが発表した2023年第3四半期(7~9月)決算は、純利益が450億元だった。');
    expect(periodOf(figs, '30%増益')?.[0]).not.toBe('2023-07-01');
    expect(run('アリババは13qの計画で100億元を投じる。').some((f) => f.kind === 'period')).toBe(false);
  });
});

describe('an undated page dated by an amount and the growth of the same line item (issue 11)', () => {
  it("312億元 and 7%減 are one quarter's revenue and its growth in the KB: 第3四半期 is that quarter", () => {
    const figs = run('百度は第3四半期の売上高が312億元で、前年同期比7%減少した。');
    expect(periodOf(figs, '312億元')).toEqual(['2025-07-01', '2025-09-30']);
  });
  it('a growth of the wrong sign (7%増) is no such pair: the quarter stays unsettled', () => {
    const figs = run('百度は第3四半期の売上高が312億元で、前年同期比7%増加した。');
    expect(periodOf(figs, '312億元')).toBeUndefined();
  });
});

describe('通年 / 通期 with no year named: the (fiscal) year of the quarter before it', () => {
  it("a calendar-year company's 通年 after its fourth quarter is that year", () => {
    const figs = run('テンセントの2024年第4四半期の売上高は1700億元だった。通年の売上高は6600億元だった。');
    expect(periodOf(figs, '6600億元')).toEqual(['2024-01-01', '2024-12-31']);
  });
  it("Alibaba's 通期 after its January-March quarter is the fiscal year ending in March", () => {
    const figs = run('アリババの2025年1~3月期の売上高は2365億元だった。通期の売上高は9963億元だった。');
    expect(periodOf(figs, '9963億元')).toEqual(['2024-04-01', '2025-03-31']);
  });
  it('前年通期 is not the current year', () => {
    const figs = run('テンセントの2024年第4四半期の売上高は1700億元だった。前年通期の売上高は6090億元だった。');
    expect(periodOf(figs, '6090億元')?.[0]).not.toBe('2024-01-01');
  });
});

describe("a paragraph about another company takes that company's period, not the article's first", () => {
  it("Alibaba reports a quarter, Tencent another; the Tencent paragraph after keeps Tencent's quarter", () => {
    const text =
      'アリババは2024年第4四半期(10-12月)の決算を発表し、売上高は2801億元だった。テンセントも25年の第1四半期(1-3月)の決算を発表し、売上高は1800億元だった。\nテンセントの事業では、うち、ゲームの収入が前年同期比24%増だった。';
    const figs = run(text, { date: '2025-05-20' });
    expect(periodOf(figs, '24%増')).toEqual(['2025-01-01', '2025-03-31']);
  });
  it("a paragraph about the article's own company keeps the article's period", () => {
    const text =
      'アリババは2024年第4四半期(10-12月)の決算を発表し、売上高は2801億元だった。テンセントも25年の第1四半期(1-3月)の決算を発表し、売上高は1800億元だった。\nアリババの事業では、クラウドの収入が前年同期比13%増だった。';
    const figs = run(text, { date: '2025-05-20' });
    expect(periodOf(figs, '13%増')).toEqual(['2024-10-01', '2024-12-31']);
  });
});

describe('a dated results article naming its quarter only further down', () => {
  it('results before the quarter is named take the last quarter ended by the date, when the text names it later', () => {
    const text = 'テンセントは前期に引き続き好調だった。売上高は20%増の1500億元となった。\nまた、第2四半期のクラウド収入も30%増加した。';
    const figs = run(text, { date: '2020-08-21' });
    expect(periodOf(figs, '1500億元')).toEqual(['2020-04-01', '2020-06-30']);
  });
  it('a quarter named further down that is not the last one ended by the date lends nothing', () => {
    const text = 'テンセントは前期に引き続き好調だった。売上高は20%増の1500億元となった。\nまた、第1四半期のクラウド収入は30%増加した。';
    const figs = run(text, { date: '2020-08-21' });
    expect(periodOf(figs, '1500億元')?.[0]).not.toBe('2020-01-01');
  });
});

describe('a month as the topic of a share, and the same month a year before', () => {
  it('8月が1.5%と前年同月の3.2%から低下: August, then August a year before', () => {
    const figs = run('2023年第3四半期(7~9月)の決算で、テンセントのゲーム時間に占める未成年者の割合は、8月が1.5%と前年同月の3.2%から低下した。', {
      date: '2023-11-20',
    });
    expect(periodOf(figs, '1.5%')).toEqual(['2023-08-01', '2023-08-31']);
    expect(periodOf(figs, '3.2%')).toEqual(['2022-08-01', '2022-08-31']);
  });
  it('a month that dates an event (8月に発表した) is no period of the results', () => {
    const figs = run('テンセントの2023年第2四半期の売上高は、8月に発表した決算で1492億元だった。');
    expect(periodOf(figs, '1492億元')).toEqual(['2023-04-01', '2023-06-30']);
  });
});

/** The period of the figure whose surface starts with `text` (surfaces carry 増 / の赤字 after the number). */
function periodAt(figures: Figure[], text: string): [string, string] | undefined {
  const f = figures.find((x) => x.surface.startsWith(text));
  expect(f, `${text} in ${figures.map((x) => x.surface).join(' | ')}`).toBeDefined();
  return f!.period ? [f!.period.start, f!.period.end] : undefined;
}

describe('periods a comparison is counted from, and parts of a period', () => {
  it('a period followed by 比 / との比較 / よりも is the basis, not the period of the figures after it', () => {
    const a = run('2025年7〜9月期の売上高は350億ドル(前年同期比94%増、2025年4〜6月期比17%増)だった。', { date: '2025-11-20' });
    expect(periodAt(a, '17%')).toEqual(['2025-07-01', '2025-09-30']);
    const b = run('2018年7〜9月期の決算。ゲーム売上高は4%減。前期(2018年4〜6月期)との比較では2.4%増えた。', { date: '2018-11-15' });
    expect(periodAt(b, '2.4%')).toEqual(['2018-07-01', '2018-09-30']);
    const c = run('マイクロソフトの2023年7-9月期決算。アジュールの伸びは29%で、4-6月期よりも高い。純利益は27%増の223億ドル。', { date: '2023-10-25' });
    expect(periodAt(c, '223億ドル')).toEqual(['2023-07-01', '2023-09-30']);
  });
  it('an unresolved quarter a change is counted from (第3四半期から12%増) does not stop the period named before', () => {
    const figs = run('2025年1月26日に終了した第4四半期の売上高は393億ドル。第3四半期から12%増、前年同期から78%増だった。');
    expect(periodAt(figs, '12%')).toEqual(periodAt(figs, '393億ドル'));
    expect(periodAt(figs, '12%')).toBeDefined();
  });
  it('前四半期から / 前期から (a basis) do not make the sentence vague', () => {
    const figs = run('2024年10〜12月期の売上高は393億ドルだった。前四半期から12%増加した。', { date: '2025-02-27' });
    expect(periodAt(figs, '12%')).toEqual(['2024-10-01', '2024-12-31']);
  });
  it('うち1~3月期は…: a part of the year named before, for its own clause only', () => {
    const figs = run('アリババの2025年3月期決算は、売上高が6%増の9963億元。うち1~3月期は7%増の2364億元だった。純利益は1259億元。', {
      date: '2025-05-16',
    });
    expect(periodAt(figs, '2364億元')).toEqual(['2025-01-01', '2025-03-31']);
    expect(periodAt(figs, '1259億元')).toEqual(['2024-04-01', '2025-03-31']);
  });
});

describe('month spans with the company name of their quarter, and cumulative quarters', () => {
  it('1-3月期(第3四半期) / 4~9月期(上半期): the months decide, the bracket restates them', () => {
    const a = run('マイクロソフトは2025年10-12月期(第2四半期)の決算を発表した。同社は1-3月期(第3四半期)のAzure売上高が37-38%伸びると見込む。', {
      date: '2026-01-29',
    });
    expect(periodAt(a, '37-38%')).toEqual(['2026-01-01', '2026-03-31']);
    const b = run('アリババの2025年7~9月期の売上高は2478億元。4~9月期(上半期)の売上高は4954億元だった。', { date: '2025-11-26' });
    expect(periodAt(b, '4954億元')).toEqual(['2025-04-01', '2025-09-30']);
  });
  it('a 決算短信 reports its quarters cumulatively: 2026年3月期第3四半期 is April to December', () => {
    const figs = run('2026年3月期 第3四半期決算短信\n2026年3月期第3四半期の連結売上高は5兆7,192億円(前年同期比7.9%増)となりました。', { date: '2026-02-12' });
    expect(periodAt(figs, '5兆7,192億円')).toEqual(['2025-04-01', '2025-12-31']);
    // in other news the same label is the quarter
    const q = run('ソフトバンクグループの2026年3月期第3四半期の売上高は1兆9000億円だった。', { date: '2026-02-12' });
    expect(periodAt(q, '1兆9000億円')).toEqual(['2025-10-01', '2025-12-31']);
  });
  it('2025 年会計年度 is a fiscal label (the company calendar), not the calendar year 2025', () => {
    const figs = run('NVIDIA の 2025 年会計年度の売上高は前年度比 114% 増の 1,305 億ドルとなりました。', { date: '2025-02-27' });
    expect(periodAt(figs, '1,305 億ドル')).toEqual(['2024-02-01', '2025-01-31']);
  });
});

describe('前期, 前年度, 昨年度, 過去12カ月', () => {
  it('前期 after a fiscal year is the year before it; after a quarter, the quarter before', () => {
    const a = run('ソフトバンクGの2025年3月期の純利益は1兆1533億円。前期は2276億円の赤字だった。', { date: '2025-05-14' });
    expect(periodAt(a, '2276億円')).toEqual(['2023-04-01', '2024-03-31']);
    const b = run('ソフトバンクGの2025年3月期の純利益は1兆1533億円。前期の純損益は2276億円の赤字だった。', { date: '2025-05-14' });
    expect(periodAt(b, '2276億円')).toEqual(['2023-04-01', '2024-03-31']);
    const c = run('バイドゥの1~3月期決算は売上高が3%増の325億元。前期(10~12月期)は2%減だった。', { date: '2025-05-20' });
    expect(periodAt(c, '2%減')).toEqual(['2024-10-01', '2024-12-31']);
  });
  it('昨年度 / 今年度 are fiscal years of the company counted from the date; 前年度 the one before the year named', () => {
    expect(periodAt(run('アリババの昨年度の売上高は9963億元だった。', { date: '2025-05-16' }), '9963億元')).toEqual(['2024-04-01', '2025-03-31']);
    expect(periodAt(run('テンセントの昨年度の売上高は6603億元だった。', { date: '2025-05-16' }), '6603億元')).toEqual(['2024-01-01', '2024-12-31']);
    const figs = run('アリババは2025年3月期の決算を発表した。前年度の売上高は9411億元だった。', { date: '2025-05-16' });
    expect(periodAt(figs, '9411億元')).toEqual(['2023-04-01', '2024-03-31']);
  });
  it('2024年度同期の… is the same quarter of the fiscal year named (Alibaba: FY2024 Q2 = July to September 2023)', () => {
    const figs = run('アリババの2025年度第2四半期の持分法投資収益は9億元で、2024年度同期の57億元の損失と比較して増加した。', { date: '2024-11-20' });
    expect(periodAt(figs, '9億元')).toEqual(['2024-07-01', '2024-09-30']);
    expect(periodAt(figs, '57億元')).toEqual(['2023-07-01', '2023-09-30']);
  });
  it('直近1年間 / この1年間 look back, not ahead; 過去12カ月 in results news ends with the quarter reported', () => {
    expect(periodAt(run('アリババの直近1年間の設備投資は860億元。', { date: '2025-05-16' }), '860億元')).toEqual(['2024-05-16', '2025-05-16']);
    expect(periodAt(run('アリババのこの1年間の設備投資は860億元。', { date: '2025-05-16' }), '860億元')).toEqual(['2024-05-16', '2025-05-16']);
    const figs = run('アリババが発表した2025年7~9月期決算によると、売上高は2478億元。同社の過去12カ月の設備投資は1200億元に達した。', { date: '2025-11-30' });
    expect(periodAt(figs, '1200億元')).toEqual(['2024-10-01', '2025-09-30']);
    // a span of its own clause: the sentences after it keep the quarter
    const next = run('2023年4~6月期の決算。直近1年の新規出店は512万店。海外ECは41%増の221億元。', { date: '2023-08-11' });
    expect(periodAt(next, '221億元')).toEqual(['2023-04-01', '2023-06-30']);
  });
});

describe('fiscal labels in translated and broker forms', () => {
  it('25年3月期 (two-digit year) is the fiscal year ending March 2025', () => {
    const figs = run(
      'アリババ、25年3月期は62%増益\n2025年3月期の純利益は1294億元。\n1~3月期は売上高が7%増の2364億元。\n事業別では、クラウドの売上高が11%増の1180億元となった。',
      {
        date: '2025-05-16',
      },
    );
    expect(periodAt(figs, '62%')).toEqual(['2024-04-01', '2025-03-31']);
  });
  it('会計年度2026年第2四半期 / 2QFY26 / 2025年第2四半期(2026会計年度) are fiscal quarters of the company', () => {
    const at = (t: string) => periodAt(run(`アリババの${t}の売上高は2478億元。`, { date: '2025-11-26' }), '2478億元');
    expect(at('会計年度2026年第2四半期')).toEqual(['2025-07-01', '2025-09-30']);
    expect(at('2QFY26')).toEqual(['2025-07-01', '2025-09-30']);
    expect(at('2025年第2四半期(2026会計年度)')).toEqual(['2025-07-01', '2025-09-30']);
  });
  it('9月四半期 is the quarter ending in September, not the month', () => {
    expect(periodAt(run('アリババの9月四半期の売上高は2478億元。', { date: '2025-11-26' }), '2478億元')).toEqual(['2025-07-01', '2025-09-30']);
  });
  it('前年同期の売上高は… is the same quarter a year before', () => {
    const figs = run('アリババの2025年7~9月期の売上高は2478億元だった。前年同期の売上高は2365億元。', { date: '2025-11-26' });
    expect(periodAt(figs, '2365億元')).toEqual(['2024-07-01', '2024-09-30']);
  });
});

describe('year-less month spans and spans that end a clause', () => {
  it('10-12月期 after 2018年10-12月期 is that quarter, also on an undated page', () => {
    const figs = run(
      'アリババの2018年10-12月期決算は増収だった。中核事業は17年7-9月期まで増収率が50%を超えていた。一方、全体の売上高は41%増。10-12月期の営業利益は3%増にとどまった。',
    );
    expect(periodAt(figs, '41%')).toEqual(['2018-10-01', '2018-12-31']);
    expect(periodAt(figs, '3%')).toEqual(['2018-10-01', '2018-12-31']);
    expect(periodAt(figs, '50%')).toEqual(['2017-07-01', '2017-09-30']);
  });
});

describe('English quarter words', () => {
  it('third-quarter revenue / the June-quarter: hyphenated quarters are quarters', () => {
    const a = run("Tencent's third-quarter revenue rose 15% to 192.9 billion yuan.", { date: '2025-11-14' });
    expect(periodAt(a, '192.9 billion yuan')).toEqual(['2025-07-01', '2025-09-30']);
    const b = run("Alibaba's June-quarter revenue rose 2% to RMB 247.7 billion.", { date: '2025-08-30' });
    expect(periodAt(b, 'RMB 247.7 billion')).toEqual(['2025-04-01', '2025-06-30']);
  });
  it('In the same quarter last year, … is a year back; for the full fiscal year, … is the fiscal year', () => {
    const a = run("Alibaba's fiscal second quarter revenue grew 5% to RMB 247.8 billion. In the same quarter last year, revenue was RMB 236.5 billion.", {
      date: '2025-11-26',
    });
    expect(periodAt(a, 'RMB 236.5 billion')).toEqual(['2024-07-01', '2024-09-30']);
    const b = run('Alibaba posted revenue of RMB 236.5 billion in the March quarter. For the full fiscal year, revenue rose 6% to RMB 996.3 billion.', {
      date: '2025-05-16',
    });
    expect(periodAt(b, 'RMB 996.3 billion')).toEqual(['2024-04-01', '2025-03-31']);
  });
});

describe('more Japanese quarter and year forms', () => {
  const at = (t: string, date = '2025-11-26') => periodAt(run(`アリババの${t}の売上高は2478億元だった。`, { date }), '2478億元');
  it('9月までの四半期 / 2025年9月末までの四半期 / 9月締めの四半期 end in that month', () => {
    expect(at('9月までの四半期')).toEqual(['2025-07-01', '2025-09-30']);
    expect(at('2025年9月末までの四半期')).toEqual(['2025-07-01', '2025-09-30']);
    expect(at('9月締めの四半期')).toEqual(['2025-07-01', '2025-09-30']);
  });
  it('今年の第3四半期 is the calendar quarter of the year of the date (not a fiscal one); 第2会計四半期 is fiscal', () => {
    expect(at('今年の第3四半期')).toEqual(['2025-07-01', '2025-09-30']);
    expect(at('昨年第4四半期')).toEqual(['2024-10-01', '2024-12-31']);
    expect(at('第2会計四半期')).toEqual(['2025-07-01', '2025-09-30']);
  });
  it('24年度 / 25年度 are fiscal years of the company', () => {
    expect(at('25年度')).toEqual(['2024-04-01', '2025-03-31']);
  });
});

describe('a year an event or a trend starts', () => {
  it('2024年から続く投資 / 2019年の香港上場以来 date an event: no period of the amounts around them', () => {
    const a = run('アリババは25日、2025年7~9月期決算を発表した。\n2024年から続く即時小売への投資が重荷となり、純利益は52%減の209億元だった。', {
      date: '2025-11-26',
    });
    expect(periodAt(a, '209億元')).toEqual(['2025-07-01', '2025-09-30']);
    const b = run('アリババの7~9月期決算は売上高が5%増の2478億元だった。2019年の香港上場以来、最大の減益となった。純利益は52%減の209億元。', {
      date: '2025-11-26',
    });
    expect(periodAt(b, '209億元')).toEqual(['2025-07-01', '2025-09-30']);
  });
});

describe('a paragraph without a period of its own', () => {
  it('takes the period the text named last, for the same company (not a relative year, not one bound to an amount)', () => {
    const a = run(
      'アリババの2024年10~12月期の売上高は2801億元だった。\n\n同社は15日、2025年1~3月期の決算を発表した。\n\nクラウド部門の売上高は18%増の301億元だった。',
      { date: '2025-05-16' },
    );
    expect(periodAt(a, '301億元')).toEqual(['2025-01-01', '2025-03-31']);
    // a relative year named last (昨年の補助金…) is no period of the next paragraph's results
    const b = run('アリババの2025年度第3四半期決算。売上高は8%増の2801億元。\n\n昨年の補助金が寄与した。\n\n海外事業は前年同期比32%増。', {
      date: '2025-02-21',
    });
    expect(periodAt(b, '32%')).toEqual(['2024-10-01', '2024-12-31']);
  });
});

describe('second round: comparison amounts, cumulative spans and whole years', () => {
  it('N年12月期本決算 / 通期 is the whole fiscal year ending that month, not its last quarter', () => {
    const a = run('検索大手の百度が発表した2022年12月期本決算は、純利益が31%増の80億元だった。研究開発費は5%増の200億元。', { date: '2023-03-01' });
    expect(periodAt(a, '80億元')).toEqual(['2022-01-01', '2022-12-31']);
    expect(periodAt(a, '200億元')).toEqual(['2022-01-01', '2022-12-31']);
  });
  it('Q1~Q3 / 1-3Q is the first nine months of the year, carried to the next paragraph', () => {
    const a = run('網易の2023年Q3の売上高は20億元。\nQ1~Q3の売上高は60億元、前年比3%増加。\n純利益は12億元だった。', { date: '2023-11-20' });
    expect(periodAt(a, '20億元')).toEqual(['2023-07-01', '2023-09-30']);
    expect(periodAt(a, '60億元')).toEqual(['2023-01-01', '2023-09-30']);
    expect(periodAt(a, '12億元')).toEqual(['2023-01-01', '2023-09-30']);
  });
  it('このうち第4四半期 heading a paragraph is the period of that paragraph (not only its own clause)', () => {
    const a = run(
      '2022年、百度の売上高は1200億元で、前年比2%増加した。\nこのうち第4四半期の売上高は320億元だった。純利益は人民元20億元で、前年同期比10%減少した。',
      {
        date: '2023-03-01',
      },
    );
    expect(periodAt(a, '1200億元')).toEqual(['2022-01-01', '2022-12-31']);
    expect(periodAt(a, '20億元')).toEqual(['2022-10-01', '2022-12-31']);
    expect(periodAt(a, '10%')).toEqual(['2022-10-01', '2022-12-31']);
  });
  it('前年同期の12%増 is the growth of the period the sentence is about; (同X元) after a year-earlier amount is that year too', () => {
    const a = run('2009年第2四半期の売上高については,前年同期の30~35%増の8億元を見込んでいる。', { date: '2009-05-01' });
    expect(periodAt(a, '30~35%増')).toEqual(['2009-04-01', '2009-06-30']);
    const b = run('テンセントの2019年第3・四半期決算。純利益は200億元(1株当たり2.10元)で、前年同期の230億元(同2.40元)から減少した。', { date: '2019-11-14' });
    expect(periodAt(b, '230億元')).toEqual(['2018-07-01', '2018-09-30']);
    expect(periodAt(b, '2.40元')).toEqual(['2018-07-01', '2018-09-30']);
  });
  it('去年同期に…の収益を得た: a clause a year-earlier period heads', () => {
    const a = run('CATLの2023年Q3の収益は300億元。去年同期に子会社を売却し、8億元の収益を得た。', { date: '2023-11-01' });
    expect(periodAt(a, '8億元')).toEqual(['2022-07-01', '2022-09-30']);
  });
  it('Chinese: 去年同期經營利潤X / 而去年同期为净亏损X / 去年則為X% / 較上季X are the earlier periods; 比2021年第三季度增长 is a basis', () => {
    const a = run(
      '截至今年6月底止第二季純利30億元。期內經營利潤20億元，去年同期經營利潤25億元；經營利潤率為2.1%，去年則為3.3%。至於期內新業務經營損失40.5億元，較上季損失35.2億元擴大；經營利潤率負50.2%。',
      { date: '2024-08-15' },
    );
    expect(periodAt(a, '25億元')).toEqual(['2023-04-01', '2023-06-30']);
    expect(periodAt(a, '3.3%')).toEqual(['2023-04-01', '2023-06-30']);
    expect(periodAt(a, '40.5億元')).toEqual(['2024-04-01', '2024-06-30']);
    expect(periodAt(a, '35.2億元')).toEqual(['2024-01-01', '2024-03-31']);
    expect(periodAt(a, '負50.2%')).toEqual(['2024-04-01', '2024-06-30']);
    const b = run('2023年第二季度净收入为2800亿元人民币,比2022年第二季度增长7.6%。2023年第二季度净收益为人民币60亿元,而去年同期为净亏损人民币12亿元。', {
      date: '2023-08-16',
    });
    expect(periodAt(b, '增长7.6%')).toEqual(['2023-04-01', '2023-06-30']);
    expect(periodAt(b, '人民币12亿元')).toEqual(['2022-04-01', '2022-06-30']);
  });
  it('English: "to 5.1% from 4.2% year-over-year": the rate it rose from is a year earlier', () => {
    const a = run('Meituan reported Q2 2024 revenue of RMB82.3 billion. Its operating margin widened to 5.1% from 4.2% year-over-year.');
    expect(periodAt(a, '5.1%')).toEqual(['2024-04-01', '2024-06-30']);
    expect(periodAt(a, '4.2%')).toEqual(['2023-04-01', '2023-06-30']);
  });
});

describe('second round: comparisons written other ways, and pages naming no period', () => {
  it('前年の同じ時期は / 前年同期(X) / 前年同期の実績(X) / a line headed 前年同期: / 前の期は are the earlier period', () => {
    const d = { date: '2023-11-20' };
    expect(periodAt(run('京東の2023年7~9月期決算は、純利益が80億元だった。前年の同じ時期は60億元だった。', d), '60億元')).toEqual(['2022-07-01', '2022-09-30']);
    expect(periodAt(run('京東の2023年7~9月期決算は、純利益が80億元と、前年同期(60億元)を上回った。', d), '60億元')).toEqual(['2022-07-01', '2022-09-30']);
    expect(periodAt(run('京東の2023年7~9月期決算は増収増益。\n前年同期:売上高2400億元、純利益60億元', d), '60億元')).toEqual(['2022-07-01', '2022-09-30']);
    const a = run('ソニーの2023年3月期決算は、最終損益が3000億円の赤字だった。前の期は3700億円の赤字だった。', { date: '2023-05-20' });
    expect(periodAt(a, '3700億円')).toEqual(['2021-04-01', '2022-03-31']);
  });
  it('売上高はX(同Y) after 純利益はA(前年同期B): the 同 amount is of the year before too', () => {
    const a = run('2023年7~9月期の純利益は80億元(前年同期60億元)、売上高は2500億元(同2400億元)だった。', { date: '2023-11-20' });
    expect(periodAt(a, '2500億元')).toEqual(['2023-07-01', '2023-09-30']);
    expect(periodAt(a, '2400億元')).toEqual(['2022-07-01', '2022-09-30']);
    // (前年同期比5%増) then (同12%増): 同 is the growth basis, the amounts stay the period's own
    const b = run('京東の2023年7~9月期の決算。\n・売上高:2500億元(前年同期比5%増)\n・純利益:80億元(同12%増)', { date: '2023-11-20' });
    expect(periodAt(b, '80億元')).toEqual(['2023-07-01', '2023-09-30']);
  });
  it('"A year earlier it was X" is the same period a year before', () => {
    const a = run("JD.com's revenue rose 5% to 260 billion yuan in the third quarter of 2023. A year earlier it was 247 billion yuan.");
    expect(periodAt(a, '247 billion yuan')).toEqual(['2022-07-01', '2022-09-30']);
  });
  it('第三季度 in November for a company whose fiscal third quarter has not ended is the calendar quarter just ended', () => {
    const a = run('阿里巴巴第三季度净利润400亿元，上年同期净利润为270亿元。', { date: '2023-11-20' });
    expect(periodAt(a, '400亿元')).toEqual(['2023-07-01', '2023-09-30']);
    expect(periodAt(a, '270亿元')).toEqual(['2022-07-01', '2022-09-30']);
  });
  it('a dated page naming no period: 前年同期は…の赤字 is a year before the quarter the date last closed', () => {
    const a = run('京東が発表した決算によると、前年同期は30億元の赤字だった。', { date: '2023-11-20' });
    expect(periodAt(a, '30億元')).toEqual(['2022-07-01', '2022-09-30']);
  });
  it('results compared with a year before on a page naming no period: the quarter its first date last closed', () => {
    const a = run('美団の香港株は2024年9月2日に8%上昇した。コアローカルコマース部門は、1年前比18%の売上高増により、600億人民元に達した。');
    expect(periodAt(a, '600億人民元')).toEqual(['2024-04-01', '2024-06-30']);
    // (年度資本開支…同比增長: a year's total, not a quarter guessed from the date; 突破 is read with the amount)
    const b = run('美團的股價於2024年9月2日上漲。美團年度資本開支突破 300 億元,同比增長 20%,創歷史新高。');
    expect(periodAt(b, '突破 300 億元')).toBeUndefined();
  });
  it('a growth over a year after a sentence on guidance for a year under way is of the article period', () => {
    const a = run(
      'Baidu reported Q2 2024 revenue of RMB 33.9 billion on August 22, 2024, while raising its AI capital expenditure guidance to RMB 12 billion for 2024. Revenue still fell 0.4 percent year over year and net profit advanced 2 percent.',
    );
    expect(periodAt(a, '2 percent')).toEqual(['2024-04-01', '2024-06-30']);
  });
});

describe('English spans named by the month they run to', () => {
  it('the three months through December / nine months ended September / three months to December 2024', () => {
    const a = run("JD.com's revenue in the three months through December rose 13% to 347 billion yuan.", { date: '2025-03-06' });
    expect(periodAt(a, '347 billion yuan')).toEqual(['2024-10-01', '2024-12-31']);
    const b = run('Revenue for the nine months ended September rose 15% to 950 billion yuan.', { date: '2025-11-14' });
    expect(periodAt(b, '950 billion yuan')).toEqual(['2025-01-01', '2025-09-30']);
    const c = run('Revenue in the three months to December 2024 rose 13% to 347 billion yuan.');
    expect(periodAt(c, '347 billion yuan')).toEqual(['2024-10-01', '2024-12-31']);
  });
});
