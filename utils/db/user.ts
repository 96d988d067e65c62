// The reader's own data: settings, watchlist, notes, own aliases, dismissed flags.
import { DEFAULT_SETTINGS, mergeSettings, settingsSchemas, storedSettings, type Settings, type SettingsPatch } from '../settings';
import { aliasProblem } from './alias-rules';
import type { ImportRefusal } from './import-rules';
import { aliasKey } from './keys';
import { storedEntities } from './kb-load';
import type { OwnAliasRow, ReaderDb } from './schema';
import { withSiteToggle } from './sites';

// --- settings (one row) ---

/** Stored settings over the defaults (fields added in later versions get their default). */
export async function getSettings(db: ReaderDb): Promise<Settings> {
  return storedSettings(await db.settings.get('settings')) ?? structuredClone(DEFAULT_SETTINGS);
}

/** Applies a partial change; throws when the result is invalid. */
export async function setSettings(db: ReaderDb, patch: SettingsPatch): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = settingsSchemas().Settings.parse(mergeSettings(await getSettings(db), patch));
    await db.settings.put({ ...next, id: 'settings' });
    return next;
  });
}

export async function toggleSite(db: ReaderDb, scope: 'page' | 'site', url: string, enabled: boolean): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = settingsSchemas().Settings.parse(withSiteToggle(await getSettings(db), scope, url, enabled));
    await db.settings.put({ ...next, id: 'settings' });
    return next;
  });
}

// --- watchlist ---

/** Adds or removes an entity; returns whether it is watched now. */
export async function toggleWatch(db: ReaderDb, entityId: string, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.watchlist, async () => {
    if (await db.watchlist.get(entityId)) {
      await db.watchlist.delete(entityId);
      return false;
    }
    await db.watchlist.put({ entityId, addedAt: now });
    return true;
  });
}

export async function listWatched(db: ReaderDb): Promise<string[]> {
  return (await db.watchlist.orderBy('addedAt').toArray()).map((w) => w.entityId);
}

export async function isWatched(db: ReaderDb, entityId: string): Promise<boolean> {
  return (await db.watchlist.get(entityId)) !== undefined;
}

// --- notes ---

/** Saves a note; an empty note deletes it. */
export async function setNote(db: ReaderDb, entityId: string, text: string, now = Date.now()): Promise<void> {
  if (!text.trim()) await db.notes.delete(entityId);
  else await db.notes.put({ entityId, text, updatedAt: now });
}

export async function getNote(db: ReaderDb, entityId: string): Promise<string | undefined> {
  return (await db.notes.get(entityId))?.text;
}

// --- own aliases ---

async function storedEntityExists(db: ReaderDb, id: string): Promise<boolean> {
  return (await storedEntities(db)).some((e) => e.id === id);
}

/** The alias rules in plain words (for the error a refused alias gives). */
const ALIAS_RULE: Partial<Record<ImportRefusal, string>> = {
  aliasShort: 'a name needs at least 2 characters',
  aliasLong: 'a name has at most 100 characters',
  aliasNoLetter: 'a name needs a letter, or at least 4 characters',
  aliasKana: 'a name in hiragana only would match ordinary words',
  aliasControl: 'a name cannot hold control characters or line breaks',
};

/**
 * Adds a name for a KB entity (ignored when it is already there). Throws for an entity the KB does
 * not have (`known`; default: the stored KB) and for a name the alias rules refuse
 * (alias-rules.ts), with the reason.
 */
export async function addOwnAlias(db: ReaderDb, entityId: string, text: string, now = Date.now(), known?: (id: string) => boolean): Promise<OwnAliasRow> {
  const clean = text.trim();
  const key = aliasKey(clean);
  if (!(known ? known(entityId) : await storedEntityExists(db, entityId))) throw new Error(`unknown entity ${entityId}`);
  const problem = aliasProblem(clean);
  if (problem) throw new Error(`alias refused (${problem}): ${ALIAS_RULE[problem]}`);
  return db.transaction('rw', db.ownAliases, async () => {
    const same = await db.ownAliases
      .where('key')
      .equals(key)
      .filter((a) => a.entityId === entityId)
      .first();
    if (same) return same;
    const row: OwnAliasRow = { entityId, text: clean, key, addedAt: now };
    row.id = await db.ownAliases.add(row);
    return row;
  });
}

/** Removes the reader's alias of this entity with this spelling (any width / ・ variant). */
export async function removeOwnAlias(db: ReaderDb, entityId: string, text: string): Promise<number> {
  return db.ownAliases
    .where('key')
    .equals(aliasKey(text))
    .filter((a) => a.entityId === entityId)
    .delete();
}

export async function listOwnAliases(db: ReaderDb, entityId?: string): Promise<OwnAliasRow[]> {
  return entityId ? db.ownAliases.where('entityId').equals(entityId).toArray() : db.ownAliases.toArray();
}

/** Own aliases in the form analyze() takes. */
export async function ownAliasPairs(db: ReaderDb): Promise<Array<{ text: string; entityId: string }>> {
  return (await db.ownAliases.toArray()).map((a) => ({ text: a.text, entityId: a.entityId }));
}

// --- dismissed flags ---

export async function dismissFlag(db: ReaderDb, key: string, now = Date.now()): Promise<void> {
  await db.dismissed.put({ key, at: now });
}

export async function listDismissed(db: ReaderDb): Promise<string[]> {
  return (await db.dismissed.orderBy('at').toArray()).map((d) => d.key);
}
