// The KB files a segment's line item under the unit that reported it in that period (customer
// management revenue: Taobao and Tmall Group's until 2025, Alibaba China E-commerce Group's from the
// June 2025 quarter); a figure given for the group takes the unit of its period. Our own sentences.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const get = (text: string, surface: string, date: string) => analyze({ text, lang: 'zh', date }, kb).figures.find((f) => f.surface.includes(surface))!;

describe("a segment's line item by its period", () => {
  it('CMR of the September 2025 quarter is filed under Alibaba China E-commerce Group', () => {
    const f = get('阿里巴巴截至2025年9月30日止季度客户管理收入同比增长10%。', '10%', '2025-11-26');
    expect(f).toMatchObject({ subject: 'alibaba-china-ecommerce', metric: 'cmr_growth' });
  });
  it('CMR of the March 2025 quarter stays under Taobao and Tmall Group', () => {
    const f = get('阿里巴巴截至2025年3月31日止季度客户管理收入同比增长12%。', '12%', '2025-05-16');
    expect(f).toMatchObject({ subject: 'taobao-tmall-group', metric: 'cmr_growth' });
  });
});
