// The KB audit (scripts/lib/kb-audit.ts) on a small bundle written for the test, and on the real KB.
import { describe, expect, it } from 'vitest';
import { auditKb, isPrimary } from '../../scripts/lib/kb-audit';
import { loadBundle } from '../../scripts/lib/kb-files';
import type { Entity, Fact, KbBundle } from '../../utils/analysis/kb/types';

const ent = (id: string, over: Partial<Entity> = {}): Entity => ({
  id,
  type: 'company',
  names: { en: [id] },
  description: { ja: '説明', en: 'desc' },
  status: 'unverified',
  sources: [],
  ...over,
});
const fact = (id: string, over: Partial<Fact> = {}): Fact => ({
  id,
  subject: 'a',
  metric: 'revenue',
  value: 1,
  unit: 'CNY',
  asOf: '2025-01-01',
  source: 'press',
  status: 'verified',
  ...over,
});

const bundle: KbBundle = {
  version: 'kb-test',
  builtAt: '2000-01-01',
  sources: [
    { id: 'release', url: 'https://www.alibabagroup.com/en-US/document-1', publisher: 'Alibaba Group', date: '2025-02-20' },
    { id: 'press', url: 'https://example-news.com/a', publisher: 'Some outlet', date: '2025-02-21' },
    { id: 'copy', url: 'https://example-news.com/b', publisher: 'Some outlet (release copy)', date: '2025-02-20', copyOf: 'A Co release' },
  ],
  entities: [
    ent('a', { names: { ja: ['阿里巴巴'], en: ['A Co'] } }),
    ent('b', { names: { en: ['B Co'] }, aliases: [{ text: 'Apple', kind: 'name' }] }),
    ent('c', {
      names: { en: ['C Co'] },
      aliases: [
        { text: 'Apple', kind: 'name', ambiguous: true },
        { text: 'B Co', kind: 'variant' },
      ],
    }),
    ent('d', { type: 'event', names: { ja: ['2025年の会議'] } }),
  ],
  facts: [
    fact('f1', { source: 'release' }),
    fact('f2'),
    fact('f3', { asOf: undefined, status: 'single-source' }),
    fact('f4', { status: 'derived' }),
    fact('f5', { source: 'copy' }),
  ],
  relations: [],
  fx: [],
  errors: [],
};

describe('kb:audit', () => {
  const { findings, totals } = auditKb(bundle);
  const ids = (check: string) => findings.filter((f) => f.check === check).map((f) => f.id);

  it('lists facts without a primary source, without a date, single-source or derived', () => {
    expect(ids('fact without a primary source')).toEqual(['f2', 'f3', 'f4']);
    // the issuer's own release on another host: said apart, neither primary nor missing
    expect(findings.find((f) => f.check === "fact read in a copy of the issuer's document")).toMatchObject({ id: 'f5', detail: 'A Co release' });
    expect(ids('fact without a period or as-of date')).toEqual(['f3']);
    expect(ids('fact single-source')).toEqual(['f3']);
    expect(findings.find((f) => f.check === 'fact derived')).toMatchObject({ id: 'f4', detail: 'no method in note' });
  });

  it('lists named entities with a kanji name but no reading (not events)', () => {
    expect(ids('entity with a kanji name but no reading')).toEqual(['a']);
  });

  it('lists unguarded aliases equal to a common word, and aliases two entities share unguarded', () => {
    expect(ids('alias equal to a common word, unguarded')).toEqual(['b']);
    expect(ids('alias shared by two entities, unguarded')).toEqual(['b + c', 'b + c']);
    expect(totals['facts']).toBe(5);
  });

  it('counts a company release or a filing as primary, a news outlet not', () => {
    expect(isPrimary(bundle.sources[0])).toBe(true);
    expect(isPrimary({ id: 'x', url: 'https://www.sec.gov/Archives/x.htm', publisher: 'SEC', date: '2025' })).toBe(true);
    expect(isPrimary(bundle.sources[1])).toBe(false);
    // a copy of a release is not its host's: not even on a host that is primary for other files
    expect(isPrimary({ id: 'y', url: 'https://github.com/someone/mirror/x.md', publisher: 'A mirror', date: '2025', copyOf: 'A Co release' })).toBe(false);
  });

  it('finds no unguarded common word, shared alias or missing reading among the entities of the real KB', () => {
    const real = auditKb(loadBundle()).totals;
    for (const k of ['alias equal to a common word, unguarded', 'alias shared by two entities, unguarded', 'entity with a kanji name but no reading'])
      expect(real[k] ?? 0, k).toBe(0);
  });
});
