// N%増収 / N%減収 (revenue up / down) names revenue growth; an amount in brackets right after it
// (18%増収(301億元)) is the revenue, and a cloud unit's revenue is its cloud revenue. Guesses, never
// flagged. Our own sentences, against the shipped KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const figs = (text: string) => analyze({ text, lang: 'ja', date: '2025-11-26' }, kb).figures;
const get = (text: string, surface: string) => figs(text).find((f) => f.surface.includes(surface))!;

describe('増収 / 減収', () => {
  it('N%増収 is revenue growth', () => {
    expect(get('アリババの2025年7~9月期決算は4%増収だった。', '4%').metric).toBe('revenue_growth');
    expect(get('アリババの2025年7~9月期決算は2%の減収だった。', '2%').metric).toBe('revenue_growth');
  });
  it("the amount in brackets after it is the revenue; a cloud unit's, its cloud revenue", () => {
    const text = 'アリババの2025年7~9月期決算。クラウド・インテリジェンス・グループは、AI需要により30%増収(380億元)を記録。';
    expect(get(text, '380億元')).toMatchObject({ subject: 'alibaba-cloud', metric: 'cloud_revenue' });
    expect(get(text, '30%')).toMatchObject({ subject: 'alibaba-cloud', metric: 'cloud_revenue_growth' });
  });
  it('never a flag on a guess', () => {
    expect(figs('アリババの2025年7~9月期決算は40%増収(5000億元)だった。').filter((f) => f.check?.status === 'inconsistent')).toEqual([]);
  });
  it('増益 (profit up) names no line item of its own', () => {
    expect(get('アリババの2025年7~9月期決算は4%増益だった。', '4%').metric).not.toBe('revenue_growth');
  });
});
