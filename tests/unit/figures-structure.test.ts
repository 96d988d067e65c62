// Own news-style sentences for period grammar, number grammar, context carried by structure
// (headings, tables, lists, Q&A, a conversion in the next sentence) and checks citing the right record.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../utils/analysis/text/normalize';
import { extractFigures } from '../../utils/analysis/figures/extract';
import { matchTime } from '../../utils/analysis/figures/periods';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import type { Figure } from '../../utils/analysis/types';

const kb = loadKbIndex();
const extract = (text: string) => extractFigures(normalize(text), text);
const span = (s: string) => {
  const n = normalize(s).text;
  const m = matchTime(n, 0);
  return m?.period ? [n.slice(0, m.end), m.period.start, m.period.end] : null;
};
const run = (text: string, date = '2025-11-26') => analyze({ text, date }, kb).figures;
const fig = (list: Figure[], surface: string) => {
  const f = list.find((x) => x.surface === surface);
  if (!f) throw new Error(`no figure "${surface}" in ${list.map((x) => x.surface).join(' | ')}`);
  return f;
};
const per = (f: Figure) => [f.period?.start, f.period?.end];

describe('period grammar: 決算短信 labels', () => {
  it('reads a quarter, a cumulative quarter and a half of the year ending in a month', () => {
    expect(span('2026年3月期第2四半期の売上高')).toEqual(['2026年3月期第2四半期', '2025-07-01', '2025-09-30']);
    expect(span('2025年3月期 第3四半期累計の純利益')).toEqual(['2025年3月期第3四半期累計', '2024-04-01', '2024-12-31']);
    expect(span('2026年3月期上期決算')).toEqual(['2026年3月期上期', '2025-04-01', '2025-09-30']);
    expect(span('2026年3月期中間期の')).toEqual(['2026年3月期中間期', '2025-04-01', '2025-09-30']);
    expect(span('2026年3月期の第1四半期')).toEqual(['2026年3月期の第1四半期', '2025-04-01', '2025-06-30']);
    // a calendar-year company: 2025年12月期第3四半期 = July-September 2025
    expect(span('2025年12月期第3四半期')).toEqual(['2025年12月期第3四半期', '2025-07-01', '2025-09-30']);
    // the year alone keeps its old reading
    expect(span('2026年3月期の業績')?.slice(1)).toEqual(['2025-04-01', '2026-03-31']);
  });

  it('reads Chinese quarter endings with the day left out, and traditional 個月', () => {
    expect(span('截至2024年12月底止季度')?.slice(1)).toEqual(['2024-10-01', '2024-12-31']);
    expect(span('截至2025年9月底止的季度')?.slice(1)).toEqual(['2025-07-01', '2025-09-30']);
    expect(span('截至2025年9月30日止三個月')?.slice(1)).toEqual(['2025-07-01', '2025-09-30']);
    expect(span('截至2025年3月31日止財年')?.slice(1)).toEqual(['2024-04-01', '2025-03-31']);
    expect(span('2026财年第二季度')?.slice(1)).toEqual(['2025-07-01', '2025-09-30']);
  });

  it('reads "its 2024 fiscal year" as the year ending March 2024', () => {
    expect(span('2024 fiscal year revenue')?.slice(1)).toEqual(['2023-04-01', '2024-03-31']);
  });

  it('resolves "the September quarter" to the last such quarter ended by the article date', () => {
    const text = 'Alibaba said revenue for the September quarter rose 5%. The December quarter was weaker, it added.';
    const figs = run(text, '2025-11-26');
    expect(per(fig(figs, 'the September quarter'))).toEqual(['2025-07-01', '2025-09-30']);
    expect(per(fig(figs, 'The December quarter'))).toEqual(['2024-10-01', '2024-12-31']);
    // an earlier fiscal year named in the text does not move it
    const later = run('In fiscal 2026 Alibaba plans more. For the March quarter, revenue rose 7%.', '2025-05-20');
    expect(per(fig(later, 'the March quarter'))).toEqual(['2025-01-01', '2025-03-31']);
  });
});

describe('number grammar', () => {
  it('keeps both ends of ranges', () => {
    const a = extract('Qwen2.5 models range from 0.5 billion to 72 billion parameters, from 0.6 to 32 billion parameters.');
    expect(a.map((f) => [f.value, f.valueMax, f.unit])).toEqual([
      [5e8, 72e9, 'params'],
      [6e8, 32e9, 'params'],
    ]);
    const b = extract('AI相关收入占比预计达70%至95%，增速为5-10%。');
    expect(b.map((f) => [f.value, f.valueMax])).toEqual([
      [70, 95],
      [5, 10],
    ]);
  });

  it('reads counters after 万 / 億 as counts', () => {
    const f = extract('同社は35万基の基地局、１４万個のチップ、４億回のダウンロード、1万家の企業、3億人の利用者を抱える。');
    expect(f.map((x) => [x.surface, x.kind, x.value, x.unit])).toEqual([
      ['35万基', 'count', 350000, 'count'],
      ['１４万個', 'count', 140000, 'count'],
      ['４億回', 'count', 4e8, 'count'],
      ['1万家', 'count', 10000, 'count'],
      ['3億人', 'count', 3e8, 'users'],
    ]);
  });

  it('does not take a price unit ("per million tokens", 每百万tokens, 1株) for a figure', () => {
    expect(extract('Input costs $0.8 per million tokens.').map((f) => f.surface)).toEqual(['$0.8']);
    expect(extract('输入价格为每百万tokens 0.8元。').map((f) => f.surface)).toEqual(['0.8元']);
    expect(extract('終値は1株138.5香港ドルだった。').map((f) => f.surface)).toEqual(['138.5香港ドル']);
  });

  it('reads 割 as tens of percent', () => {
    expect(extract('利用企業の8割、約6割が導入した。').map((f) => [f.value, f.unit])).toEqual([
      [80, 'percent'],
      [60, 'percent'],
    ]);
  });
});

describe('context carried by structure', () => {
  it('a heading gives its period and company to the table rows under it', () => {
    const text =
      'アリババとテンセントの決算比較\n\n■2025年7-9月期（アリババ）\n売上高: 2,477億元\nクラウド売上高：398億2,400万元\n\n■2024年7-9月期（テンセント）\n売上高: 1,672億元\n';
    const figs = run(text);
    const rev = fig(figs, '2,477億元');
    expect([rev.subject, rev.metric, ...per(rev)]).toEqual(['alibaba', 'revenue', '2025-07-01', '2025-09-30']);
    const cloud = fig(figs, '398億2,400万元');
    expect([cloud.metric, ...per(cloud)]).toEqual(['cloud_revenue', '2025-07-01', '2025-09-30']);
    expect(cloud.check?.status).toBe('consistent');
    const ten = fig(figs, '1,672億元');
    expect([ten.subject, ...per(ten)]).toEqual(['tencent', '2024-07-01', '2024-09-30']);
  });

  it('a list under a period heading takes the period; prose after it does not', () => {
    const text =
      '2024年7-9月期:\n・売上高 2,365億元（前年同期比5%増）\n・純利益 435億元\n\nアリババは来期、AIに注力する。売上高は拡大する見込みで、2,000億元を目指す。';
    const figs = run(text);
    expect(per(fig(figs, '2,365億元'))).toEqual(['2024-07-01', '2024-09-30']);
    expect(fig(figs, '2,365億元').via?.period).toBe('paragraph');
    expect(fig(figs, '2,000億元').via?.period).not.toBe('paragraph');
  });

  it("an answer takes the question's company, period and metric", () => {
    const text = 'Q: アリババの2025年7-9月期の売上高は？\nA: 2,477億元で、前年同期比5%増でした。';
    const figs = run(text);
    const a = fig(figs, '2,477億元');
    expect([a.subject, a.metric, ...per(a)]).toEqual(['alibaba', 'revenue', '2025-07-01', '2025-09-30']);
    expect(fig(figs, '5%増').metric).toBe('revenue_growth');
  });

  it('pairs a yen amount in the next sentence with the yuan amount for the conversion check', () => {
    const ok = run('アリババのクラウド売上高は398億元だった。日本円にすると約8,400億円(1元=約21円で換算)。');
    // checked at the page's own rate, from the amount it converts
    expect(fig(ok, '約8,400億円').check).toMatchObject({ status: 'consistent', convertedFrom: { surface: '398億元' }, rate: { source: 'page', rate: 21 } });
    const bad = run('アリババのクラウド売上高は398億元だった。日本円にすると約4,000億円となる。');
    expect(fig(bad, '約4,000億円').check).toMatchObject({ status: 'inconsistent', cause: 'conversion' });
  });

  it('reads 市佔率 / 市场份额 as market share and a share price as a share price', () => {
    expect(fig(run('阿里云在中国云市场的市佔率为33%。'), '33%').metric).toBe('market_share');
    const zh = run('阿里巴巴港股收涨3%，报138.5港元，成交额120亿港元。');
    expect(fig(zh, '138.5港元').metric).toBe('share_price');
    expect(fig(zh, '120亿港元').metric).toBe('turnover');
    expect(fig(run('阿里巴巴营收超预期，港股收报138.5港元/股。'), '138.5港元').metric).toBe('share_price');
    expect(fig(run("Alibaba's revenue beat estimates and its shares rose 3% to HK$138.5."), 'HK$138.5').metric).toBe('share_price');
    // a price target stays a price target
    expect(fig(run('ゴールドマン・サックスはアリババの目標株価を160ドルに引き上げた。'), '160ドル').metric).toBe('price_target');
  });
});

describe('checks cite the right record', () => {
  it('a range fact confirms a single figure only at an end, and the reason shows the range', () => {
    const figs = run('Qwen3シリーズの最大モデルは2350億パラメータ。Qwen3には140億パラメータのモデルもある。');
    const top = fig(figs, '2350億パラメータ');
    expect(top.check?.status).toBe('consistent');
    expect(top.check?.reason).toMatch(/600 million params to 235 billion params/);
    expect(fig(figs, '140億パラメータ').check?.status).not.toBe('consistent');
    expect(fig(figs, '140億パラメータ').check?.status).not.toBe('inconsistent');
  });

  it("a bank's forecast is not checked against the company's plan", () => {
    const figs = run('ゴールドマン・サックスは、アリババのAI投資が4600億元に達すると予測した。アリババは3年間で3800億元超を投資する計画だ。');
    const gs = fig(figs, '4600億元');
    expect(gs.subject).toBe('goldman-sachs');
    expect(gs.check?.factId ?? '').not.toMatch(/plan/);
    expect(fig(figs, '3800億元超').subject).toBe('alibaba');
  });

  it('another company forecasting a figure leaves it unchecked', () => {
    const figs = run('テンセントは、アリババのクラウド売上高が500億元に達すると予想している。');
    expect(fig(figs, '500億元').check?.status).not.toBe('inconsistent');
    expect(fig(figs, '500億元').check?.status).not.toBe('consistent');
  });

  it('a sentence that opens by leaving something out puts every amount in it on another basis (no KB line item)', () => {
    const zh = run('百度第三季净亏损112亿元。剔除长期资产减值影响后，经营利润为11亿元，核心经营利润为12亿元；归属百度的净利润为26亿元。', '2025-11-18');
    const plain = run('百度第三季净亏损112亿元。经营利润为11亿元，核心经营利润为12亿元；归属百度的净利润为26亿元。', '2025-11-18');
    expect(fig(plain, '26亿元').metric).not.toBe('other');
    expect(['11亿元', '12亿元', '26亿元'].map((x) => fig(zh, x).metric)).toEqual(['other', 'other', 'other']);
    const en = run("Excluding one-off items, Baidu's net income was RMB 2.6 billion in the third quarter.", '2025-11-18');
    expect(fig(en, 'RMB 2.6 billion').metric).toBe('other');
  });
});
