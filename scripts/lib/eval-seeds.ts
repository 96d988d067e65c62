// The five real seed articles, read in place from ../shared/seeds (never copied into the repo),
// checked against expectations verified by reading them and shared/domain-facts.md §4.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisResult } from '../../utils/analysis/types';
import { ROOT } from './kb-files';
import { FIXTURE_DIR, occurrences } from './eval-gold';

const SEED_DIR = join(ROOT, '..', 'shared', 'seeds');
const SEED_EXPECT = join(FIXTURE_DIR, 'seeds', 'expectations.json');

export interface SeedExpect {
  prefix: string; // file name prefix, '003'
  relevant: boolean;
  /** A mention of `id` must cover an occurrence of `surface`. */
  entities: Array<{ id: string; surface: string; why?: string }>;
  /** Every occurrence of `surface` must be flagged inconsistent with `cause`. */
  flagged: Array<{ surface: string; cause: string; why?: string }>;
  /** No figure overlapping any occurrence of `surface` may be flagged inconsistent. */
  notFlagged: Array<{ surface: string; why?: string }>;
}

export interface SeedCheck {
  seed: string;
  what: string;
  ok: boolean;
  detail: string;
}

export function seedFiles(): Array<{ prefix: string; path: string }> {
  if (!existsSync(SEED_DIR)) return [];
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ prefix: f.slice(0, 3), path: join(SEED_DIR, f) }));
}

export function loadSeedExpectations(): SeedExpect[] {
  return JSON.parse(readFileSync(SEED_EXPECT, 'utf8')) as SeedExpect[];
}

export function readSeed(path: string): string {
  return readFileSync(path, 'utf8');
}

const spansOf = (text: string, s: string) => occurrences(text, s, /^[0-9]/.test(s)).map((i) => ({ start: i, end: i + s.length }));
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Check one seed's analysis against its expectations; one line per expectation. */
export function checkSeed(exp: SeedExpect, text: string, res: AnalysisResult): SeedCheck[] {
  const out: SeedCheck[] = [];
  const seed = exp.prefix;
  out.push({ seed, what: 'relevant', ok: res.relevant === exp.relevant, detail: `got ${res.relevant} (score ${res.score.toFixed(2)})` });
  for (const e of exp.entities) {
    const spans = spansOf(text, e.surface);
    const ent = res.entities.find((x) => x.id === e.id);
    const hit = !!ent && spans.some((s) => ent.mentions.some((m) => overlaps(m, s)));
    const other = res.entities.filter((x) => x.id !== e.id && x.mentions.some((m) => spans.some((s) => overlaps(m, s)))).map((x) => x.id);
    const detail = spans.length === 0 ? 'surface not in text' : hit ? 'found' : other.length ? `got ${other.join(',')}` : 'not found';
    out.push({ seed, what: `entity ${e.id} "${e.surface}"`, ok: hit, detail });
  }
  for (const f of exp.flagged) {
    const spans = spansOf(text, f.surface);
    const bad = spans.filter((s) => !res.figures.some((q) => overlaps(q, s) && q.check?.status === 'inconsistent' && q.check.cause === f.cause));
    const got = spans
      .map((s) => res.figures.find((q) => overlaps(q, s)))
      .map((q) => (q ? `${q.surface}:${q.check?.status ?? '-'}/${q.check?.cause ?? '-'}` : 'no figure'));
    out.push({
      seed,
      what: `flag "${f.surface}" as ${f.cause}`,
      ok: spans.length > 0 && bad.length === 0,
      detail: spans.length ? got.join(' | ') : 'surface not in text',
    });
  }
  for (const f of exp.notFlagged) {
    const spans = spansOf(text, f.surface);
    const flagged = res.figures.filter((q) => q.check?.status === 'inconsistent' && spans.some((s) => overlaps(q, s)));
    out.push({
      seed,
      what: `no flag on "${f.surface}"`,
      ok: spans.length > 0 && flagged.length === 0,
      detail:
        spans.length === 0
          ? 'surface not in text'
          : flagged.length
            ? flagged.map((q) => `${q.surface}: ${q.check?.cause} ${q.check?.reason ?? ''}`).join(' | ')
            : 'ok',
    });
  }
  return out;
}
