// Line items named by words the vocabulary defines once: the non-GAAP qualifiers (the non-GAAP line
// items' keywords open with them, and a qualifier said apart from its keyword is read from the same
// list), and the principal of a notes offering as the amount issued. Our own sentences.
import { describe, expect, it } from 'vitest';
import { METRIC_DEFS, NON_GAAP_QUALIFIERS } from '../../utils/analysis/vocabulary/metrics';
import { SEP25, fact, flagsOf, get, kbWith, run, status } from './support/checks-kb';

describe('non-GAAP qualifiers, defined once', () => {
  it("every keyword of a non-GAAP line item opens with one of the vocabulary's qualifiers", () => {
    for (const m of ['non_gaap_net_income', 'non_gaap_eps'] as const)
      for (const w of METRIC_DEFS[m].words ?? [])
        expect(
          NON_GAAP_QUALIFIERS.some((q) => w.startsWith(q)),
          `${m}: ${w}`,
        ).toBe(true);
  });
  it('a qualifier said before the keyword makes net income the non-GAAP line item', () => {
    const KB = kbWith((x) => x, [fact('non_gaap_net_income', 10_352e6, 'CNY', SEP25)]);
    for (const text of [
      'アリババの2025年7～9月期は、非GAAPベースで見ると純利益は103億5,200万元だった。',
      'アリババの2025年7～9月期の調整後の純利益は103億5,200万元だった。',
      "Alibaba's adjusted, or non-GAAP, net income for the September quarter of 2025 was RMB 10,352 million.",
    ]) {
      const figs = run(text, '2025-11-26', KB);
      const f = figs.find((g) => g.kind === 'money')!;
      expect(f.metric, text).toBe('non_gaap_net_income');
    }
  });
});

describe('the principal of a notes offering', () => {
  // hypothetical facts for the logic: two offerings of one size, years apart, neither with a period,
  // the earlier one first
  const KB = kbWith(
    (x) => (x.metric === 'bond_issue' ? null : x),
    [
      fact('bond_issue', 5e9, 'USD', undefined, { id: 'notes-early', asOf: '2021-02' }),
      fact('bond_issue', 5e9, 'USD', undefined, { id: 'notes-late', asOf: '2024-05-23' }),
    ],
  );
  const go = (text: string) => run(text, '2024-05-24', KB);
  it('is the amount issued (ja, zh, en), said before or after the amount', () => {
    expect(get(go('アリババグループが発行する転換社債の総元本額は50億米ドルとなった。'), '50億米ドル').metric).toBe('bond_issue');
    expect(get(go('阿里巴巴發行本金總額為 5,000 百萬美元的可轉換優先票據。'), '5,000 百萬美元').metric).toBe('bond_issue');
    expect(get(go('阿里巴巴授予初始购买者额外购买最多 500 百万美元本金总额的票据的选择权。'), '500 百万美元').metric).toBe('bond_issue');
    expect(get(go('Alibaba priced an offering of notes in an aggregate principal amount of US$5 billion.'), 'US$5 billion').metric).toBe('bond_issue');
  });
  it('matches the latest offering of that size the article could know, never flags another size', () => {
    const figs = go('アリババグループが発行する転換社債の総元本額は50億米ドルとなった。');
    expect(status(get(figs, '50億米ドル'))).toBe('consistent');
    expect(get(figs, '50億米ドル').check?.factId).toBe('notes-late');
    expect(flagsOf(go('阿里巴巴授予初始购买者额外购买最多 500 百万美元本金总额的票据的选择权。'))).toEqual([]);
  });
});

describe('qualifiers that leave the line item as it is', () => {
  const metricOf = (text: string, surface: string) => get(run(text, '2025-11-26'), surface).metric;
  it('a span of months summed (第3四半期累計の連結売上高) is the revenue of that span', () => {
    expect(metricOf('アリババグループの2025年4～12月の第3四半期累計の連結売上高は7,000億元だった。', '7,000億元')).toBe('revenue');
  });
  it('the plain accounts (GAAPベース, IFRSベース) are the line item itself; non-GAAP is not', () => {
    expect(metricOf('アリババグループの2025年7～9月期のGAAPベースの純利益は200億元だった。', '200億元')).toBe('net_income');
    expect(metricOf('アリババグループの2025年7～9月期の非GAAPベースの純利益は103億元だった。', '103億元')).toBe('non_gaap_net_income');
  });
  it('another scope before the keyword is still not the line item (海外の売上高)', () => {
    expect(metricOf('アリババグループの2025年7～9月期の海外事業の売上高は300億元だった。', '300億元')).not.toBe('revenue');
  });
});

describe('Hong Kong wording of results', () => {
  const metricOf = (text: string, surface: string) => get(run(text, '2025-11-26'), surface).metric;
  it('純利 is net income, 經調整純利 and 非美國通用會計準則下淨利潤 its non-GAAP measure', () => {
    expect(metricOf('阿里巴巴公布截至2025年9月底止第二季純利210億元。', '210億元')).toBe('net_income');
    expect(metricOf('阿里巴巴2025年第二季經調整純利103億元。', '103億元')).toBe('non_gaap_net_income');
    expect(metricOf('阿里巴巴2025年第二季非美國通用會計準則下淨利潤為103億元。', '103億元')).toBe('non_gaap_net_income');
  });
  it('每股基本盈利 is earnings per share, never a share price', () => {
    expect(metricOf('阿里巴巴2025年第二季每股基本盈利1.86元。', '1.86元')).toBe('eps');
  });
  it('期內總收入 is the revenue of the period', () => {
    expect(metricOf('阿里巴巴2025年第二季期內總收入2477億元。', '2477億元')).toBe('revenue');
  });
  it('a net margin (純利率) is no net income growth', () => {
    expect(metricOf('阿里巴巴2025年第二季純利率增長至8.5%。', '8.5%')).not.toBe('net_income_growth');
  });
});
