// Export and import of the reader's own tables (dexie-export-import JSON). The KB tables are never
// exported nor overwritten by an import; imported rows are validated one by one.
import { exportDB, importInto } from 'dexie-export-import';
import { z } from 'zod';
import { storedSettings } from '../settings';
import { KB_TABLES, type ReaderDb } from './schema';
import { addOwnAlias } from './user';

const entityId = z.string().min(1).max(200);
const time = z.number().finite();

/** Settings rows as getSettings reads them: unknown fields dropped, missing ones defaulted. */
const SettingsRow = z
  .looseObject({ id: z.literal('settings') })
  .transform((row, ctx) => {
    const s = storedSettings(row);
    if (!s) ctx.issues.push({ code: 'custom', message: 'invalid settings', input: row });
    return { ...s, id: row.id };
  });

const ROW_SCHEMAS: Record<string, z.ZodType> = {
  settings: SettingsRow,
  watchlist: z.object({ entityId, addedAt: time }),
  notes: z.object({ entityId, text: z.string().max(20_000), updatedAt: time }),
  dismissed: z.object({ key: z.string().min(1).max(600), at: time }),
};
const OwnAliasImport = z.object({ entityId, text: z.string().min(1).max(200) });

/** The user tables as a JSON string. */
export async function exportUserData(db: ReaderDb): Promise<string> {
  const blob = await exportDB(db, { skipTables: [...KB_TABLES] });
  return blob.text();
}

/**
 * Merges an export into the user tables (existing rows with the same key are overwritten, others
 * kept). Invalid rows are skipped. Own aliases are re-added (de-duplicated; unknown entities skipped).
 * Returns the number of rows imported.
 */
export async function importUserData(db: ReaderDb, json: string): Promise<number> {
  let count = 0;
  const aliases: Array<z.infer<typeof OwnAliasImport>> = [];
  await importInto(db, new Blob([json], { type: 'application/json' }), {
    acceptVersionDiff: true,
    acceptNameDiff: true,
    clearTablesBeforeImport: false,
    overwriteValues: true,
    skipTables: [...KB_TABLES],
    filter: (table, value) => {
      if (table === 'ownAliases') {
        const a = OwnAliasImport.safeParse(value);
        if (a.success) aliases.push(a.data);
        return false;
      }
      const ok = ROW_SCHEMAS[table]?.safeParse(value).success ?? false;
      if (ok) count++;
      return ok;
    },
    transform: (table, value) => ({ value: ROW_SCHEMAS[table]!.parse(value) }),
  });
  for (const a of aliases) {
    try {
      await addOwnAlias(db, a.entityId, a.text);
      count++;
    } catch {
      // alias for an entity this KB does not have: skipped
    }
  }
  return count;
}
