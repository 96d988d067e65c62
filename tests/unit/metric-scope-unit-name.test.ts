// A scope word (国内, 海外, overseas…) makes a line item another scope than the whole, unless the word
// is part of a reporting unit's name right there (海外EC関連 names Alibaba's international commerce
// unit): then the keyword is that unit's line item. Runs on the built KB.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';

const kb = loadKbIndex();
const figs = (text: string) => analyze({ text, lang: 'ja', date: '2025-08-30' }, kb).figures;

describe('scope words inside a unit name', () => {
  it('reads a unit named with a scope word as the unit, and its revenue keyword as its revenue', () => {
    const fs = figs('アリババ集団の2025年4~6月期決算。海外EC関連収入は19%増の347億4100万元だった。');
    const amount = fs.find((f) => f.surface.startsWith('347億'))!;
    expect(amount).toMatchObject({ subject: 'aidc', metric: 'revenue' });
    expect(fs.find((f) => f.surface.startsWith('19%'))).toMatchObject({ subject: 'aidc', metric: 'revenue_growth' });
  });
  it('keeps a scope word outside any unit name a scope (overseas revenue of the group is no KB line item)', () => {
    const fs = figs('アリババ集団の2025年4~6月期決算。海外収入は19%増の347億4100万元だった。');
    expect(fs.find((f) => f.surface.startsWith('347億'))!.metric).toBe('other');
  });
});
