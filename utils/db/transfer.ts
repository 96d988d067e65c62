// Export and import of the reader's own tables, in dexie-export-import's JSON format (files written
// by earlier versions import, and this export reads in them). No library touches an imported file:
// it is parsed with JSON.parse, every row is checked against its table's schema (zod copies only
// the fields it knows, so keys such as "__proto__" or "$types" are never followed or revived), entity
// ids must be in the KB and own aliases must pass the alias rules. Only then is anything written: in
// one transaction, all or nothing. The report says what was imported and what was refused and why.
import Dexie, { type Table } from 'dexie';
import { z } from 'zod';
import { storedSettings } from '../settings';
import { aliasProblem } from './alias-rules';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, USER_TABLE_NAMES, type ImportProblem, type ImportRefusal, type UserTableName } from './import-rules';
import { aliasKey } from './keys';
import { STORES_V1, type DismissedRow, type NoteRow, type OwnAliasRow, type ReaderDb, type SettingsRow, type WatchRow } from './schema';

const entityId = z.string().min(1).max(200);
const time = z.number().finite();

const Rows = {
  watchlist: z.object({ entityId, addedAt: time }),
  notes: z.object({ entityId, text: z.string().max(20_000), updatedAt: time }),
  ownAliases: z.object({ entityId, text: z.string().min(1).max(200), addedAt: time.optional() }),
  dismissed: z.object({ key: z.string().min(1).max(600), at: time }),
};

/** dexie-export-import's envelope, as far as an import reads it. */
const ExportFile = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    data: z.array(z.object({ tableName: z.string().max(100), rows: z.array(z.unknown()) })),
  }),
});

export interface ImportReport {
  imported: Record<UserTableName, number>;
  refused: Array<{ table: string; reason: ImportRefusal; count: number; examples: string[] }>;
  /** The whole file was refused: nothing was written. */
  problem?: { code: ImportProblem; detail: string };
}

export interface ImportOptions {
  /** Is this entity in the KB? Rows about others are refused. */
  known: (entityId: string) => boolean;
  /** Called as rows are checked, then written. */
  progress?: (phase: 'check' | 'write', done: number, total: number) => void;
  /** Abort the write (nothing is kept) after this long. */
  writeTimeoutMs?: number;
}

/** The user tables as a JSON string (dexie-export-import's format, version 1). */
export async function exportUserData(db: ReaderDb): Promise<string> {
  const rows = await db.transaction(
    'r',
    [...USER_TABLE_NAMES].map((t) => db.table(t)),
    () => Promise.all(USER_TABLE_NAMES.map((t) => db.table(t).toArray())),
  );
  const file = {
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: db.name,
      databaseVersion: db.verno,
      tables: USER_TABLE_NAMES.map((name, i) => ({ name, schema: STORES_V1[name].replace(/\s+/g, ''), rowCount: rows[i]!.length })),
      data: USER_TABLE_NAMES.map((tableName, i) => ({ tableName, inbound: true, rows: rows[i]! })),
    },
  };
  return JSON.stringify(file);
}

const emptyCounts = (): Record<UserTableName, number> => ({ settings: 0, watchlist: 0, notes: 0, ownAliases: 0, dismissed: 0 });
const refusedFile = (code: ImportProblem, detail: string): ImportReport => ({ imported: emptyCounts(), refused: [], problem: { code, detail } });
const isUserTable = (t: string): t is UserTableName => (USER_TABLE_NAMES as readonly string[]).includes(t);

/** Rows that passed, ready to write. */
interface Accepted {
  settings?: SettingsRow;
  watchlist: WatchRow[];
  notes: NoteRow[];
  ownAliases: Array<Omit<OwnAliasRow, 'id'>>;
  dismissed: DismissedRow[];
}

/** Refusals grouped by table and reason, with a few examples each. */
class Refusals {
  private groups = new Map<string, { table: string; reason: ImportRefusal; count: number; examples: string[] }>();
  add(table: string, reason: ImportRefusal, example: string, n = 1): void {
    const k = `${table}|${reason}`;
    let g = this.groups.get(k);
    if (!g) this.groups.set(k, (g = { table, reason, count: 0, examples: [] }));
    g.count += n;
    if (example && g.examples.length < 3) g.examples.push(example.slice(0, 80));
  }
  list() {
    return [...this.groups.values()];
  }
}

/** A short, safe description of a row for the report. */
function describe(row: unknown): string {
  if (typeof row !== 'object' || row === null) return String(row).slice(0, 80);
  const r = row as Record<string, unknown>;
  for (const k of ['text', 'entityId', 'key', 'id']) if (Object.hasOwn(r, k) && typeof r[k] === 'string') return r[k];
  return '';
}

/** Checks every row of the file; nothing is written. Returns what may be written and what was refused. */
function check(tables: Array<{ tableName: string; rows: unknown[] }>, opts: ImportOptions, refusals: Refusals): Accepted | ImportReport {
  const totals = new Map<string, number>();
  for (const t of tables) totals.set(t.tableName, (totals.get(t.tableName) ?? 0) + t.rows.length);
  for (const [name, n] of totals) {
    if (isUserTable(name) && n > MAX_IMPORT_ROWS) {
      return refusedFile('tooManyRows', `${name}: ${n.toLocaleString('en-US')} rows, at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')}`);
    }
  }
  const total = [...totals.values()].reduce((a, b) => a + b, 0);
  const out: Accepted = { watchlist: [], notes: [], ownAliases: [], dismissed: [] };
  const seen = { watchlist: new Set<string>(), notes: new Set<string>(), ownAliases: new Set<string>(), dismissed: new Set<string>() };
  let done = 0;
  const tick = () => {
    if (++done % 2000 === 0) opts.progress?.('check', done, total);
  };
  for (const { tableName: table, rows } of tables) {
    if (!isUserTable(table)) {
      refusals.add(table, 'otherTable', '', rows.length);
      done += rows.length;
      continue;
    }
    for (const row of rows) {
      tick();
      const refuse = (reason: ImportRefusal) => refusals.add(table, reason, describe(row));
      if (table === 'settings') {
        const s = typeof row === 'object' && row !== null && (row as { id?: unknown }).id === 'settings' ? storedSettings(row) : null;
        if (!s) refuse('invalid');
        else if (out.settings) refuse('duplicate');
        else out.settings = { ...s, id: 'settings' };
        continue;
      }
      const parsed = Rows[table].safeParse(row);
      if (!parsed.success) {
        refuse('invalid');
        continue;
      }
      const r = parsed.data;
      if ('entityId' in r && !opts.known(r.entityId)) {
        refuse('unknownEntity');
        continue;
      }
      if (table === 'ownAliases') {
        const a = r as z.infer<typeof Rows.ownAliases>;
        const problem = aliasProblem(a.text);
        if (problem) {
          refuse(problem);
          continue;
        }
        const text = a.text.trim();
        const key = aliasKey(text);
        if (seen.ownAliases.has(`${a.entityId}|${key}`)) refuse('duplicate');
        else {
          seen.ownAliases.add(`${a.entityId}|${key}`);
          out.ownAliases.push({ entityId: a.entityId, text, key, addedAt: a.addedAt ?? Date.now() });
        }
        continue;
      }
      const key = 'entityId' in r ? r.entityId : (r as DismissedRow).key;
      if (seen[table].has(key)) {
        refuse('duplicate');
        continue;
      }
      seen[table].add(key);
      if (table === 'watchlist') out.watchlist.push(r as WatchRow);
      else if (table === 'notes') out.notes.push(r as NoteRow);
      else out.dismissed.push(r as DismissedRow);
    }
  }
  opts.progress?.('check', total, total);
  return out;
}

/** Writes the accepted rows in one transaction; any failure (or the time limit) rolls all of it back. */
async function write(db: ReaderDb, rows: Accepted, opts: ImportOptions): Promise<Record<UserTableName, number>> {
  const counts = emptyCounts();
  const total = (rows.settings ? 1 : 0) + rows.watchlist.length + rows.notes.length + rows.ownAliases.length + rows.dismissed.length;
  let done = 0;
  const CHUNK = 2000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await db
    .transaction('rw', [db.settings, db.watchlist, db.notes, db.ownAliases, db.dismissed], async (tx) => {
      timer = setTimeout(() => tx.abort(), opts.writeTimeoutMs ?? 120_000);
      const put = async <T>(table: Table<T>, list: T[], name: UserTableName) => {
        for (let i = 0; i < list.length; i += CHUNK) {
          await table.bulkPut(list.slice(i, i + CHUNK));
          done += Math.min(CHUNK, list.length - i);
          // Outside the transaction's zone: what the callback awaits (a broadcast) must not end it early.
          Dexie.ignoreTransaction(() => opts.progress?.('write', done, total));
        }
        counts[name] += list.length;
      };
      if (rows.settings) {
        await db.settings.put(rows.settings);
        counts.settings = 1;
        done++;
      }
      await put(db.watchlist, rows.watchlist, 'watchlist');
      await put(db.notes, rows.notes, 'notes');
      await put(db.dismissed, rows.dismissed, 'dismissed');
      // Own aliases the reader already has (same entity, same key) are kept as they are.
      const have = new Set((await db.ownAliases.toArray()).map((a) => `${a.entityId}|${a.key}`));
      const fresh = rows.ownAliases.filter((a) => !have.has(`${a.entityId}|${a.key}`));
      await put(db.ownAliases as unknown as Table<Omit<OwnAliasRow, 'id'>>, fresh, 'ownAliases');
      counts.ownAliases = rows.ownAliases.length; // all of them are there now
    })
    .finally(() => clearTimeout(timer));
  return counts;
}

/**
 * Imports an export file into the user tables: rows with the same key are overwritten, others kept.
 * Checks the whole file first; a file that is too large, not JSON, not an export or over the row
 * limits is refused whole (`problem`, nothing written). Rows that fail their checks are refused one
 * by one (`refused`); the rest is written in one transaction. Storage failures throw, with nothing
 * written.
 */
export async function importUserData(db: ReaderDb, json: string, opts: ImportOptions): Promise<ImportReport> {
  if (json.length > MAX_IMPORT_BYTES) return refusedFile('tooLarge', `${json.length.toLocaleString('en-US')} characters`);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return refusedFile('notJson', e instanceof Error ? e.message : String(e));
  }
  const file = ExportFile.safeParse(raw);
  if (!file.success) return refusedFile('notExport', file.error.issues[0]?.message ?? '');
  const refusals = new Refusals();
  const checked = check(file.data.data.data, opts, refusals);
  if ('imported' in checked) return checked;
  const imported = await write(db, checked, opts);
  return { imported, refused: refusals.list() };
}
