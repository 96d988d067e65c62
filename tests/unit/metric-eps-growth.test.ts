// Growth of earnings per share (GAAP and non-GAAP, per ADS and per share alike) is a line item of its
// own: a percentage beside an EPS figure is its growth, checked against the KB's record, and "no
// record" where the KB has none. KB values below are hypothetical, for the logic only.
import { describe, expect, it } from 'vitest';
import { SEP25, fact, get, kbWith, run } from './support/checks-kb';

const kb = kbWith((f) => f, [fact('non_gaap_eps', 21.39, 'CNY', SEP25), fact('non_gaap_eps_growth', 13, 'percent', SEP25, { basis: 'yoy' })]);

describe('EPS growth', () => {
  it('a percentage beside non-GAAP EPS is its growth, and matches the record', () => {
    const figs = run('阿里巴巴2025年第三季度非GAAP每股收益为21.39元，同比增长13%。', undefined, kb);
    expect(get(figs, '21.39元').metric).toBe('non_gaap_eps');
    expect(get(figs, '同比增长13%')).toMatchObject({ metric: 'non_gaap_eps_growth', check: { status: 'consistent', expected: 13 } });
  });
  it('in Japanese too', () => {
    const f = get(run('アリババの2025年7～9月期の非GAAP1株当たり利益は前年同期比13%増の21.39元だった。', undefined, kb), '13%増');
    expect(f.metric).toBe('non_gaap_eps_growth');
  });
  it('a GAAP EPS growth with no record of it: unverified, never a verdict on the non-GAAP figure', () => {
    const f = get(run('アリババの2025年7～9月期の1株当たり利益は前年同期比30%増だった。', undefined, kb), '30%増');
    expect(f.metric).toBe('eps_growth');
    expect(f.check?.status ?? 'unverified').toBe('unverified');
  });
});
