// Marketing and R&D spending (营销投入, 研发投入, marketing spending) are costs of a period, not an
// investment plan: an amount of them that equals a plan's figure in another currency is no currency slip.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const fig = (text: string, part: string) => analyze({ text, date: '2025-08-30' }, kb).figures.find((f) => f.surface.includes(part));

describe('costs named with 投入 / spending', () => {
  it('营销投入: 阿里巴巴销售营销费用 is not read as the investment plan, nor flagged', () => {
    const f = fig('营销投入 - 阿里巴巴销售营销费用530.5亿元同比增加198亿元', '530.5亿元');
    expect(f?.metric).not.toBe('investment_plan');
    expect(f?.check?.status).not.toBe('inconsistent');
  });
  it('研发投入 and "marketing spending" are not the plan either', () => {
    expect(fig('阿里巴巴本季度研发投入达到150亿元。', '150亿元')?.metric).not.toBe('investment_plan');
    expect(fig("Alibaba's marketing spending rose to $7.4 billion in the quarter.", '$7.4 billion')?.metric).not.toBe('investment_plan');
  });
});
