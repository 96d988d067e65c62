// Loading the bundled KB into Dexie, and reading it back as a KbIndex.
import { KbIndex } from '../kb/kb-index';
import type { KbBundle } from '../kb/types';
import { KEY_VERSION, entityKeys } from './keys';
import type { KbMeta, ReaderDb } from './schema';

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
  return { loaded: true, meta };
}

/** The KB as stored, as the analysis core's index. Empty bundle when nothing was loaded yet. */
export async function kbIndexFromDb(db: ReaderDb): Promise<KbIndex> {
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
  return new KbIndex(bundle);
}
