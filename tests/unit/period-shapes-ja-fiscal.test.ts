// Japanese fiscal-period shapes seen on unseen pages, each written from the shape (own sentences): a
// whole year (通期) after an N年M月期 label is that label's year whatever company is named near it,
// months with the quarter's name in brackets after a quoted 決算」 or as 4Q, 第2四半期(中間) as the
// first half, 今期 of a forecast as the fiscal year under way, and 来年3月期 counted from the date.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import type { AnalyzeInput, Figure } from '../../utils/analysis/types';

const kb = loadKbIndex();
const run = (text: string, extra: Partial<AnalyzeInput> = {}) => analyze({ text, ...extra }, kb).figures;
function periodOf(figures: Figure[], part: string): [string, string] | undefined {
  const f = figures.find((x) => x.surface.startsWith(part) && x.kind !== 'period') ?? figures.find((x) => x.surface.includes(part));
  expect(f, `${part} in ${figures.map((x) => x.surface).join(' | ')}`).toBeDefined();
  return f!.period ? [f!.period.start, f!.period.end] : undefined;
}
const FY_MARCH_2026: [string, string] = ['2025-04-01', '2026-03-31'];

describe('通期 after an N年M月期 label', () => {
  it('is the year the label names, not the calendar of a company named later', () => {
    const text =
      'サンプル電機は2026年3月期第2四半期累計(4-9月)の最終利益が500億円だったと発表した。通期の最終利益予想は従来の700億円から900億円へ引き上げた。米エヌビディア向けの需要が伸びた。';
    const figs = run(text, { date: '2025-11-05', lang: 'ja' });
    expect(periodOf(figs, '500億円')).toEqual(['2025-04-01', '2025-09-30']);
    expect(periodOf(figs, '900億円')).toEqual(FY_MARCH_2026);
    expect(periodOf(figs, '700億円')).toEqual(FY_MARCH_2026);
  });
  it('is the label year on a page naming no company', () => {
    const figs = run('26年3月期第3四半期累計(4-12月)の経常利益は20億円だった。通期計画の30億円に対する進捗率は67％にとどまった。', {
      date: '2026-02-01',
      lang: 'ja',
    });
    expect(periodOf(figs, '20億円')).toEqual(['2025-04-01', '2025-12-31']);
    expect(periodOf(figs, '30億円')).toEqual(FY_MARCH_2026);
  });
});

describe('months with the quarter named in brackets', () => {
  it('1-3月期(4Q): the months decide, the bracket is part of the span', () => {
    const text = '26年3月期第3四半期累計(4-12月)の経常利益は20億円だった。これを基に試算した1-3月期(4Q)の経常利益は前年同期比12％増の5億円になる。';
    const figs = run(text, { date: '2026-02-01', lang: 'ja' });
    expect(periodOf(figs, '5億円')).toEqual(['2026-01-01', '2026-03-31']);
    expect(periodOf(figs, '12％')).toEqual(['2026-01-01', '2026-03-31']);
  });
  it('「7~9月期決算」(第2四半期): the quoted months, not the bare quarter number', () => {
    const text = '2026年3月期第1四半期の売上高は400億円だった。次の発表では「7~9月期決算」(第2四半期)が焦点で、市場予想では売上高は前年同期比10%増の450億円。';
    const figs = run(text, { date: '2025-10-20', lang: 'ja' });
    expect(periodOf(figs, '400億円')).toEqual(['2025-04-01', '2025-06-30']);
    expect(periodOf(figs, '450億円')).toEqual(['2025-07-01', '2025-09-30']);
  });
});

describe('第2四半期(中間)', () => {
  it('is the interim: the first half from the year start', () => {
    const figs = run('2026年3月期第2四半期(中間)決算で、税引前利益は800億円だった。', { date: '2025-10-30', lang: 'ja' });
    expect(periodOf(figs, '800億円')).toEqual(['2025-04-01', '2025-09-30']);
  });
  it('a bare 第2四半期 of the same label stays the quarter', () => {
    const figs = run('2026年3月期第2四半期の税引前利益は300億円だった。', { date: '2025-10-30', lang: 'ja' });
    expect(periodOf(figs, '300億円')).toEqual(['2025-07-01', '2025-09-30']);
  });
});

describe('今期', () => {
  it('of a forecast is the fiscal year of the N年M月期 label named before', () => {
    const text = '同社は26年3月期第1四半期(4~6月)の決算発表にあわせ、今期の純利益予想を600億円(前期比10%増)に引き上げた。';
    const figs = run(text, { date: '2025-08-07', lang: 'ja' });
    expect(periodOf(figs, '600億円')).toEqual(FY_MARCH_2026);
    expect(periodOf(figs, '10%')).toEqual(FY_MARCH_2026);
  });
  it('without a forecast word in results news stays the quarter reported', () => {
    const text = 'テンセントの2024年第3四半期(7~9月)決算は売上高が8%増えた。今期は広告収入が20%増えた。';
    const figs = run(text, { date: '2024-11-14', lang: 'ja' });
    expect(periodOf(figs, '20%')).toEqual(['2024-07-01', '2024-09-30']);
  });
});

describe('来年3月期 / 今年12月期', () => {
  it('来年3月期 is the fiscal year ending in March of the year after the date', () => {
    const figs = run('サンプル機器は、来年3月期の連結純損益が30億円の赤字になる見通しだと発表した。', { date: '2013-09-25', lang: 'ja' });
    expect(periodOf(figs, '30億円')).toEqual(['2013-04-01', '2014-03-31']);
  });
  it('今年12月期 is the calendar year of the date', () => {
    const figs = run('サンプル商事は今年12月期の売上高を100億円と見込む。', { date: '2025-05-10', lang: 'ja' });
    expect(periodOf(figs, '100億円')).toEqual(['2025-01-01', '2025-12-31']);
  });
});

describe('halves and whole years without a year', () => {
  it('上期 alone in a report is the latest first half ended by the date', () => {
    const figs = run('サンプル電子の2025年4-6月期決算は売上高が30%増の1160億元。上期の純利益は215億元だった。', { date: '2025-08-26', lang: 'ja' });
    expect(periodOf(figs, '215億元')).toEqual(['2025-01-01', '2025-06-30']);
  });
  it('以上期待 is no half', () => {
    const figs = run('サンプル電子の2025年4-6月期決算は売上高が1160億元。市場は3割以上期待している。', { date: '2025-08-26', lang: 'ja' });
    expect(figs.some((f) => f.kind === 'period' && f.surface.includes('上期'))).toBe(false);
  });
  it('年間 (not 3年間) after a quarter named: the whole year', () => {
    const figs = run('サンプル商事の2024年10-12月期の売上高は1724億元。年間売上高は6603億元だった。', { date: '2025-03-20', lang: 'ja' });
    expect(periodOf(figs, '6603億元')).toEqual(['2024-01-01', '2024-12-31']);
  });
  it('year-less months after a whole year named: that year, not months still under way at the date', () => {
    const figs = run('サンプル商事の2024年通期の売上高は6603億元だった。10-12月期は1724億元だった。', { date: '2025-11-26', lang: 'ja' });
    expect(periodOf(figs, '1724億元')).toEqual(['2024-10-01', '2024-12-31']);
  });
});

describe('machine-translated release shapes', () => {
  it('2025年9月30日までの12か月間 is the twelve months to that day', () => {
    const figs = run('サンプル社の2025年9月30日までの12か月間のフリーキャッシュフローは219億元でした。', { date: '2025-11-26', lang: 'ja' });
    expect(periodOf(figs, '219億元')).toEqual(['2024-10-01', '2025-09-30']);
  });
  it('前会計年度 / 今会計年度 are fiscal years counted from the date', () => {
    const figs = run('アリババの前会計年度の売上高は9,963億元でした。今会計年度の設備投資は1,200億元を見込む。', { date: '2025-11-26', lang: 'ja' });
    expect(periodOf(figs, '9,963億元')).toEqual(['2024-04-01', '2025-03-31']);
    expect(periodOf(figs, '1,200億元')).toEqual(['2025-04-01', '2026-03-31']);
  });
  it('前年の同じ四半期 is the quarter a year before the one reported', () => {
    const text = 'サンプル社の2025年9月30日に終了した四半期の純利益は206億元でした。前年の同じ四半期の純利益は436億元でした。';
    const figs = run(text, { date: '2025-11-26', lang: 'ja' });
    expect(periodOf(figs, '206億元')).toEqual(['2025-07-01', '2025-09-30']);
    expect(periodOf(figs, '436億元')).toEqual(['2024-07-01', '2024-09-30']);
  });
});

describe('N年M月期決算 and year-before amounts in translated releases', () => {
  it('2024年12月期決算 is the fiscal year ending that month; with (第4四半期) after it, the quarter', () => {
    const figs = run('サンプル社の2024年12月期決算は売上高が8%増の6603億元だった。', { date: '2025-03-20', lang: 'ja' });
    expect(periodOf(figs, '6603億元')).toEqual(['2024-01-01', '2024-12-31']);
    const q = run('サンプル社の2024年12月期決算(第4四半期)は売上高が1724億元だった。', { date: '2025-03-20', lang: 'ja' });
    expect(periodOf(q, '1724億元')).toEqual(['2024-10-01', '2024-12-31']);
  });
  it('2021年同期の純損失は人民元… is the same quarter of the year named', () => {
    const text = 'サンプル社の2022年第1四半期の純損失は人民元1.92億元だったが、2021年同期の純損失は人民元1.97億元だった。';
    const figs = run(text, { date: '2022-06-08', lang: 'ja' });
    expect(periodOf(figs, '1.92億元')).toEqual(['2022-01-01', '2022-03-31']);
    expect(periodOf(figs, '1.97億元')).toEqual(['2021-01-01', '2021-03-31']);
  });
  it('昨年第4四半期 contrasted with the fourth quarter reported is the one a year before it', () => {
    const text =
      'サンプル社は2021年第4四半期の業績を発表した。\n毛利率は22.6%ですが、昨年第4四半期は25.2%でした。\n純収入は4760万元で、昨年第4四半期の人民元5820万元より18.1%低下した。';
    const figs = run(text, { date: '2022-03-07', lang: 'ja' });
    expect(periodOf(figs, '22.6%')).toEqual(['2021-10-01', '2021-12-31']);
    expect(periodOf(figs, '25.2%')).toEqual(['2020-10-01', '2020-12-31']);
    expect(periodOf(figs, '5820万元')).toEqual(['2020-10-01', '2020-12-31']);
    expect(periodOf(figs, '18.1%')).toEqual(['2021-10-01', '2021-12-31']);
  });
  it('昨年第4四半期 in a text reporting another quarter stays last year’s fourth quarter', () => {
    const figs = run('サンプル社の2022年第1四半期の売上高は100億元。昨年第4四半期は120億元だった。', { date: '2022-05-20', lang: 'ja' });
    expect(periodOf(figs, '120億元')).toEqual(['2021-10-01', '2021-12-31']);
  });
});

describe('relative periods counted from the date', () => {
  it('昨年10-12月期 is those months of the year before the date’s', () => {
    const figs = run('アリババの昨年10-12月期の売上高は2801億元だった。', { date: '2025-11-26', lang: 'ja' });
    expect(periodOf(figs, '2801億元')).toEqual(['2024-10-01', '2024-12-31']);
  });
  it('前年通期 is the whole (fiscal) year before', () => {
    const figs = run('アリババの前年通期の売上高は9411億元だった。', { date: '2025-11-26', lang: 'ja' });
    expect(periodOf(figs, '9411億元')).toEqual(['2024-04-01', '2025-03-31']);
  });
  it('今年度上半期 is the first half of the fiscal year under way in its company’s calendar', () => {
    const figs = run('アリババの今年度上半期の売上高は4954億元だった。', { date: '2025-11-26', lang: 'ja' });
    expect(periodOf(figs, '4954億元')).toEqual(['2025-04-01', '2025-09-30']);
    // a calendar-year company: the calendar half
    expect(periodOf(run('テンセントの今年度上半期の売上高は3600億元だった。', { date: '2025-11-26', lang: 'ja' }), '3600億元')).toEqual([
      '2025-01-01',
      '2025-06-30',
    ]);
  });
  it('26年度上期 is the first half of that fiscal year', () => {
    const figs = run('アリババの26年度上期の売上高は4954億元だった。2025年の話だ。', { date: '2025-11-26', lang: 'ja' });
    expect(periodOf(figs, '4954億元')).toEqual(['2025-04-01', '2025-09-30']);
  });
  it('次の四半期 with no quarter named is the one under way after the last closed', () => {
    const figs = run('マイクロソフトは次の四半期に300億ドルを超える設備投資を行う計画だ。', { date: '2025-07-31', lang: 'ja' });
    expect(periodOf(figs, '300億ドル')).toEqual(['2025-07-01', '2025-09-30']);
    const named = run('サンプル社の2025年4-6月期の売上高は100億元。次四半期は120億元を見込む。', { date: '2025-08-20', lang: 'ja' });
    expect(periodOf(named, '120億元')).toEqual(['2025-07-01', '2025-09-30']);
  });
});

describe('spans and earlier rates', () => {
  it('22年から25年6月まで is the months from the first year’s start to that month', () => {
    const figs = run('同社の22年から25年6月までのAI投資は300億元を超えた。2025年の決算で明らかにした。', { date: '2025-08-26', lang: 'ja' });
    expect(periodOf(figs, '300億元')).toEqual(['2022-01-01', '2025-06-30']);
  });
  it('24会計年度 is that fiscal year in its company’s calendar', () => {
    const figs = run('マイクロソフトは24会計年度に、データセンターなどの設備投資に557億ドルを投じた。', { date: '2025-01-04', lang: 'ja' });
    expect(periodOf(figs, '557億ドル')).toEqual(['2023-07-01', '2024-06-30']);
  });
  it('前年同期の64%増、前四半期の59%増からは鈍った: both listed rates are of earlier periods', () => {
    const text = 'サンプル社の4-6月期(第4四半期)は増収だった。クラウド事業は前年比47%の増収。伸びは前年同期の64%増、前四半期の59%増からは鈍った。';
    const figs = run(text, { date: '2020-07-23', lang: 'ja' });
    expect(periodOf(figs, '47%')).toEqual(['2020-04-01', '2020-06-30']);
    expect(periodOf(figs, '64%')).toEqual(['2019-04-01', '2019-06-30']);
    expect(periodOf(figs, '59%')).toEqual(['2020-01-01', '2020-03-31']);
  });
  it('(前期…の赤字)へ、…(同…の赤字)へ: the bracketed 同 amount is of the period before too', () => {
    const text = 'サンプル社は25年3月期の業績予想について、営業利益を3億円(前期2億円の赤字)へ、最終利益を2億円(同12億円の赤字)へ上方修正した。';
    const figs = run(text, { date: '2024-08-15', lang: 'ja' });
    expect(periodOf(figs, '3億円')).toEqual(['2024-04-01', '2025-03-31']);
    expect(periodOf(figs, '2億円の赤字')).toEqual(['2023-04-01', '2024-03-31']);
    expect(periodOf(figs, '12億円')).toEqual(['2023-04-01', '2024-03-31']);
  });
});

describe('an amount that names the year-before period after it', () => {
  it('1742億円の赤字だった前年同期から改善: the loss is of the quarter a year before', () => {
    const text = 'サンプル社の2026年3月期(25年4~6月)連結決算は、最終損益が4218億円の黒字だった。1742億円の赤字だった前年同期から大きく改善した。';
    const figs = run(text, { date: '2025-08-07', lang: 'ja' });
    expect(periodOf(figs, '4218億円')).toEqual(['2025-04-01', '2025-06-30']);
    expect(periodOf(figs, '1742億円')).toEqual(['2024-04-01', '2024-06-30']);
  });
});

describe('whole-year words and the same month', () => {
  it('年度ベース / 会計年度全体 / 同年度 after a quarter: the fiscal year', () => {
    for (const w of ['年度ベースでは', '会計年度全体では', '同年度の']) {
      const figs = run(`アリババの2025年1~3月期決算は売上高が7%増の2364億元。${w}売上高は9963億元だった。`, { date: '2025-05-16', lang: 'ja' });
      expect(periodOf(figs, '9963億元'), w).toEqual(['2024-04-01', '2025-03-31']);
    }
  });
  it('a sentence on 前年同月 / 同月 is about the month named before in its paragraph', () => {
    const text =
      'サンプル社の2021年1~9月期の研究開発費は378億元だった。\n割合は、9月が0.7%と前年同月の6.4%から低下。収益に占める割合も前年同月の4.8%から1.1%に低下した。';
    const figs = run(text, { date: '2021-11-16', lang: 'ja' });
    expect(periodOf(figs, '378億元')).toEqual(['2021-01-01', '2021-09-30']);
    expect(periodOf(figs, '4.8%')).toEqual(['2020-09-01', '2020-09-30']);
    expect(periodOf(figs, '1.1%')).toEqual(['2021-09-01', '2021-09-30']);
    const topic = run('サンプル社の9月の月間売上高は600億元。前年同月は550億元だった。', { date: '2025-11-26', lang: 'ja' });
    expect(periodOf(topic, '550億元')).toEqual(['2024-09-01', '2024-09-30']);
  });
});
