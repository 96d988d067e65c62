// What the tokenizer adds to an analysis: unknown proper nouns and readings of kanji names.
// The same code runs in the CLI (--tokenize) and in the extension's background. Pure.
import type { PreparedKb } from '../prepared-kb';
import type { AnalysisResult } from '../types';
import type { Token } from './tokenizer';
import { properNounCandidates, type Span } from './proper-nouns';
import { readingsFor } from './readings';

export type Enrichment = Pick<AnalysisResult, 'unknownProperNouns' | 'readings' | 'notes'>;

export function enrichFromTokens(allTokens: Token[], text: string, result: AnalysisResult, kb: PreparedKb): Enrichment {
  const tokens = allTokens.filter(keepToken); // same input as after packTokens, wherever it runs
  const known: Span[] = [];
  for (const e of result.entities) for (const m of e.mentions) known.push(m);
  for (const f of result.figures) known.push(f);
  const out: Enrichment = { unknownProperNouns: properNounCandidates(tokens, text, kb, known) };
  // The KB's own reading (curated) wins; the tokenizer fills the others.
  const targets = result.entities.filter((e) => !kb.entities.get(e.id)?.reading);
  const readings = readingsFor(targets, tokens);
  if (Object.keys(readings).length) out.readings = readings;
  return out;
}

/**
 * Tokens worth sending between contexts: everything but particles, auxiliaries and
 * punctuation (keeps ・ and spaces, which join names). Adjacency is checked by offsets,
 * so dropping tokens never joins what was apart.
 */
export function keepToken(t: Token): boolean {
  if (t.pos === '助詞' || t.pos === '助動詞') return false;
  if (t.pos === '記号') return /^[・･· ]$/.test(t.surface);
  return true;
}

/** Compact wire form: [start, length, pos, pos1, pos2, pos3, reading, unknown]. */
export type PackedToken = [number, number, string, string, string, string, string, 0 | 1];

export function packTokens(tokens: Token[]): PackedToken[] {
  return tokens.filter(keepToken).map((t) => [t.start, t.surface.length, t.pos, t.pos1, t.pos2 ?? '', t.pos3 ?? '', t.reading ?? '', t.unknown ? 1 : 0]);
}

/** Rebuilds tokens against the text they came from; drops any that do not fit in it. */
export function unpackTokens(packed: PackedToken[], text: string): Token[] {
  const out: Token[] = [];
  for (const [start, len, pos, pos1, pos2, pos3, reading, unknown] of packed) {
    if (start < 0 || len <= 0 || start + len > text.length) continue;
    const t: Token = { surface: text.slice(start, start + len), pos, pos1, start };
    if (pos2) t.pos2 = pos2;
    if (pos3) t.pos3 = pos3;
    if (reading) t.reading = reading;
    if (unknown) t.unknown = true;
    out.push(t);
  }
  return out;
}
