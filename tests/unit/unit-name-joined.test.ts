// A unit's name right before a revenue keyword is the keyword's whole qualifier, even a name with a
// particle inside it (machine translation's タオバオと天猫グループ for Taobao and Tmall Group), so the
// figure is the unit's revenue. Our own sentences, against the shipped KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const get = (text: string, surface: string) => analyze({ text, lang: 'ja', date: '2024-11-16' }, kb).figures.find((f) => f.surface.includes(surface))!;

describe("a unit's name joined to the keyword", () => {
  it('タオバオと天猫グループの売上高 is Taobao and Tmall Group', () => {
    const text = 'アリババは2025年度第2四半期の決算を発表した。タオバオと天猫グループの売上高は900億元で、前年比2%増加した。';
    expect(get(text, '900億元')).toMatchObject({ subject: 'taobao-tmall-group', metric: 'revenue' });
    expect(get(text, '2%')).toMatchObject({ subject: 'taobao-tmall-group', metric: 'revenue_growth' });
  });
  it('but a product named before the keyword is still no unit (AI関連製品の売上高)', () => {
    const f = get('アリババは2025年度第2四半期の決算を発表した。通義千問の売上高は9億元だった。', '9億元');
    expect(f.metric).not.toBe('revenue');
  });
});
