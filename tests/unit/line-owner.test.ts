// A business line the KB files under a business of its own (a line-item term with a parent: 即时零售业务
// → Taobao Instant Commerce), named right before a revenue keyword: that business's revenue, as a guess
// (never flagged). Our own sentences, against the shipped KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const figs = (text: string) => analyze({ text, date: '2025-11-26' }, kb).figures;
const get = (text: string, surface: string) => figs(text).find((f) => f.surface.includes(surface))!;

describe("a business line's revenue", () => {
  it('即时零售业务收入 is the revenue of the business the line belongs to, as a guess', () => {
    const f = get('阿里巴巴截至2025年9月30日止季度即时零售业务收入为229.06亿元，同比增长60%。', '229.06亿元');
    expect(f).toMatchObject({ subject: 'taobao-instant-commerce', metric: 'revenue', via: { metric: 'inferred' } });
    expect(f.check?.status).toBe('consistent');
    const g = get('阿里巴巴截至2025年9月30日止季度即时零售业务收入同比增长60%至229.06亿元。', '60%');
    expect(g).toMatchObject({ subject: 'taobao-instant-commerce', metric: 'revenue_growth' });
  });
  it('a guess never flags, even on another value', () => {
    const all = figs('阿里巴巴截至2025年9月30日止季度即时零售业务收入为329.06亿元，同比增长70%。');
    expect(all.filter((f) => f.check?.status === 'inconsistent')).toEqual([]);
  });
  it('not when the line is named elsewhere in the sentence than right before the keyword', () => {
    const f = get('阿里巴巴截至2025年9月30日止季度受即时零售带动，收入为2,477.95亿元。', '2,477.95亿元');
    expect(f.subject).not.toBe('taobao-instant-commerce');
  });
  it("a rate before the next bullet's line is not that line's (… 同比增长9% [6] - 即时零售业务收入…)", () => {
    const text = '阿里巴巴截至2025年9月30日止季度 - 核心电商业务收入1,186亿元 同比增长9% [6] - 即时零售业务收入229.06亿元 同比增长60% [7]';
    expect(get(text, '增长9%').subject).not.toBe('taobao-instant-commerce');
    expect(get(text, '229.06亿元')).toMatchObject({ subject: 'taobao-instant-commerce', metric: 'revenue' });
  });
});
