// Loading the bundled KB into Dexie, and reading it back as a PreparedKb. A bundle is checked whole
// before anything is written (JSON, every record against the schema, references, not older than
// the loaded one); a bad one is refused and the KB already loaded stays.
import { z } from 'zod';
import { crossCheck } from '../analysis/kb/bundle';
import { PreparedKb } from '../analysis/prepared-kb';
import { TABLES, type TableName } from '../analysis/kb/schema';
import type { KbBundle } from '../analysis/kb/types';
import { KEY_VERSION, aliasKey, entityKeys } from './keys';
import type { KbMeta, ReaderDb } from './schema';

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
  for (const table of Object.keys(TABLES) as TableName[]) {
    const rows = obj[table];
    if (!Array.isArray(rows)) throw new KbLoadError(`kb.json has no "${table}" table`);
    out[table] = rows.map((row, i) => {
      const r = TABLES[table].safeParse(row);
      if (!r.success) throw new KbLoadError(`kb.json: ${table}[${i}] is invalid (${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')})`);
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

/** The KB's meta row, if a KB was ever loaded. */
export function kbMeta(db: ReaderDb): Promise<KbMeta | undefined> {
  return db.meta.get('kb');
}

/**
 * Replaces the KB tables with the bundle, unless this version is already loaded. All in one rw
 * transaction over the KB tables only: any failure rolls back to the previous KB; user tables are
 * outside the transaction and never touched.
 */
export async function loadKb(db: ReaderDb, bundle: KbBundle, now = Date.now): Promise<LoadOutcome> {
  const current = await kbMeta(db);
  if (current && current.version === bundle.version && current.keyVersion === KEY_VERSION) {
    return { loaded: false, meta: current };
  }
  if (current && bundle.builtAt < current.builtAt) {
    throw new KbLoadError(`kb.json (${bundle.version}, built ${bundle.builtAt}) is older than the loaded KB (${current.version}, built ${current.builtAt})`);
  }
  const t0 = performance.now();
  const meta = await db.transaction('rw', [db.entities, db.facts, db.relations, db.sources, db.fx, db.errors, db.meta], async () => {
    await Promise.all([db.entities.clear(), db.facts.clear(), db.relations.clear(), db.sources.clear(), db.fx.clear(), db.errors.clear()]);
    await db.entities.bulkAdd(bundle.entities.map((e) => ({ ...e, keys: entityKeys(e) })));
    await db.facts.bulkAdd(bundle.facts);
    await db.relations.bulkAdd(bundle.relations.map((r) => ({ ...r })));
    await db.sources.bulkAdd(bundle.sources);
    await db.fx.bulkAdd(bundle.fx);
    await db.errors.bulkAdd(bundle.errors);
    const row: KbMeta = {
      key: 'kb',
      version: bundle.version,
      builtAt: bundle.builtAt,
      keyVersion: KEY_VERSION,
      loadedAt: now(),
      loadMs: 0,
      counts: {
        entities: bundle.entities.length,
        facts: bundle.facts.length,
        relations: bundle.relations.length,
        sources: bundle.sources.length,
        fx: bundle.fx.length,
        errors: bundle.errors.length,
      },
    };
    row.loadMs = Math.round((performance.now() - t0) * 10) / 10;
    await db.meta.put(row);
    return row;
  });
  if (current?.keyVersion !== KEY_VERSION) await refreshOwnAliasKeys(db);
  return { loaded: true, meta };
}

/** Recomputes the stored keys of the reader's own aliases after the key function changed
 *  (an extension update): their rows are kept as they are, only the lookup key follows. */
export async function refreshOwnAliasKeys(db: ReaderDb): Promise<number> {
  return db.transaction('rw', db.ownAliases, async () => {
    let changed = 0;
    for (const a of await db.ownAliases.toArray()) {
      const key = aliasKey(a.text);
      if (key && key !== a.key && a.id !== undefined) changed += await db.ownAliases.update(a.id, { key });
    }
    return changed;
  });
}

/** The KB as stored, as the analysis core's index. Empty bundle when nothing was loaded yet. */
export async function kbIndexFromDb(db: ReaderDb): Promise<PreparedKb> {
  const [meta, entities, facts, relations, sources, fx, errors] = await db.transaction(
    'r',
    [db.meta, db.entities, db.facts, db.relations, db.sources, db.fx, db.errors],
    () => Promise.all([kbMeta(db), db.entities.toArray(), db.facts.toArray(), db.relations.toArray(), db.sources.toArray(), db.fx.toArray(), db.errors.toArray()]),
  );
  const bundle: KbBundle = {
    version: meta?.version ?? 'empty',
    builtAt: meta?.builtAt ?? '',
    entities: entities.map(({ keys: _keys, ...e }) => e),
    facts,
    relations: relations.map(({ rid: _rid, ...r }) => r),
    sources,
    fx,
    errors,
  };
  return new PreparedKb(bundle);
}
