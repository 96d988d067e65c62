// Readings (katakana) of kanji names found in the text, from kuromoji. Used only when the
// tokens cover the mention exactly and every token has a dictionary reading, so a partly
// unknown name (呉泳銘: 泳 is not in IPADIC) gets no guessed reading. Pure.
import type { EntityResult } from '../types';
import type { Token } from './tokenizer';
import { readingOf } from './proper-nouns';
import { allKanji } from './script';

export type ReadingTarget = Pick<EntityResult, 'id' | 'type' | 'mentions'>;

/** Entity id → reading, for entities of the given types named in kanji in the text. */
export function readingsFor(entities: ReadingTarget[], tokens: Token[], types: string[] = ['person']): Record<string, string> {
  const out: Record<string, string> = {};
  if (!tokens.length) return out;
  const byStart = new Map<number, number>();
  tokens.forEach((t, i) => byStart.set(t.start, i));
  for (const e of entities) {
    if (!types.includes(e.type)) continue;
    for (const m of e.mentions) {
      if (!allKanji(m.surface)) continue;
      const run = exactRun(tokens, byStart, m.start, m.end);
      const reading = run && readingOf(run, e.type === 'person');
      if (reading) {
        out[e.id] = reading;
        break;
      }
    }
  }
  return out;
}

/** The tokens that start at `start` and end exactly at `end`, or undefined. */
function exactRun(tokens: Token[], byStart: Map<number, number>, start: number, end: number): Token[] | undefined {
  let i = byStart.get(start);
  if (i === undefined) return undefined;
  const run: Token[] = [];
  let pos = start;
  while (i < tokens.length && pos < end) {
    const t = tokens[i]!;
    if (t.start !== pos) return undefined;
    run.push(t);
    pos += t.surface.length;
    i++;
  }
  return pos === end ? run : undefined;
}
