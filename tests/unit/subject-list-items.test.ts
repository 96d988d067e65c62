// The subject of a figure in a bulleted list is not a name from an earlier item, nor a name the text
// leaves out (剔除…业务的, excluding …). Our own sentences, against the shipped KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const get = (text: string, surface: string) => analyze({ text, lang: 'zh', date: '2025-08-30' }, kb).figures.find((f) => f.surface.includes(surface))!;

describe('subjects in a bulleted list', () => {
  it("a name left out (剔除银泰业务) is not the next item's subject", () => {
    const text = '阿里巴巴第一季度业绩 - 总收入2400亿元人民币 同比增长2% [1] - 剔除银泰业务的可比收入增长9% [2] - 调整后EBITDA为400亿元人民币 同比下降10% [3]';
    expect(get(text, '400亿元').subject).toBe('alibaba');
  });
  it("a unit named in an earlier item is not a later item's subject", () => {
    const text = '阿里巴巴第一季度业绩 - 云智能集团收入增长20% [1] - 调整后EBITDA为400亿元人民币 同比下降10% [2]';
    expect(get(text, '400亿元').subject).toBe('alibaba');
  });
});
