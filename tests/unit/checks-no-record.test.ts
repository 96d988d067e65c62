// A figure whose company and line item are known but the KB holds no record of that line item for the
// company: unverified, saying so (never a verdict); and non-GAAP written out in words in Japanese
// (米国一般会計基準に従わない場合の純利益) read as the non-GAAP line item. Our own sentences.
import { describe, expect, it } from 'vitest';
import { SEP25, fact, flagsOf, get, kbWith, run } from './support/checks-kb';

describe('no record of the line item', () => {
  it('names what is missing: the record, not the period', () => {
    const f = get(run('アリババの2025年7～9月期のフリーキャッシュフローは120億元だった。', '2025-11-26'), '120億元');
    expect(f.metric).toBe('free_cash_flow');
    expect(f.check).toMatchObject({ status: 'unverified', missing: ['record'] });
  });
  it('a line item the KB has for the company keeps its own answer', () => {
    const f = get(run('アリババの2025年7～9月期の売上高は2,477億9,500万元だった。', '2025-11-26'), '2,477億9,500万元');
    expect(f.check?.status).toBe('consistent');
  });
});

describe('non-GAAP written out in words', () => {
  const KB = kbWith((x) => x, [fact('non_gaap_net_income', 10_352e6, 'CNY', SEP25)]);
  const text = 'アリババの2025年7～9月期の当期純利益は206億元。米国一般会計基準に従わない場合、当期純利益は103億元です。';
  it('米国一般会計基準に従わない場合の純利益 is the non-GAAP net income, and is not flagged as another line item', () => {
    const figs = run(text, '2025-11-26', KB);
    expect(get(figs, '103億元').metric).toBe('non_gaap_net_income');
    expect(get(figs, '103億元').check?.status).toBe('consistent');
    expect(flagsOf(figs)).toEqual([]);
  });
});
