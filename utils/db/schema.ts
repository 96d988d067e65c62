// The extension's IndexedDB database (Dexie): the bundled KB and the reader's own tables.
// The KB is replaced wholesale on a KB update (see kb-load.ts: stored as chunks in `meta` since the
// per-table stores made one long transaction); user tables are never touched by it.
//
// Schema changes: never edit a released version in place (db.test.ts keeps a frozen copy of v1).
// A version 2 must:
//   1. declare STORES_V2 and add, in the constructor, after version(1):
//        this.version(2).stores(STORES_V2).upgrade(async (tx) => { ...move the reader's data... });
//      upgrade() rewrites user rows in place (tx.table('notes').toCollection().modify(...));
//      it must never drop a user row. KB tables need no upgrade code: the KB is reloaded from the
//      bundle after the update (loadKb), so they may change shape freely.
//   2. BEFORE changing anything, keep the release's database as a fixture: tests/unit/fixtures/
//      db-v1.json exists; for v2 run `npx tsx tests/unit/fixtures/make-db-fixture.ts` with the v2
//      release's code to write db-v2.json, and commit it (never regenerate an older fixture).
//      tests/unit/upgrade.test.ts opens every db-v*.json with the current code and checks that all
//      user rows survive and the KB is the current one; it also fails while a version has no fixture.
import Dexie, { type Table } from 'dexie';
import type { Entity, Fact, FxRate, KnownError, Relation, Source } from '../analysis/kb/types';
import type { Settings } from '../settings';
import type { Note } from '../analysis/notes';
import { USER_TABLE_NAMES } from './import-rules';

const DB_NAME = 'reader-companion';

/** Stores of schema version 1 (tests keep a frozen copy of this to catch in-place edits). */
export const STORES_V1 = {
  // KB tables
  entities: 'id, type, parent, *keys',
  facts: 'id, subject, metric, [subject+metric]',
  relations: '++rid, from, to, type',
  sources: 'id',
  fx: 'id, date',
  errors: 'id, entity, fact',
  meta: 'key',
  // user tables
  settings: 'id',
  watchlist: 'entityId, addedAt',
  notes: 'entityId, updatedAt',
  ownAliases: '++id, entityId, key',
  dismissed: 'key, at',
} as const;

/** The reader's own tables (import-rules.ts: an export holds these, an import writes only these). */
export const USER_TABLES = USER_TABLE_NAMES;

/** An entity as stored: plus its normalised alias keys (multiEntry index). */
export type EntityRow = Entity & { keys: string[] };
export type RelationRow = Relation & { rid?: number };

export interface KbMeta {
  key: 'kb';
  version: string;
  builtAt: string;
  /** Version of the alias-key function the keys were computed with (reload when it changes). */
  keyVersion: string;
  /** The load whose chunks hold the KB (kb-load.ts); absent: the per-table stores hold it (earlier versions). */
  data?: string;
  loadedAt: number; // epoch ms
  loadMs: number;
  counts: Record<'entities' | 'facts' | 'relations' | 'sources' | 'fx' | 'errors', number>;
  /** Why the last bundled KB was refused (it stays in use meanwhile); gone with the next good load. */
  problem?: Note;
}

export type SettingsRow = Settings & { id: 'settings' };
export interface WatchRow {
  entityId: string;
  addedAt: number;
}
export interface NoteRow {
  entityId: string;
  text: string;
  updatedAt: number;
}
export interface OwnAliasRow {
  id?: number;
  entityId: string;
  text: string;
  key: string;
  addedAt: number;
}
export interface DismissedRow {
  key: string;
  at: number;
}

export class ReaderDb extends Dexie {
  entities!: Table<EntityRow, string>;
  facts!: Table<Fact, string>;
  relations!: Table<RelationRow, number>;
  sources!: Table<Source, string>;
  fx!: Table<FxRate, string>;
  errors!: Table<KnownError, string>;
  meta!: Table<KbMeta, string>;
  settings!: Table<SettingsRow, string>;
  watchlist!: Table<WatchRow, string>;
  notes!: Table<NoteRow, string>;
  ownAliases!: Table<OwnAliasRow, number>;
  dismissed!: Table<DismissedRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(STORES_V1);
  }
}

let shared: ReaderDb | undefined;
/** The one database of this JS context (background, extension pages). */
export function getDb(): ReaderDb {
  return (shared ??= new ReaderDb());
}
