// Sibling line items (from the vocabulary's families) and sibling periods: a figure that matches a
// sibling is never a value error, and the check names the sibling. It is consistent with it when the
// two names are used one for the other (純利益 for the attributable figure) or the period label is a
// fiscal one; otherwise the match is named but not confirmed (unverified). Only a line item named
// unmistakably (株主に帰属する純利益, 非GAAP純利益) whose own KB value differs is flagged, with cause
// 'metric': the number of another line item.
import { describe, expect, it } from 'vitest';
import { lineItems } from '../../utils/analysis/checks/siblings';
import { SEP24, SEP25, flagsOf, get, run, status } from './support/checks-kb';

describe('families from the vocabulary', () => {
  it('net income / attributable / non-GAAP; group / segment revenue; operating income / adjusted EBITA', () => {
    expect(lineItems('net_income').siblings).toEqual(expect.arrayContaining(['net_income_attrib', 'non_gaap_net_income']));
    expect(lineItems('revenue').siblings).toEqual(expect.arrayContaining(['cloud_revenue', 'cmr']));
    expect(lineItems('operating_income').siblings).toEqual(['adjusted_ebita', 'adjusted_ebitda']);
    expect(lineItems('market_cap').siblings).toEqual([]); // not line items of one statement
  });
});

describe('net income and its siblings', () => {
  it('純利益 (a family’s generic name) that is the attributable figure: consistent with that sibling', () => {
    const f = get(run('アリババの2025年7～9月期の純利益は209億9,000万元だった。'), '209億9,000万元');
    expect(f.check).toMatchObject({ status: 'consistent', sibling: { kind: 'line-item', metric: 'net_income_attrib' }, expected: 20_990e6 });
  });
  it('純利益 that is the attributable figure truncated (209億元 for 20,990m): that sibling named, never flagged', () => {
    const f = get(run('アリババの2025年7～9月期の純利益は209億元だった。'), '209億元');
    expect(f.check).toMatchObject({ status: 'unverified', missing: ['metric'], sibling: { kind: 'line-item', metric: 'net_income_attrib' } });
  });
  it('a revenue well below the company’s total, the company not named in its sentence: perhaps a part of it, never a value flag', () => {
    const text = 'アリババの2025年7～9月期決算が発表された。\n2025年7～9月期は付加価値サービスが伸び、売上高は958億元だった。';
    expect(get(run(text), '958億元')).toMatchObject({ metric: 'revenue', check: { status: 'unverified', missing: ['metric'] } });
    // the company named in the sentence: its total, so a value error
    expect(get(run('アリババの2025年7～9月期の売上高は958億元だった。'), '958億元').check).toMatchObject({ status: 'inconsistent', cause: 'value' });
  });
  it('純利益 that is net income: consistent, no sibling', () => {
    const f = get(run('アリババの2025年7～9月期の純利益は206億1,200万元だった。'), '206億1,200万元');
    expect(f.check).toMatchObject({ status: 'consistent' });
    expect(f.check!.sibling).toBeUndefined();
  });
  it('attributable named unmistakably, with net income’s number: the wrong line item', () => {
    for (const t of [
      'アリババの2025年7～9月期の株主に帰属する純利益は206億1,200万元だった。',
      '阿里巴巴2026财年第二季度归属于普通股股东的净利润为206.12亿元。',
    ]) {
      const figs = run(t);
      expect(flagsOf(figs), t).toEqual([expect.stringMatching(/:metric$/)]);
      expect(figs.find((f) => f.check?.cause === 'metric')!.check).toMatchObject({ sibling: { metric: 'net_income' }, expected: 20_612e6 });
    }
  });
  it('but unverified, not flagged, when the company is only the article’s', () => {
    const figs = run('2025年7～9月期の決算が出た。\n株主に帰属する純利益は206億1,200万元だった。アリババ。');
    expect(flagsOf(figs)).toEqual([]);
  });
});

describe('group and segment revenue', () => {
  it('売上高 of the company with the cloud segment’s number, no segment in its sentence: the wrong line item, never a value error', () => {
    const f = get(run('アリババの2025年7～9月期の売上高は398億2,400万元だった。'), '398億2,400万元');
    expect(f.check).toMatchObject({ status: 'inconsistent', cause: 'metric', sibling: { kind: 'line-item', metric: 'cloud_revenue' }, expected: 39_824e6 });
    // a segment named in the sentence: perhaps its figure, so named but not flagged
    const seg = get(run('アリババの2025年7～9月期、クラウド部門が伸び、売上高は398億2,400万元だった。'), '398億2,400万元');
    expect(seg.check).toMatchObject({ status: 'unverified', missing: ['metric'], sibling: { kind: 'line-item', metric: 'cloud_revenue' } });
  });
  it('a segment or market named with its revenue as one phrase (data center revenue, 数据中心业务收入): not the group’s revenue, never a value error', () => {
    for (const [t, s] of [
      ['アリババの2025年7～9月期のデータセンター部門の売上高は512億元だった。', '512億元'],
      ['アリババ2026财年第二季度数据中心业务收入为512亿元。', '512亿元'],
      ["In the quarter ended September 2025, アリババ's data center revenue rose 66% to RMB51.2 billion.", 'RMB51.2 billion'],
      ['In the quarter ended September 2025, アリババ said revenue from Baidu Core declined 7% to RMB24.66 billion.', 'RMB24.66 billion'],
    ]) {
      const figs = run(t);
      expect(flagsOf(figs), t).toEqual([]);
      expect(get(figs, s).metric, t).toBe('other');
    }
    // the group's revenue named alone, with that number, is still a value error
    expect(flagsOf(run('アリババの2025年7～9月期の売上高は512億元だった。'))).toEqual([expect.stringMatching(/:value$/)]);
  });
});

describe('operating income and adjusted EBITA (values hypothetical, for the logic only)', () => {
  it('either one with the other’s number: the other is named, never flagged', () => {
    expect(get(run('アリババの2025年7～9月期の営業利益は90億7,300万元だった。'), '90億7,300万元').check).toMatchObject({
      status: 'unverified',
      sibling: { metric: 'adjusted_ebita' },
    });
    expect(get(run('アリババの2025年7～9月期の調整後EBITAは53億6,500万元だった。'), '53億6,500万元').check).toMatchObject({
      status: 'unverified',
      sibling: { metric: 'operating_income' },
    });
    expect(status(get(run('アリババの2025年7～9月期の調整後EBITAは90億7,300万元だった。'), '90億7,300万元'))).toBe('consistent');
  });
});

describe('sibling periods', () => {
  it('a fiscal label read the calendar way: consistent with the period the label names', () => {
    // 2025年度 is Alibaba's year to March 2025; read as the year from April 2025 it moves by a year
    const f = get(run('アリババの2025年度第2四半期の売上高は2,365億300万元だった。'), '2,365億300万元');
    expect(f.check).toMatchObject({ status: 'consistent' });
    expect(f.check!.basis!.period!.value).toMatchObject({ start: SEP24.start, end: SEP24.end });
  });
  it('a period only inferred (7～9月期 of the article’s year) with another period’s number: named, but not established', () => {
    const f = get(run('アリババの7～9月期の売上高は2,365億300万元だった。', '2025-11-26'), '2,365億300万元');
    expect(f.check).toMatchObject({ status: 'unverified', missing: ['period'], sibling: { kind: 'period', period: SEP24 } });
  });
  it('a plan over three years, and a figure with no period: the one fact it can be', () => {
    const f = get(run('アリババは3,800億元を投資する。'), '3,800億元');
    expect(f.check).toMatchObject({ status: 'consistent', basis: { period: { how: 'inferred' } } });
    expect(SEP25.label).toBe('FY2026 Q2');
  });
});
