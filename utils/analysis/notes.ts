// Notes for the reader about a degraded analysis (page cut, tokenizer or storage unavailable, KB
// refused, highlights capped). Carried as a code and its values; the UI words them in the reader's
// language (catalog keys `note.<code>`, utils/ui/notes.ts), the CLI in English. Pure.

import type * as z from 'zod/mini';
import type { ResultSchemas } from './result-schema';

export const NOTE_CODES = [
  'pageTooLarge', // {chars}
  'lateSlower',
  'lateStopped',
  'navLoop',
  'tokenizerPartial', // {chars}
  'tokenizerUnavailable', // {reason}
  'storageUnavailable', // {reason}
  'kbUpdateRefused', // {reason, version}
  'kbNotLoaded', // {reason}
  'kbFromMemory',
  'kbMissing', // {reason}
  'highlightLimit', // {more}
  'highlightFirst', // {shown, total}
  'highlightAround', // {shown, total}
  'analysisFailed', // {reason}
] as const;

export type NoteCode = (typeof NOTE_CODES)[number];
/** The notes a page's content script may send (it knows nothing of the KB or storage). */
export const PAGE_NOTE_CODES = ['pageTooLarge', 'lateSlower', 'lateStopped', 'navLoop'] as const satisfies readonly NoteCode[];
export interface PageNote {
  code: (typeof PAGE_NOTE_CODES)[number];
  values?: { chars?: number };
}
export type NoteValues = Record<string, string | number>;
export type Note = z.output<ResultSchemas['Note']>;

export function note(code: NoteCode, values?: NoteValues): Note {
  return values ? { code, values } : { code };
}

/** A note as stored or received: a known code, values of strings and numbers. */
export function isNote(v: unknown): v is Note {
  if (typeof v !== 'object' || v === null) return false;
  const { code, values } = v as { code?: unknown; values?: unknown };
  if (!(NOTE_CODES as readonly unknown[]).includes(code)) return false;
  if (values === undefined) return true;
  return typeof values === 'object' && values !== null && Object.values(values).every((x) => typeof x === 'string' || typeof x === 'number');
}

/** The notes without repeats (same code and values), in order. */
export function uniqueNotes(notes: readonly Note[]): Note[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = JSON.stringify([n.code, n.values ?? {}]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
