// The real-page gold set: every page has a gold file that fits the schema, every span lies on the
// text it names (read in place from ../shared/real-pages; skipped when that folder is absent), every
// id is the KB's or proposed, and the split made once covers every page exactly once.
import { describe, expect, it } from 'vitest';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { GoldFile, goldIds, goldPath, goldProblems, pagesOf } from '../../scripts/lib/real-gold';
import { readRealPage, realPageIds, realPagesPresent } from '../../scripts/lib/real-pages';
import { readFileSync } from 'node:fs';

describe('real-page gold files', () => {
  const ids = goldIds();

  it('cover the corpus, and the split covers them once (two thirds tune, one third check)', () => {
    expect(ids.length).toBe(119);
    const tune = pagesOf('tune');
    const check = pagesOf('check');
    expect([...tune, ...check].sort()).toEqual(ids);
    expect(new Set([...tune, ...check]).size).toBe(ids.length);
    expect(check.length / ids.length).toBeGreaterThan(0.3);
    expect(check.length / ids.length).toBeLessThan(0.36);
  });

  it.each(ids)('%s fits the schema and holds no page text', (id) => {
    const raw = JSON.parse(readFileSync(goldPath(id), 'utf8'));
    const parsed = GoldFile.safeParse(raw);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(JSON.stringify(raw)).not.toMatch(/"find"\s*:/);
    expect(raw.passes).toBeGreaterThanOrEqual(2);
  });

  it.skipIf(!realPagesPresent()).each(ids)('%s: every offset lies on the text it names', (id) => {
    expect(realPageIds()).toContain(id);
    const gold = GoldFile.parse(JSON.parse(readFileSync(goldPath(id), 'utf8')));
    expect(goldProblems(gold, readRealPage(id).text, new Set(loadKbIndex().entities.keys()))).toEqual([]);
  });
});
