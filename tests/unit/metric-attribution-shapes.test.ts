// Shapes where a figure's line item was found but not chosen, so the check could not compare it (or
// compared the wrong one): a word right after a percentage (増収, 営業減益), a verb of spending after the
// object (…を…に投資), a scope word describing a named unit, revenue from a named unit, English headline
// verbs, 純損益; and the checks that then follow: a unit's total given one of its lines, a company's total
// given a segment's line, a period label repeating one stated with its year. Runs on the built KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const figs = (text: string, date?: string) => analyze({ text, ...(date ? { date } : {}) }, kb).figures;
const fig = (text: string, start: string, date?: string) => figs(text, date).find((f) => f.surface.startsWith(start))!;

describe('the line item named around the figure', () => {
  it('reads 増収 / 営業減益 right after a percentage as that line item, for that figure only', () => {
    const t = 'アリババの2025年7~9月期は5%増収、85%営業減益となった。';
    expect(fig(t, '5%')).toMatchObject({ subject: 'alibaba', metric: 'revenue_growth' });
    expect(fig(t, '85%')).toMatchObject({ subject: 'alibaba', metric: 'operating_income_growth' });
    expect(fig(t, '85%').check?.status).toBe('consistent');
  });
  it('reads an amount spent on something named before the verb (…を…に投資する) as the plan', () => {
    const t = 'アリババは2025年2月24日、今後3年間で3800億元(約7兆9000億円)をデータセンターとクラウドの整備に投資すると発表した。';
    expect(fig(t, '3800億元')).toMatchObject({ subject: 'alibaba', metric: 'investment_plan' });
  });
  it('reads a scope word that describes a named reporting unit as part of the unit, not a scope', () => {
    const t = 'アリババ集団の2023年10~12月期決算を部門別に見ると、国内向けEC事業を担う淘天集団の売上高は1290億7000万元だった。';
    expect(fig(t, '1290億')).toMatchObject({ subject: 'taobao-tmall-group', metric: 'revenue' });
  });
  it('reads "revenue from" a unit the KB records revenue for as that unit\'s revenue', () => {
    const t = 'Alibaba Group said revenue from Taobao and Tmall Group was RMB136.09 billion in the quarter ended December 31, 2024.';
    expect(fig(t, 'RMB136')).toMatchObject({ subject: 'taobao-tmall-group', metric: 'revenue' });
    expect(fig(t, 'RMB136').check?.status).toBe('consistent');
  });
  it('reads present-tense headline verbs as growth', () => {
    const t = "Alibaba's profit surges 239% in the quarter ended December 31, 2024.";
    expect(fig(t, '239%')).toMatchObject({ subject: 'alibaba', metric: 'net_income_growth' });
  });
  it('reads 純損益 as net income', () => {
    expect(fig('アリババの2023年1~3月期の純損益は235億1600万元の黒字だった。', '235億')).toMatchObject({ metric: 'net_income' });
  });
  it('reads the cloud item of a list under one revenue keyword as cloud revenue', () => {
    const t = 'アリババの2024年10~12月期、その他の事業の売上高は、クラウド事業が13%増の317億4200万元、物流事業が1%増の284億元だった。';
    expect(fig(t, '317億')).toMatchObject({ metric: 'cloud_revenue' });
    expect(fig(t, '13%')).toMatchObject({ metric: 'cloud_revenue_growth' });
  });
  it('reads a rate in brackets after the same rate said in words as that rate', () => {
    const t = 'In the quarter ended December 31, 2024, Alibaba cloud business revenue went back to double-digit growth (13%).';
    expect(fig(t, '13%')).toMatchObject({ metric: 'cloud_revenue_growth' });
    expect(fig(t, '13%').check?.status).toBe('consistent');
  });
  it("reads a unit's growth named generically as its own line's growth", () => {
    const t = 'Alibaba Cloud reported a 13% year-on-year revenue increase for the quarter ended December 31, 2024.';
    expect(fig(t, '13%').check?.status).toBe('consistent');
  });
});

describe('a wrong line item, flagged', () => {
  it("flags a unit's total given one of its lines (its CMR) to every digit", () => {
    const t = 'Alibaba Group said revenue from Taobao and Tmall Group was RMB100.79 billion in the quarter ended December 31, 2024.';
    expect(fig(t, 'RMB100')).toMatchObject({ metric: 'revenue', check: { status: 'inconsistent', cause: 'metric' } });
  });
  it("flags a company's total given a segment's line, but not when the sentence names a segment", () => {
    const wrong = fig('アリババグループの2024年10～12月期決算は、売上高が317億4200万元だった。', '317億');
    expect(wrong.check).toMatchObject({ status: 'inconsistent', cause: 'metric' });
    const segment = fig('アリババグループの2024年10～12月期決算で、クラウド部門の売上高が317億4200万元だった。', '317億');
    expect(segment.check?.status).not.toBe('inconsistent');
  });
  it('takes a period label that repeats a period stated with its year as stated, with no article date', () => {
    const t = 'アリババグループは2025年度第3四半期の決算を公表した。この四半期の普通株主に帰属する純利益は前年同期比333%増だった。';
    expect(fig(t, '333%').check).toMatchObject({ status: 'inconsistent', cause: 'metric' });
  });
});
