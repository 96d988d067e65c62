// Finding KB entities by any of their names, including the reader's own aliases.
import type { Entity } from '../analysis/kb/types';
import { aliasKey } from './keys';
import type { EntityRow, ReaderDb } from './schema';

function strip(row: EntityRow): Entity {
  const { keys: _keys, ...e } = row;
  return e;
}

/** Entities known under this name (any script, width, with or without ・); KB names first. */
export async function lookupAlias(db: ReaderDb, text: string): Promise<Entity[]> {
  const key = aliasKey(text);
  if (!key) return [];
  const [kbRows, own] = await Promise.all([
    db.entities.where('keys').equals(key).toArray(),
    db.ownAliases.where('key').equals(key).toArray(),
  ]);
  const seen = new Set(kbRows.map((r) => r.id));
  const extraIds = [...new Set(own.map((a) => a.entityId))].filter((id) => !seen.has(id));
  const extra = (await db.entities.bulkGet(extraIds)).filter((r): r is EntityRow => !!r);
  return [...kbRows, ...extra].map(strip);
}

/** One entity by id, without the stored keys. */
export async function getEntity(db: ReaderDb, id: string): Promise<Entity | undefined> {
  const row = await db.entities.get(id);
  return row ? strip(row) : undefined;
}
