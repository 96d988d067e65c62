// Adjusted EBITDA (a non-GAAP line item Alibaba reported until fiscal 2022, beside adjusted EBITA) is a
// line item of its own: named in ja / zh / en, with its growth; checked against its KB record, and
// honestly "no record" where the KB has none. A plain EBITDA (another issuer's definition) stays 'other'.
// KB values below are hypothetical, for the logic only.
import { describe, expect, it } from 'vitest';
import { lineItems } from '../../utils/analysis/checks/siblings';
import { SEP25, fact, get, kbWith, run } from './support/checks-kb';

const kb = kbWith((f) => f, [fact('adjusted_ebitda', 37_101e6, 'CNY', SEP25), fact('adjusted_ebitda_growth', 39, 'percent', SEP25, { basis: 'yoy' })]);

describe('adjusted EBITDA in the vocabulary', () => {
  it('is read as its own line item in ja, zh and en, and its percentage as its growth', () => {
    const cases: Array<[string, string, string]> = [
      ['アリババの2025年7～9月期の調整後EBITDAは前年同期比39%増の371億100万元だった。', '371億100万元', '39%増'],
      ['阿里巴巴2025年第三季度经调整EBITDA为371.01亿元，同比增长39%。', '371.01亿元', '同比增长39%'],
      ['アリババの2025年7～9月期の調整後のEBITDAは前年同期比39%増の371億100万元だった。', '371億100万元', '39%増'],
    ];
    for (const [text, amount, growth] of cases) {
      const figs = run(text, undefined, kb);
      expect(get(figs, amount).metric, text).toBe('adjusted_ebitda');
      expect(get(figs, growth).metric, text).toBe('adjusted_ebitda_growth');
    }
  });
  it('is a sibling of operating income and adjusted EBITA (the profit family)', () => {
    expect(lineItems('adjusted_ebitda').siblings).toEqual(expect.arrayContaining(['operating_income', 'adjusted_ebita']));
  });
  it('matches its KB record: consistent', () => {
    const figs = run('アリババの2025年7～9月期の調整後EBITDAは前年同期比39%増の371億100万元だった。', undefined, kb);
    expect(get(figs, '371億100万元').check).toMatchObject({ status: 'consistent', expected: 37_101e6 });
    expect(get(figs, '39%増').check).toMatchObject({ status: 'consistent', expected: 39 });
  });
  it('a plain EBITDA is not read as Alibaba’s adjusted EBITDA', () => {
    const figs = run('アリババの2025年7～9月期のEBITDAは371億100万元だった。', undefined, kb);
    expect(get(figs, '371億100万元').metric).not.toBe('adjusted_ebitda');
  });
});

describe('a subject with no adjusted EBITDA record', () => {
  it('is unverified for want of a record, never a verdict', () => {
    const f = get(run('テンセントの2025年7～9月期の調整後EBITDAは371億100万元だった。', undefined, kb), '371億100万元');
    expect(f.metric).toBe('adjusted_ebitda');
    expect(f.check).toMatchObject({ status: 'unverified', missing: ['record'] });
  });
});
