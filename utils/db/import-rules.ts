// What an import of the reader's data accepts: the limits the options page states, the tables it
// reads, and the reasons a row or a file is refused. Constants only (the message protocol, and so
// the content script, imports this file). The checks themselves: transfer.ts and alias-rules.ts.

/** The reader's own tables, the only ones an export holds and an import writes. */
export const USER_TABLE_NAMES = ['settings', 'watchlist', 'notes', 'ownAliases', 'dismissed'] as const;
export type UserTableName = (typeof USER_TABLE_NAMES)[number];

/** Largest file the options page reads (bytes); the background takes no longer text (UTF-16 units). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Most rows one table of a file may hold; a file with more is refused whole. */
export const MAX_IMPORT_ROWS = 20_000;

/** Why a row was not imported. */
export const IMPORT_REFUSALS = [
  /** The row does not have the table's shape (missing or wrong fields, too long). */
  'invalid',
  /** The entity id is not in the knowledge base. */
  'unknownEntity',
  /** The same row (same key) is in the file twice: the first one counts. */
  'duplicate',
  /** A table this extension does not import (the knowledge base's own tables, unknown names). */
  'otherTable',
  // Own aliases (alias-rules.ts):
  'aliasShort',
  'aliasLong',
  'aliasNoLetter',
  'aliasKana',
  'aliasControl',
] as const;
export type ImportRefusal = (typeof IMPORT_REFUSALS)[number];

/** Why a whole file was refused (nothing written). */
export const IMPORT_PROBLEMS = ['tooLarge', 'notJson', 'notExport', 'tooManyRows'] as const;
export type ImportProblem = (typeof IMPORT_PROBLEMS)[number];
