// Finding KB entities by any of their names, including the reader's own aliases.
import type { Entity } from '../analysis/kb/types';
import { entityKeys, aliasKey } from './keys';
import { kbMeta, storedEntities } from './kb-load';
import type { ReaderDb } from './schema';

interface KeyIndex {
  byKey: Map<string, Entity[]>;
  byId: Map<string, Entity>;
}

/** Entities by lookup key, for one stored KB (`load`; built again when another KB is stored). */
const indexes = new WeakMap<ReaderDb, { load: string; index: Promise<KeyIndex> }>();

async function buildIndex(db: ReaderDb): Promise<KeyIndex> {
  const byKey = new Map<string, Entity[]>();
  const byId = new Map<string, Entity>();
  for (const e of await storedEntities(db)) {
    byId.set(e.id, e);
    for (const k of entityKeys(e)) byKey.set(k, [...(byKey.get(k) ?? []), e]);
  }
  return { byKey, byId };
}

async function keyIndex(db: ReaderDb): Promise<KeyIndex> {
  const meta = await kbMeta(db);
  const load = `${meta?.version}|${meta?.data}|${meta?.loadedAt}|${meta?.keyVersion}`;
  let hit = indexes.get(db);
  if (hit?.load !== load) indexes.set(db, (hit = { load, index: buildIndex(db) }));
  return hit.index;
}

/** Entities known under this name (any script, width, with or without ・); KB names first. */
export async function lookupAlias(db: ReaderDb, text: string): Promise<Entity[]> {
  const key = aliasKey(text);
  if (!key) return [];
  const [index, own] = await Promise.all([keyIndex(db), db.ownAliases.where('key').equals(key).toArray()]);
  const found = index.byKey.get(key) ?? [];
  const seen = new Set(found.map((e) => e.id));
  const extra = [...new Set(own.map((a) => a.entityId))].filter((id) => !seen.has(id)).flatMap((id) => index.byId.get(id) ?? []);
  return [...found, ...extra];
}
