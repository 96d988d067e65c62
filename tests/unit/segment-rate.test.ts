// A change rate right after a business unit (or a cloud business named by a common noun) as its
// clause's topic, no line-item keyword between (クラウドサービス部門も26%増と…), is the growth of that
// unit's revenue; not a quarter-on-quarter rate nor an estimate. Our own sentences, the built KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const rate = (text: string) => analyze({ text, lang: 'ja', date: '2025-08-30' }, kb).figures.find((f) => f.kind === 'percent')!;

describe('a rate after a unit as its topic', () => {
  it('is the growth of the cloud unit named by a common noun', () => {
    expect(rate('アリババの2025年4~6月期決算。クラウド部門も26%増と好調だった。')).toMatchObject({
      subject: 'alibaba-cloud',
      metric: 'cloud_revenue_growth',
    });
  });
  it('is the growth of a named unit the KB records revenue for', () => {
    expect(rate('アリババの2025年4~6月期決算。アリババ国際デジタルコマースグループは19%増と堅調だった。')).toMatchObject({
      subject: 'aidc',
      metric: 'revenue_growth',
    });
  });
  it('is not read so for a quarter-on-quarter rate or an estimate', () => {
    expect(rate('アリババの2025年4~6月期決算。クラウド部門も前期比5%増と伸びた。').metric).not.toBe('cloud_revenue_growth');
    expect(rate('アリババの2025年4~6月期決算。クラウド部門も30%増の見通しだ。').metric).not.toBe('cloud_revenue_growth');
  });
});
