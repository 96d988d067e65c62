// A sentence with no figure that ends on a business unit, then a sentence opening with a revenue
// keyword and naming no company: the unit's revenue, as a guess (never firm enough for a flag).
// Our own sentences, against the shipped KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const figs = (text: string) => analyze({ text, lang: 'ja', date: '2025-02-21' }, kb).figures;
const get = (text: string, surface: string) => figs(text).find((f) => f.surface.includes(surface))!;
const lead = 'アリババは2024年10~12月期決算を発表した。注目はクラウド・インテリジェンス・グループだ。';

describe('a unit carried from the sentence before', () => {
  it('売上高は… after a sentence ending on the cloud unit: its cloud revenue', () => {
    const f = get(`${lead}売上高は前年同期比10%増の300億元となった。`, '300億元');
    expect(f).toMatchObject({ subject: 'alibaba-cloud', metric: 'cloud_revenue', via: { subject: 'mixed', metric: 'inferred' } });
  });
  it('never a flag, whatever the value', () => {
    expect(figs(`${lead}売上高は前年同期比90%増の900億元となった。`).filter((f) => f.check?.status === 'inconsistent')).toEqual([]);
  });
  it('not when the sentence before has a figure of its own', () => {
    const f = get('アリババは2024年10~12月期決算を発表した。クラウド・インテリジェンス・グループは13%増だった。売上高は8%増の2801億元。', '2801億元');
    expect(f.subject).toBe('alibaba');
  });
  it('not when the keyword does not open the sentence', () => {
    const f = get(`${lead}グループ全体の売上高は前年同期比8%増の2801億元となった。`, '2801億元');
    expect(f.subject).not.toBe('alibaba-cloud');
  });
});
