// Hong Kong wording of an IFRS reporter's profit: 權益持有人應佔盈利 / 溢利 (profit attributable to equity
// holders) is attributable net income; said after a non-IFRS qualifier, or as 經調整溢利, the non-GAAP
// line item. A basis glossed in brackets (非国際会計基準(Non-IFRS)ベースの純利益) names the line item
// with the words before the brackets. KB values below are hypothetical, for the logic only.
import { describe, expect, it } from 'vitest';
import { SEP25, fact, get, kbWith, run } from './support/checks-kb';

const kb = kbWith((f) => f, [fact('net_income_attrib', 50_000e6, 'CNY', SEP25), fact('non_gaap_net_income', 60_000e6, 'CNY', SEP25)]);

describe('Hong Kong profit wording', () => {
  it('reads profit attributable to equity holders as attributable net income', () => {
    for (const text of ['阿里巴巴第三季公司權益持有人應佔盈利500億元。', '阿里巴巴第三季权益持有人应占溢利500亿元。']) {
      const figs = run(text, undefined, kb);
      expect(get(figs, text.includes('億') ? '500億元' : '500亿元').metric, text).toBe('net_income_attrib');
    }
  });
  it('reads it as the non-GAAP line item after a non-IFRS qualifier glossed in brackets', () => {
    const text = '阿里巴巴2025年第三季度非國際財務報告（Non-IFRS）準則權益持有人應佔溢利600億元。';
    const f = get(run(text, undefined, kb), '600億元');
    expect(f.metric).toBe('non_gaap_net_income');
    expect(f.check).toMatchObject({ status: 'consistent' });
  });
  it('reads 經調整溢利 as the non-GAAP line item', () => {
    expect(get(run('阿里巴巴第三季經調整溢利600億元。', undefined, kb), '600億元').metric).toBe('non_gaap_net_income');
  });
  it('reads a Japanese non-IFRS basis glossed in brackets as non-GAAP', () => {
    const text = 'アリババの2025年7～9月期の非国際会計基準(Non-IFRS)ベースの純利益は600億元だった。';
    expect(get(run(text, undefined, kb), '600億元').metric).toBe('non_gaap_net_income');
  });
  it('keeps a plain bracketed note that names no basis out of it', () => {
    const text = 'アリババの2025年7～9月期の純利益(最終利益)は500億元だった。';
    expect(get(run(text, undefined, kb), '500億元').metric).not.toBe('non_gaap_net_income');
  });
  it('reads net cash generated from operating activities as operating cash flow', () => {
    const text = '阿里巴巴第三季經營活動所產生的現金淨額853億元。';
    expect(get(run(text, undefined, kb), '853億元').metric).toBe('operating_cash_flow');
  });
});
