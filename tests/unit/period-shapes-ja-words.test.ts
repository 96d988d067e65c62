// Japanese period words, each written from the shape (own sentences and figures): the half year named
// by its last month (9月中間決算), a month range after 今年, a range of years (23〜27年), 年内 counted
// from the article's date, ことし / きょねん in kana, and a second quarter called 中間決算.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import type { Figure } from '../../utils/analysis/types';

const kb = loadKbIndex();
const run = (text: string, date = '2025-11-20') => analyze({ text, date, lang: 'ja' }, kb).figures;
function periodOf(figures: Figure[], part: string): [string, string] | undefined {
  const f = figures.find((x) => x.surface.startsWith(part) && x.kind !== 'period');
  expect(f, `${part} in ${figures.map((x) => x.surface).join(' | ')}`).toBeDefined();
  return f!.period ? [f!.period.start, f!.period.end] : undefined;
}
const H1: [string, string] = ['2025-04-01', '2025-09-30'];

describe('the half year named by its last month', () => {
  it('YYYY年M月中間連結決算 is the six months ending that month, not the month', () => {
    const figs = run('ソフトバンクグループが12日発表した2025年9月中間連結決算は、純利益が1兆1000億円だった。');
    expect(periodOf(figs, '1兆1000億円')).toEqual(H1);
  });
  it('M月中間期 without a year is the latest such half', () => {
    const figs = run('ソフトバンクグループの9月中間期の投資利益は2兆2000億円だった。');
    expect(periodOf(figs, '2兆2000億円')).toEqual(H1);
  });
  it('a second quarter whose results the paragraph calls 中間決算 is the first half', () => {
    const figs = run('ソフトバンクグループが2026年3月期第2四半期の決算を発表した。最終利益は1兆1000億円で、中間決算として最高だった。');
    expect(periodOf(figs, '1兆1000億円')).toEqual(H1);
  });
  it('a second quarter with its months in brackets stays the quarter', () => {
    const figs = run('アリババの2026年3月期第2四半期(2025年7〜9月)決算は、売上高が2000億元だった。中間決算ではない。');
    expect(periodOf(figs, '2000億元')).toEqual(['2025-07-01', '2025-09-30']);
  });
});

describe('months and years written as a range', () => {
  it('今年M月からN月期 is those months of the article year, not the whole year', () => {
    const figs = run('エヌビディアは今年2月から4月期の決算を発表した。売上高は440億ドルだった。');
    expect(periodOf(figs, '440億ドル')).toEqual(['2025-02-01', '2025-04-30']);
  });
  it('23〜27年 and 2024〜2026年 are the calendar years from first to last', () => {
    expect(periodOf(run('アマゾンは23〜27年の5年間で1兆5000億円を投資する。'), '1兆5000億円')).toEqual(['2023-01-01', '2027-12-31']);
    expect(periodOf(run('マイクロソフトは2024〜2026年に3000億円を投じる。'), '3000億円')).toEqual(['2024-01-01', '2026-12-31']);
  });
});

describe('fiscal years counted from the article date', () => {
  it('年内 is the article year; 3年内 is not', () => {
    expect(periodOf(run('アリババは年内に50億元を投じる。'), '50億元')).toEqual(['2025-01-01', '2025-12-31']);
  });
});

describe('a plan amount revised', () => {
  it('the amount a KB plan was raised to takes the plan horizon', () => {
    const figs = run('アリババは今後3年間の投資を従来の3800億元から5000億元に増額する方針だ。', '2026-01-10');
    expect(periodOf(figs, '5000億元')).toEqual(['2025-02-24', '2028-02-23']);
  });
  it('a plan named on a day runs from that day', () => {
    const figs = run('サンプル社は3月5日、今後3年間で200億元を投じると発表した。');
    expect(periodOf(figs, '200億元')).toEqual(['2025-03-05', '2028-03-04']);
  });
});

describe('a running total without its year', () => {
  it('第2四半期累計 is the first half of the fiscal year', () => {
    expect(periodOf(run('ソフトバンクグループの第2四半期累計の純利益は9000億円だった。'), '9000億円')).toEqual(H1);
  });
});

describe('年度 counted from the year it starts', () => {
  it('a 年度 quarter just announced is the one that closed before the article, not a year earlier', () => {
    const figs = run('アリババは2月20日、2024年度第3四半期の決算を発表した。売上高は2800億元だった。', '2025-02-26');
    expect(periodOf(figs, '2800億元')).toEqual(['2024-10-01', '2024-12-31']);
  });
  it('the company reading stands when it closed recently', () => {
    const figs = run('アリババは2月20日、2025年度第3四半期の決算を発表した。売上高は2800億元だった。', '2025-02-26');
    expect(periodOf(figs, '2800億元')).toEqual(['2024-10-01', '2024-12-31']);
  });
});

describe('years written in kana (NHK)', () => {
  it('ことし3月期 is the fiscal year ending this March', () => {
    const figs = run('ソフトバンクグループのことし3月期の決算は、最終的な利益が9000億円でした。', '2026-05-12');
    expect(periodOf(figs, '9000億円')).toEqual(['2025-04-01', '2026-03-31']);
  });
  it('きょねん alone is the year before the article', () => {
    expect(periodOf(run('アリババはきょねん、クラウドに700億元を投資した。'), '700億元')).toEqual(['2024-01-01', '2024-12-31']);
  });
});

describe('era years', () => {
  it('平成29年3月期 is the fiscal year ending March 2017; 令和元年4~6月期 is April to June 2019', () => {
    expect(periodOf(run('サンプル社の平成29年3月期の最終利益は300億円だった。', '2017-05-12'), '300億円')).toEqual(['2016-04-01', '2017-03-31']);
    expect(periodOf(run('サンプル社の令和元年4~6月期の最終利益は80億円だった。', '2019-08-07'), '80億円')).toEqual(['2019-04-01', '2019-06-30']);
  });
});
