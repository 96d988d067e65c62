// A company's cloud business named by a common noun, with no line-item keyword (クラウドサービス部門も
// 30%増の300億元, 云业务同比增长30%至300亿元): the cloud unit's revenue and its growth, as a guess
// (never flagged). Our own sentences, against the shipped KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const figs = (text: string, lang = 'ja') => analyze({ text, lang, date: '2025-11-26' }, kb).figures;
const get = (text: string, surface: string, lang = 'ja') => figs(text, lang).find((f) => f.surface.includes(surface))!;

describe('a cloud business named by a common noun', () => {
  it('ja: クラウドサービス部門も N%増の M元 → the cloud unit, cloud revenue and its growth', () => {
    const text = 'アリババの7~9月期決算は増収だった。クラウドサービス部門も30%増の300億元となった。';
    expect(get(text, '300億元')).toMatchObject({ subject: 'alibaba-cloud', metric: 'cloud_revenue', via: { metric: 'inferred' } });
    expect(get(text, '30%')).toMatchObject({ subject: 'alibaba-cloud', metric: 'cloud_revenue_growth' });
  });
  it('zh: 云业务同比增长N%至M亿元', () => {
    const text = '阿里巴巴上季业绩公布。云业务同比增长30%至300亿元。';
    expect(get(text, '300亿元', 'zh')).toMatchObject({ subject: 'alibaba-cloud', metric: 'cloud_revenue' });
  });
  it('a guess never flags, even on another value', () => {
    const all = figs('アリババの7~9月期決算は増収だった。クラウド事業は90%増の900億元となった。');
    expect(all.filter((f) => f.check?.status === 'inconsistent')).toEqual([]);
  });
  it('not when a line item is named between (クラウド部門の営業利益は…)', () => {
    const f = get('アリババの7~9月期決算は増収だった。クラウド部門の営業利益は30%増の30億元。', '30億元');
    expect(f.metric).not.toBe('cloud_revenue');
  });
});
