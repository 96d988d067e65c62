// Loading the bundled KB into Dexie, and reading it back as a PreparedKb. A bundle is checked whole
// before anything is written (JSON, every record against the schema, references, not older than
// the loaded one); a bad one is refused and the KB already loaded stays.
//
// Storage: the KB is kept as chunks of records in the `meta` table (rows 'kbdata:<load>:<table>:<n>')
// and the row 'kb' names the load in use. An update writes its chunks next to the old ones, each
// chunk in its own short transaction, then switches the 'kb' row in one tiny transaction, then drops
// the old chunks. A worker stopped at any point leaves the old KB whole and in use, and holds a lock
// for one chunk at most: the next worker life's reads are never stuck behind a long dying write (as
// they were behind the one big transaction over the KB tables). Databases written by earlier
// versions keep the KB in the per-table stores (entities, facts, ...) until the next update.
import type { Table } from 'dexie';
import { z } from 'zod';
import { crossCheck } from '../analysis/kb/bundle';
import { PreparedKb } from '../analysis/prepared-kb';
import { TABLE_NAMES, kbSchemas, type TableName } from '../analysis/kb/schema';
import type { Entity, KbBundle } from '../analysis/kb/types';
import { KEY_VERSION, aliasKey } from './keys';
import type { EntityRow, KbMeta, ReaderDb } from './schema';

/** A bundle that must not be loaded; the message says why, in plain words. */
export class KbLoadError extends Error {
  override name = 'KbLoadError';
}

const Header = z.object({ version: z.string().min(1), builtAt: z.string() });

/** The bundle in `raw` (parsed kb.json) if every record is valid; throws KbLoadError otherwise. */
export function checkBundle(raw: unknown): KbBundle {
  const head = Header.safeParse(raw);
  if (!head.success) throw new KbLoadError('kb.json has no version');
  const obj = raw as Record<string, unknown>;
  const out: Record<string, unknown[]> = {};
  const { tables } = kbSchemas();
  for (const table of TABLE_NAMES) {
    const rows = obj[table];
    if (!Array.isArray(rows)) throw new KbLoadError(`kb.json has no "${table}" table`);
    out[table] = rows.map((row, i) => {
      const r = tables[table].safeParse(row);
      if (!r.success)
        throw new KbLoadError(`kb.json: ${table}[${i}] is invalid (${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')})`);
      return r.data;
    });
  }
  const bundle = { version: head.data.version, builtAt: head.data.builtAt, ...out } as KbBundle;
  const issues = crossCheck(bundle);
  if (issues.length) throw new KbLoadError(`kb.json: ${issues[0]!.message}${issues.length > 1 ? ` (+${issues.length - 1} more)` : ''}`);
  return bundle;
}

/** kb.json's text → a checked bundle; throws KbLoadError for truncated or invalid files. */
export function parseBundle(text: string): KbBundle {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new KbLoadError(`kb.json is not valid JSON (truncated or damaged: ${(e as Error).message})`);
  }
  return checkBundle(raw);
}

export interface LoadOutcome {
  loaded: boolean; // false: the same version was already there
  meta: KbMeta;
}

/** Steps of a load, as loadKb reports them (the background logs them; tests stop a worker at each). */
export type KbStage = 'write' | 'commit' | 'committed';

/** Records per stored chunk: each chunk is one short transaction. */
const CHUNK_RECORDS = 400;
const DATA = 'kbdata:';

/** A stored chunk of one KB table. */
interface KbChunk {
  key: string;
  table: TableName;
  rows: unknown[];
}

const chunks = (db: ReaderDb) => db.meta as unknown as Table<KbChunk, string>;
const chunkKey = (load: string, table: TableName, n: number) => `${DATA}${load}:${table}:${String(n).padStart(6, '0')}`;

/** The KB's meta row, if a KB was ever loaded. */
export function kbMeta(db: ReaderDb): Promise<KbMeta | undefined> {
  return db.meta.get('kb');
}

/** Deletes stored chunks of every load but `keep`, a few hundred keys per transaction. */
async function dropChunks(db: ReaderDb, keep: string | undefined): Promise<void> {
  const keys = (await chunks(db).where('key').startsWith(DATA).primaryKeys()).filter((k) => !keep || !k.startsWith(`${DATA}${keep}:`));
  for (let i = 0; i < keys.length; i += 200) await chunks(db).bulkDelete(keys.slice(i, i + 200));
}

/** Empties the per-table KB stores that versions before the chunked storage wrote (one store per transaction). */
async function clearTableStores(db: ReaderDb): Promise<void> {
  for (const t of [db.entities, db.facts, db.relations, db.sources, db.fx, db.errors]) if ((await t.count()) > 0) await t.clear();
}

/**
 * Stores the bundle and makes it the KB in use, unless this version is already loaded. The chunks
 * are written first (each its own transaction), then the 'kb' row switches to them in one short
 * transaction: until that commits, the previous KB is the one in use, whole. User tables are never
 * touched (only own aliases' lookup keys, when the key function changed).
 */
export async function loadKb(db: ReaderDb, bundle: KbBundle, now = Date.now, onStage?: (s: KbStage) => void): Promise<LoadOutcome> {
  const current = await kbMeta(db);
  if (current && current.version === bundle.version && current.keyVersion === KEY_VERSION) {
    // Already in use. What a load stopped after its switch left behind goes now.
    if (current.data) {
      await dropChunks(db, current.data);
      await clearTableStores(db);
    }
    return { loaded: false, meta: current };
  }
  if (current && bundle.builtAt < current.builtAt) {
    throw new KbLoadError(`kb.json (${bundle.version}, built ${bundle.builtAt}) is older than the loaded KB (${current.version}, built ${current.builtAt})`);
  }
  const issues = crossCheck(bundle);
  if (issues.length) throw new KbLoadError(`kb.json: ${issues[0]!.message}${issues.length > 1 ? ` (+${issues.length - 1} more)` : ''}`);
  const t0 = performance.now();
  const load = `${bundle.version.replace(/[^\w.-]/g, '_')}.${now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  // Chunks of loads that never committed (a worker stopped mid-write) are dropped first.
  await dropChunks(db, current?.data);
  onStage?.('write');
  for (const table of TABLE_NAMES) {
    const rows: unknown[] = bundle[table];
    for (let i = 0, n = 0; i < rows.length; i += CHUNK_RECORDS, n++) {
      await chunks(db).put({ key: chunkKey(load, table, n), table, rows: rows.slice(i, i + CHUNK_RECORDS) });
    }
  }
  onStage?.('commit');
  const row: KbMeta = {
    key: 'kb',
    version: bundle.version,
    builtAt: bundle.builtAt,
    keyVersion: KEY_VERSION,
    data: load,
    loadedAt: now(),
    loadMs: Math.round((performance.now() - t0) * 10) / 10,
    counts: {
      entities: bundle.entities.length,
      facts: bundle.facts.length,
      relations: bundle.relations.length,
      sources: bundle.sources.length,
      fx: bundle.fx.length,
      errors: bundle.errors.length,
    },
  };
  await db.transaction('rw', db.meta, () => db.meta.put(row));
  onStage?.('committed');
  // Tidying up: the previous KB's chunks and the old per-table stores. Interrupted, it is done next time.
  await dropChunks(db, load);
  await clearTableStores(db);
  if (current?.keyVersion !== KEY_VERSION) await refreshOwnAliasKeys(db);
  return { loaded: true, meta: row };
}

/** Recomputes the stored keys of the reader's own aliases after the key function changed
 *  (an extension update): their rows are kept as they are, only the lookup key follows. */
async function refreshOwnAliasKeys(db: ReaderDb): Promise<number> {
  return db.transaction('rw', db.ownAliases, async () => {
    let changed = 0;
    for (const a of await db.ownAliases.toArray()) {
      const key = aliasKey(a.text);
      if (key && key !== a.key && a.id !== undefined) changed += await db.ownAliases.update(a.id, { key });
    }
    return changed;
  });
}

const EMPTY_TABLES = (): Record<TableName, unknown[]> => ({ entities: [], facts: [], relations: [], sources: [], fx: [], errors: [] });

/**
 * The stored KB as a bundle (read in one transaction), or null when none was loaded. Throws a
 * KbLoadError when what is stored is not whole (the counts in its meta row do not match).
 */
async function storedBundle(db: ReaderDb): Promise<KbBundle | null> {
  const got = await db.transaction('r', [db.meta, db.entities, db.facts, db.relations, db.sources, db.fx, db.errors], async () => {
    const meta = await kbMeta(db);
    if (!meta) return null;
    const tables = EMPTY_TABLES();
    if (meta.data) {
      for (const c of await chunks(db).where('key').startsWith(`${DATA}${meta.data}:`).toArray()) tables[c.table].push(...c.rows);
    } else {
      // Written by an earlier version: one store per table.
      const [entities, facts, relations, sources, fx, errors] = await Promise.all([
        db.entities.toArray(),
        db.facts.toArray(),
        db.relations.toArray(),
        db.sources.toArray(),
        db.fx.toArray(),
        db.errors.toArray(),
      ]);
      Object.assign(tables, {
        entities: entities.map(({ keys: _keys, ...e }: EntityRow) => e),
        facts,
        relations: relations.map(({ rid: _rid, ...r }) => r),
        sources,
        fx,
        errors,
      });
    }
    return { meta, tables };
  });
  if (!got) return null;
  const { meta, tables } = got;
  for (const t of TABLE_NAMES) {
    if (tables[t].length !== meta.counts[t]) throw new KbLoadError(`the stored knowledge base is incomplete (${t}: ${tables[t].length} of ${meta.counts[t]})`);
  }
  return { version: meta.version, builtAt: meta.builtAt, ...tables } as KbBundle;
}

/** The KB as stored, as the analysis core's index. Empty bundle when nothing was loaded yet. */
export async function kbIndexFromDb(db: ReaderDb): Promise<PreparedKb> {
  const bundle = await storedBundle(db);
  return new PreparedKb(bundle ?? { version: 'empty', builtAt: '', ...(EMPTY_TABLES() as Omit<KbBundle, 'version' | 'builtAt'>) });
}

/** The entities of the stored KB (none when nothing was loaded). */
export async function storedEntities(db: ReaderDb): Promise<Entity[]> {
  return (await storedBundle(db))?.entities ?? [];
}
