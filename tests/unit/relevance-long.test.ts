// Long pages: a long archive of relevant stories stays relevant; a long unrelated page with one
// passing mention stays irrelevant.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { relevantJapanese, unrelatedJapanese } from '../../scripts/bench/texts';

const kb = loadKbIndex();

// Whole analyses of 300k–600k characters: seconds on a busy shared machine (timings are never asserted).
describe('relevance on long pages', { timeout: 60_000 }, () => {
  it('a 300k-character page of relevant stories is relevant', () => {
    expect(analyze({ text: relevantJapanese(300_000) }, kb).relevant).toBe(true);
  });
  it('a relevant article inside long unrelated text (a live blog, an archive) is relevant', () => {
    const text = unrelatedJapanese(60_000) + '\n' + relevantJapanese(8_000) + '\n' + unrelatedJapanese(60_000, 3);
    expect(analyze({ text }, kb).relevant).toBe(true);
  });
  it('one passing mention in 600k characters of unrelated text is not', () => {
    const text = unrelatedJapanese(300_000) + 'アリババの株価が上がった。' + unrelatedJapanese(300_000, 5);
    const r = analyze({ text }, kb);
    expect(r.relevant).toBe(false);
  });
});
