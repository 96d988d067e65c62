// The five real seed articles, read in place from ../shared/seeds (skipped when absent), against
// expectations verified by reading them and shared/domain-facts.md §4
// (tests/fixtures/articles/seeds/expectations.json).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKbIndex } from '../../scripts/lib/kb-files';
import { checkSeed, loadSeedExpectations, readSeed, seedFiles, type SeedCheck } from '../../scripts/lib/eval-seeds';
import { loadAnalyze } from '../../scripts/eval';

const files = seedFiles();
const expectations = loadSeedExpectations();

describe.skipIf(files.length === 0)('seed articles (../shared/seeds)', () => {
  const checks = new Map<string, SeedCheck[]>();
  beforeAll(async () => {
    const analyze = await loadAnalyze();
    const kb = loadKbIndex();
    for (const exp of expectations) {
      const file = files.find((f) => f.prefix === exp.prefix);
      if (!file) continue;
      const text = readSeed(file.path);
      checks.set(exp.prefix, checkSeed(exp, text, analyze({ text }, kb)));
    }
  }, 300_000);

  it('has all five seeds', () => {
    expect(files.map((f) => f.prefix)).toEqual(expectations.map((e) => e.prefix));
  });

  for (const exp of expectations) {
    describe(`seed ${exp.prefix}`, () => {
      const find = (what: string) => {
        const c = checks.get(exp.prefix)?.find((x) => x.what === what);
        if (!c) throw new Error(`no result for ${what}`);
        return c;
      };
      it('is relevant', () => {
        const c = find('relevant');
        expect(c.ok, c.detail).toBe(true);
      });
      for (const e of exp.entities) {
        it(`finds ${e.id} as "${e.surface}"`, () => {
          const c = find(`entity ${e.id} "${e.surface}"`);
          expect(c.ok, c.detail).toBe(true);
        });
      }
      for (const f of exp.flagged) {
        it(`flags "${f.surface}" as a ${f.cause} error`, () => {
          const c = find(`flag "${f.surface}" as ${f.cause}`);
          expect(c.ok, c.detail).toBe(true);
        });
      }
      for (const f of exp.notFlagged) {
        it(`does not flag the correct "${f.surface}"`, () => {
          const c = find(`no flag on "${f.surface}"`);
          expect(c.ok, c.detail).toBe(true);
        });
      }
    });
  }
});
