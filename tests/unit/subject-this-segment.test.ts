// "This segment" (同部門の売上高, 该板块收入): a revenue keyword whose qualifier points back takes the
// unit named before it (in its sentence or the two before), as a guess (never firm enough for a
// flag); with no unit named before, it is no line item of the KB. Our own sentences, the built KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const fig = (text: string, surface: string) => analyze({ text, date: '2025-11-26' }, kb).figures.find((f) => f.surface.includes(surface))!;

describe('a "this segment" keyword', () => {
  it('takes the unit named in the sentence before (ja)', () => {
    const f = fig('アリババの2025年7~9月期決算。クラウド・インテリジェンス・グループが好調だった。同部門の売上高は398億元だった。', '398億元');
    expect(f).toMatchObject({ subject: 'alibaba-cloud', metric: 'cloud_revenue' });
    expect(f.via?.subject).toBe('mixed');
  });
  it('takes the unit named before it in its own sentence (zh)', () => {
    const f = fig('阿里巴巴2025年第三季度业绩中，阿里国际数字商业集团扭亏为盈，该板块收入同比增长10%至347.99亿元。', '347.99亿元');
    expect(f).toMatchObject({ subject: 'aidc', metric: 'revenue' });
  });
  it('is no line item when no unit is named before (never the group revenue)', () => {
    const f = fig('阿里巴巴2025年第三季度业绩。该板块收入同比增长10%至347.99亿元。', '347.99亿元');
    expect(f.metric).toBe('other');
    expect(f.check?.status ?? 'none').not.toBe('inconsistent');
  });
});
