// Period shapes of a third round, each written from the shape (own sentences): press-release lines
// hard-wrapped inside a sentence, a change counted from a named period, a forecast's quarter under
// way, a year heading a line item, a year an event dates, cumulative quarters (第1~3四半期), a change
// from one span's rate to another's (から…へ), a single month (10月単月), a first since (以来的首次),
// an undated page whose year-less quarter takes the year of the quarter named below, and a footnote
// mark copied into a converted amount. Runs the real pipeline (analyze) on the bundled KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { sentences } from '../../utils/analysis/figures/sentences';
import type { AnalyzeInput, Figure } from '../../utils/analysis/types';
import { SEP25, get, run as runChecks, status } from './support/checks-kb';

const kb = loadKbIndex();
const run = (text: string, extra: Partial<AnalyzeInput> = {}) => analyze({ text, ...extra }, kb).figures;
/** The period of the figure whose surface starts with `part`, else holds it. */
function periodOf(figures: Figure[], part: string): [string, string] | undefined {
  const f = figures.find((x) => x.surface.startsWith(part)) ?? figures.find((x) => x.surface.includes(part));
  expect(f, `${part} in ${figures.map((x) => x.surface).join(' | ')}`).toBeDefined();
  return f!.period ? [f!.period.start, f!.period.end] : undefined;
}
const Q = (y: number, q: number): [string, string] => [
  `${y}-${String(3 * q - 2).padStart(2, '0')}-01`,
  new Date(Date.UTC(y, 3 * q, 0)).toISOString().slice(0, 10),
];

describe('hard-wrapped English lines', () => {
  it('a line break after a space inside a sentence does not end it', () => {
    const text = 'Widget revenue was RMB50.2 billion for the third \n      quarter of 2025.\n\nA new paragraph starts here.';
    expect(sentences(text).length).toBe(2);
    // a headline line without a trailing space still ends its sentence
    expect(sentences('Widgets sell well\nThe maker said on Monday').length).toBe(2);
  });
  it('each amount keeps its own quarter across the wrapped lines', () => {
    const text =
      'Net income of Acme was RMB5.3 \n      billion for the third quarter of 2025, compared to \n      RMB11.7 billion for the third quarter of 2024. Revenue was RMB250.6 billion (US$35.2 billion) for \n      the third quarter of 2025, an increase of 11.4% from the third quarter of \n      2024.';
    const figs = run(text, { date: '2025-11-14' });
    expect(periodOf(figs, 'RMB11.7')).toEqual(Q(2024, 3));
    expect(periodOf(figs, 'RMB250.6')).toEqual(Q(2025, 3));
    expect(periodOf(figs, '11.4%')).toEqual(Q(2025, 3));
  });
});

describe('a period a change is counted from is not the period of the change', () => {
  it('"an increase of 8.1% from the third quarter of 2024" is growth of the quarter reported', () => {
    const figs = run('Acme posted sales of RMB50.2 billion for the third quarter of 2025, an increase of 8.1% from the third quarter of 2024.', {
      date: '2025-11-20',
    });
    expect(periodOf(figs, '8.1%')).toEqual(Q(2025, 3));
  });
  it('"faster than the 6% growth in the second quarter of 2025": the 6% is of that quarter, nothing after it is', () => {
    const text =
      'Acme had a solid third quarter with sales up 12% year-over-year. Gross receipts rose 9%, faster than the 6% growth in the second quarter of 2025.\nCloud revenue grew 14%.';
    const figs = run(text);
    expect(periodOf(figs, '6%')).toEqual(Q(2025, 2));
    // undated: the year-less third quarter takes the year of the quarter named below
    expect(periodOf(figs, '12%')).toEqual(Q(2025, 3));
    expect(periodOf(figs, '9%')).toEqual(Q(2025, 3));
    expect(periodOf(figs, '14%')).toEqual(Q(2025, 3));
  });
});

describe("a forecast's quarter may be the one under way", () => {
  it('预计第四季度 in November is this year’s fourth quarter', () => {
    expect(periodOf(run('百度预计第四季度营收310亿元至340亿元。', { date: '2021-11-19' }), '310亿元')).toEqual(Q(2021, 4));
  });
  it('"the current fiscal first quarter" of a company whose year ends in June', () => {
    const figs = run('Microsoft forecast $30 billion in capital spending for the current fiscal first quarter.', { date: '2025-07-31' });
    expect(periodOf(figs, '$30 billion')).toEqual(['2025-07-01', '2025-09-30']);
  });
});

describe('years that head a line item or date an event', () => {
  it('"2025 capex up to ~$93B" is 2025, not the year of the increase named after it', () => {
    expect(periodOf(run('Alphabet guides 2025 capex up to ~$93B with a significant increase in 2026.'), '$93B')).toEqual(['2025-01-01', '2025-12-31']);
  });
  it('2004年の上場以後 is no period of the sentences after it', () => {
    const text =
      'テンセントが10日発表した7-9月決算は増収率が13%だった。\n\n7-9月の売上高は1424億元。増収率は2004年の上場以後で最も小さくなった。純利益は395億元だった。';
    expect(periodOf(run(text, { date: '2021-11-10' }), '395億元')).toEqual(Q(2021, 3));
  });
  it('自2021年第二季度以来的首次增长 counts a first since, not a total since', () => {
    const text = '百度发布了截至2022年9月30日的第三季度财报。第三季度,核心经营利润实现自2021年第二季度以来的首次同比增长:核心经营利润同比增长14%至66.5亿元。';
    const figs = run(text);
    expect(periodOf(figs, '14%')).toEqual(Q(2022, 3));
    expect(periodOf(figs, '66.5亿元')).toEqual(Q(2022, 3));
  });
});

describe('cumulative and single spans in Japanese', () => {
  it('第1~3四半期 / 第1―3四半期 are the first nine months', () => {
    const text = '上場企業の第1~3四半期の純利益は1852億元で、前年同期比17.86%増となった。A社の第1―3四半期の純利益は76億元だった。';
    const figs = run(text, { date: '2011-10-25' });
    expect(periodOf(figs, '1852億元')).toEqual(['2011-01-01', '2011-09-30']);
    expect(periodOf(figs, '76億元')).toEqual(['2011-01-01', '2011-09-30']);
  });
  it('1-7月の…1.7%減から0.9%増へ: the new rate is of the span the sentence is about', () => {
    const text = '統計局によると、1-8月の工業企業の利益は、1-7月の前年同期比1.7%減から0.9%増へと転じた。8月の利益は7月の同1.5%減から同20.4%増へと伸びた。';
    const figs = run(text, { date: '2025-09-28' });
    expect(periodOf(figs, '1.7%')).toEqual(['2025-01-01', '2025-07-31']);
    expect(periodOf(figs, '0.9%')).toEqual(['2025-01-01', '2025-08-31']);
    expect(periodOf(figs, '1.5%')).toEqual(['2025-07-01', '2025-07-31']);
    expect(periodOf(figs, '20.4%')).toEqual(['2025-08-01', '2025-08-31']);
  });
  it('10月単月 is October, not the year to October named before', () => {
    const figs = run('2018年1-10月には、工業企業の利益が前年同期比13.6%増加した。10月単月の利益は同3.6%増加した。', { date: '2018-11-28' });
    expect(periodOf(figs, '13.6%')).toEqual(['2018-01-01', '2018-10-31']);
    expect(periodOf(figs, '3.6%')).toEqual(['2018-10-01', '2018-10-31']);
  });
});

describe('a footnote mark copied into a converted amount', () => {
  it('RMB299.1 billion (US$142.0 billion): without its first 1 the conversion holds, so no flag', () => {
    const f = get(runChecks('The fund raised RMB299.1 billion (US$142.0 billion) in the quarter.', '2025-11-14'), 'US$142.0 billion');
    expect(status(f)).toBe('unverified');
    expect(f.check!.reason).toMatch(/footnote/);
    // a real slip stays flagged
    expect(status(get(runChecks('The fund raised RMB299.1 billion (US$62.0 billion) in the quarter.', '2025-11-14'), 'US$62.0 billion'))).toBe(
      'inconsistent/conversion',
    );
    expect(SEP25.start).toBe('2025-07-01');
  });
});

describe('amounts of an earlier period, and the figure they are compared with', () => {
  it('前年度は…: the year before the fiscal year named, moved back once', () => {
    const figs = run('アリババの2025年3月期の売上高は9963億元だった。前年度は9411億元だった。', { date: '2025-05-20' });
    expect(periodOf(figs, '9411億元')).toEqual(['2023-04-01', '2024-03-31']);
  });
  it('純利益は436億元だった。前年同期は…: on a dated page naming no period, both take the quarter last closed', () => {
    const figs = run('アリババの純利益は436億元だった。前年同期は277億元の赤字だった。', { date: '2024-11-20' });
    expect(periodOf(figs, '436億元')).toEqual(Q(2024, 3));
    expect(periodOf(figs, '277億元')).toEqual(Q(2023, 3));
    const same = run('アリババの売上高は2365億元で、前年同期の2247億元を上回った。', { date: '2024-11-20' });
    expect(periodOf(same, '2365億元')).toEqual(Q(2024, 3));
  });
  it('前四半期の… on a dated page naming no quarter: the quarter before the one last closed', () => {
    expect(periodOf(run('アリババの売上高は2365億元。前四半期の2432億元から減少した。', { date: '2024-11-20' }), '2432億元')).toEqual(Q(2024, 2));
  });
  it('上半期 of a company whose year ends in March: its fiscal half (April to September)', () => {
    const text = 'アリババの7~9月期の調整後EBITAは前年同期比5%増の474億元となった。上半期の累計では950億元だった。';
    expect(periodOf(run(text, { date: '2024-11-20' }), '950億元')).toEqual(['2024-04-01', '2024-09-30']);
  });
});

describe('periods that are asides: the sentences after them return to the article’s period', () => {
  it('"In the same quarter of 2024": that quarter a year back, for its own sentence only', () => {
    const text =
      "Widget Co's revenue for the December quarter of 2025 rose 2% to RMB284.8 billion. In the same quarter of 2024, revenue was RMB280.2 billion. Net income fell 20% to RMB40.1 billion.";
    const figs = run(text, { date: '2026-02-20' });
    expect(periodOf(figs, 'RMB280.2')).toEqual(Q(2024, 4));
    expect(periodOf(figs, 'RMB40.1')).toEqual(Q(2025, 4));
  });
  it('"In fiscal 2025, …": an earlier year named after the quarter is a look back', () => {
    const text =
      "Alibaba's fiscal second quarter revenue rose 5% to RMB247.8 billion. In fiscal 2025, revenue was RMB996 billion. Cloud revenue rose 34% to RMB39.8 billion.";
    const figs = run(text, { date: '2025-12-01' });
    expect(periodOf(figs, 'RMB996')).toEqual(['2024-04-01', '2025-03-31']);
    expect(periodOf(figs, 'RMB39.8')).toEqual(Q(2025, 3));
  });
  it('上半期累計では… / 通期見通し: a running total or an outlook after the quarter is not passed on', () => {
    const a = run('アリババの2026年度第2四半期(7~9月)の売上高は2478億元。上半期累計では5000億元だった。純利益は209億元。', { date: '2025-11-26' });
    expect(periodOf(a, '5000億元')).toEqual(['2025-04-01', '2025-09-30']);
    expect(periodOf(a, '209億元')).toEqual(Q(2025, 3));
    const b = run('アリババの2025年7~9月期の売上高は2478億元だった。2026年3月期の通期見通しは示さなかった。クラウド売上高は34%増の398億元だった。', {
      date: '2025-11-26',
    });
    expect(periodOf(b, '398億元')).toEqual(Q(2025, 3));
  });
  it('"compared with 26% in the June quarter": the June quarter is the 26%’s, not passed on', () => {
    const text =
      'Alibaba posted revenue of RMB247.8 billion in the September quarter. Cloud revenue rose 34% to RMB39.8 billion, compared with 26% in the June quarter. Adjusted EBITA fell 78% to RMB9.1 billion.';
    const figs = run(text, { date: '2025-11-26' });
    expect(periodOf(figs, 'rose 34%')).toEqual(Q(2025, 3));
    expect(periodOf(figs, '26%')).toEqual(Q(2025, 2));
    expect(periodOf(figs, 'RMB9.1')).toEqual(Q(2025, 3));
  });
});

describe('comparisons with the year before in Japanese', () => {
  it('前年同期実績の436億元 is of the same quarter a year before', () => {
    const figs = run('アリババの純利益は209億元となり、前年同期実績の436億元を下回った。', { date: '2025-11-26' });
    expect(periodOf(figs, '209億元')).toEqual(Q(2025, 3));
    expect(periodOf(figs, '436億元')).toEqual(Q(2024, 3));
  });
  it('前年同期から53%減: the change is of the quarter last closed', () => {
    expect(periodOf(run('アリババが25日発表した決算は、純利益が209億元と前年同期から53%減った。', { date: '2025-11-26' }), '53%')).toEqual(Q(2025, 3));
  });
  it('a clause compared with the year before, apart from a vague period word, keeps the article’s period', () => {
    const text = 'アリババが25日発表した2025年7~9月期決算は減益だった。下期も投資を続ける方針で、純利益は209億元と前年同期の436億元から減った。';
    const figs = run(text, { date: '2025-11-26' });
    expect(periodOf(figs, '209億元')).toEqual(Q(2025, 3));
    expect(periodOf(figs, '436億元')).toEqual(Q(2024, 3));
    // the vague word's own clause still blocks: 来期は…を見込む
    expect(periodOf(run('アリババの2025年7~9月期の売上高は2478億元。来期は売上高2600億元を見込む。', { date: '2025-11-26' }), '2600億元')).toBeUndefined();
  });
});

describe("the title's period", () => {
  it('a text naming no period takes the one its title names (assumed: no flag rests on it)', () => {
    const res = analyze({ title: 'アリババ、24年7~9月期は純利益58%増', text: 'アリババの純利益は前年同期比58%増の438億元。前年同期は277億元だった。' }, kb);
    const net = res.figures.find((f) => f.surface === '438億元')!;
    expect([net.period?.start, net.period?.end]).toEqual(Q(2024, 3));
    expect(net.via?.period).toBe('assumed');
    expect(periodOf(res.figures, '277億元')).toEqual(Q(2023, 3));
  });
});

describe('more year shapes', () => {
  it('前年の7~9月期 is the same months a year before those the article names', () => {
    const figs = run('アリババの2025年7~9月期の純利益は209億元だった。前年同期比52%減。前年の7~9月期は436億元だった。', { date: '2025-11-26' });
    expect(periodOf(figs, '436億元')).toEqual(Q(2024, 3));
  });
  it('"fiscal-year revenue" is the fiscal year of the quarter the article reports', () => {
    const figs = run('Alibaba said fiscal-year revenue rose 6% to RMB996.3 billion. Fourth-quarter revenue rose 7% to RMB236.5 billion.', {
      date: '2025-05-16',
    });
    expect(periodOf(figs, 'RMB996.3')).toEqual(['2024-04-01', '2025-03-31']);
    expect(periodOf(figs, 'RMB236.5')).toEqual(Q(2025, 1));
  });
  it('"for the nine months": the fiscal year so far, in its company’s calendar', () => {
    const text = 'Alibaba said revenue for the December quarter rose 8% to RMB280.2 billion. For the nine months, revenue was RMB757 billion.';
    expect(periodOf(run(text, { date: '2025-02-21' }), 'RMB757')).toEqual(['2024-04-01', '2024-12-31']);
  });
  it('"third-quarter revenue" without "fiscal", undated, amounts the KB matched to the calendar quarter: that quarter', () => {
    const figs = run("Alibaba's third-quarter revenue rose 5% to RMB247.8 billion. Cloud revenue jumped 34% to RMB39.8 billion.");
    expect(periodOf(figs, 'RMB247.8')).toEqual(Q(2025, 3));
    // "fiscal second quarter" stays fiscal
    expect(periodOf(run('Alibaba said revenue in its fiscal second quarter rose 5% to RMB247.8 billion.'), 'RMB247.8')).toEqual(Q(2025, 3));
  });
});

describe('a dated page naming no period, its results compared with a year before', () => {
  it('every results sentence takes the quarter the date last closed (assumed)', () => {
    const text =
      'Widget Corp beat estimates in its latest release. Sales of $81.3 billion grew 17% year-over-year.\n\nCapEx for the period totaled $37.5 billion, mostly for servers.';
    const figs = run(text, { date: '2026-03-03' });
    expect(periodOf(figs, '$81.3')).toEqual(Q(2025, 4));
    const capex = figs.find((f) => f.surface.includes('$37.5'))!;
    expect([capex.period?.start, capex.period?.end]).toEqual(Q(2025, 4));
    expect(capex.via?.period).toBe('assumed');
  });
});

describe('a text naming no company', () => {
  it('第1四半期 … 第2四半期 of national statistics are calendar quarters', () => {
    const figs = run('利益の伸び率は第1四半期の36.7%減から第2四半期には4.8%増となり、第3四半期にはさらに15.9%増に達した。', { date: '2020-10-29' });
    expect(periodOf(figs, '36.7%')).toEqual(Q(2020, 1));
    expect(periodOf(figs, '4.8%')).toEqual(Q(2020, 2));
    expect(periodOf(figs, '15.9%')).toEqual(Q(2020, 3));
  });
});
