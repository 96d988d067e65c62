// Money shapes of Chinese and English pages. Marketing and R&D spending (营销投入, 研发投入, marketing spending) are costs of a period, not an
// investment plan: an amount of them that equals a plan's figure in another currency is no currency slip.
// And a bare 亿 amount ending a heading line is money, though the next line follows it with no space.
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

describe('a bare amount at the end of a heading line', () => {
  it("资本开支约900亿 ending a heading is money in the article's currency", () => {
    const f = fig('某公司上季收入1500亿元。\n\n近四季资本开支约900亿\n\n首席财务官表示,投入将继续。', '900亿');
    expect(f?.value).toBe(9e10);
    expect(f?.unit).toBe('CNY');
  });
  it('a bare 亿 amount glued to the next word is still no figure', () => {
    expect(fig('某公司上季收入1500亿元。近四季资本开支约900亿阿里。', '900亿')).toBeUndefined();
  });
});
