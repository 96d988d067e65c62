// Period shapes of English and Chinese results stories, each written from the shape (own sentences):
// 上季度 in a text that calls the reported quarter 本季度 or names it again beside it is the quarter
// before the reported one. Runs the real pipeline (analyze) on the bundled KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import type { AnalyzeInput } from '../../utils/analysis/types';

const kb = loadKbIndex();
const run = (text: string, extra: Partial<AnalyzeInput> = {}) => analyze({ text, ...extra }, kb).figures;
/** The period of the figure whose surface holds `part` (the n-th such one). */
function periodOf(text: string, part: string, extra: Partial<AnalyzeInput> = {}, nth = 0): [string, string] | undefined {
  const figs = run(text, extra);
  const f = figs.filter((x) => x.surface.includes(part))[nth];
  expect(f, `${part} in ${figs.map((x) => x.surface).join(' | ')}`).toBeDefined();
  return f!.period ? [f!.period.start, f!.period.end] : undefined;
}
const Q = (y: number, q: number): [string, string] => [
  `${y}-${String(3 * q - 2).padStart(2, '0')}-01`,
  new Date(Date.UTC(y, 3 * q, 0)).toISOString().slice(0, 10),
];

describe('上季度 against the reported quarter', () => {
  const zh = { lang: 'zh', date: '2025-11-20' };
  it('a text that calls the reported quarter 本季度: 上季度 is the one before it', () => {
    const text = '某电商公司公布2025年第三季度财报。本季度营收812亿元,同比增长9%。上季度,该公司广告收入同比增长仅1.2%。';
    expect(periodOf(text, '812亿元', zh)).toEqual(Q(2025, 3));
    expect(periodOf(text, '1.2%', zh)).toEqual(Q(2025, 2));
  });
  it('上季度 beside the reported quarter named again in its sentence', () => {
    const text = '某公司Q3营收312亿元。\n而上季度净利润为41亿元,Q3净利润环比下滑6亿。';
    expect(periodOf(text, '41亿元', zh)).toEqual(Q(2025, 2));
  });
  it('上季 alone in results news is still the quarter just reported', () => {
    const text = '某公司公布第三季业绩,收入按年增长15%至1200亿元。上季斥约90亿元回购股份。';
    expect(periodOf(text, '90亿元', zh)).toEqual(Q(2025, 3));
  });
});
