// Imports you can trust (issue 16, findings 1 and 2): a hostile or damaged export file never
// reaches a library that revives types or walks its keys, is checked whole before anything is
// written, is written in one transaction (all or nothing), and the answer says exactly what was
// imported and what was refused, and why. Run through the background's handler, as the options
// page sends it, over fake-indexeddb.
import './support/dexie-node-shims'; // before dexie-export-import (the compatibility test)
import type Dexie from 'dexie';
import { importInto } from 'dexie-export-import';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handlers } from '../../entrypoints/background/handlers';
import { ensureKb, resetKbState } from '../../entrypoints/background/kb';
import { configureStorage } from '../../entrypoints/background/storage';
import { invalidateUserCaches } from '../../entrypoints/background/user-cache';
import { MAX_IMPORT_ROWS } from '../../utils/db/import-rules';
import { ReaderDb } from '../../utils/db/schema';
import { exportUserData, importUserData } from '../../utils/db/transfer';
import * as user from '../../utils/db/user';
import { synthetic } from './db-fixtures';

const OWN = fakeBrowser.runtime.id;
const page = { id: OWN, url: `chrome-extension://${OWN}/options.html` };
const EXT = { kind: 'extension' } as const;
const V1 = synthetic('v1');
const known = (id: string) => V1.entities.some((e) => e.id === id);

let seq = 0;
const dbs: ReaderDb[] = [];

/** A worker life over a fresh database with the synthetic KB loaded. */
async function freshWorker(limits = { openTimeoutMs: 5000, opTimeoutMs: 10_000, retryMs: 0 }): Promise<ReaderDb> {
  const db = new ReaderDb(`import-${++seq}`);
  dbs.push(db);
  resetKbState();
  invalidateUserCaches();
  configureStorage(limits, () => db);
  await ensureKb();
  return db;
}

/** An export file (dexie-export-import's format) with these rows. */
function file(tables: Record<string, unknown[]>): string {
  return JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'reader-companion',
      databaseVersion: 1,
      tables: Object.entries(tables).map(([name, rows]) => ({ name, schema: 'id', rowCount: rows.length })),
      data: Object.entries(tables).map(([tableName, rows]) => ({ tableName, inbound: true, rows })),
    },
  });
}

const importFile = (json: string) => handlers.importUserData.run({ json }, page, EXT);

async function everything(db: ReaderDb) {
  return {
    watchlist: await db.watchlist.toArray(),
    notes: await db.notes.toArray(),
    ownAliases: (await db.ownAliases.toArray()).map((a) => [a.entityId, a.text]),
    dismissed: await db.dismissed.toArray(),
    settings: await db.settings.toArray(),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(V1))),
  );
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const db of dbs.splice(0)) await db.delete();
});

describe('a hostile file', () => {
  it('a row with a "$types" map naming "__proto__.toString" cannot touch Object.prototype; export still works', async () => {
    const db = await freshWorker();
    const toString = Object.prototype.toString;
    const json = `{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"x","databaseVersion":1,"tables":[{"name":"watchlist","schema":"entityId,addedAt","rowCount":1}],"data":[{"tableName":"watchlist","inbound":true,"rows":[{"entityId":"alibaba","addedAt":1,"$types":{"__proto__.toString":"arrayNonindexKeys","__proto__.valueOf":"arrayNonindexKeys"}}]}]}}`;
    await importFile(json);
    expect(Object.prototype.toString).toBe(toString);
    expect(typeof Object.prototype.valueOf).toBe('function');
    expect(String({})).toBe('[object Object]');
    // The row itself is fine once nothing is revived: imported as plain data.
    expect(await user.listWatched(db)).toEqual(['alibaba']);
    expect(JSON.parse(await exportUserData(db)).formatName).toBe('dexie');
  });

  it('"__proto__" keys in rows are never followed', async () => {
    const db = await freshWorker();
    const json = file({
      watchlist: [{ entityId: 'ttg', addedAt: 1 }],
      settings: [{ id: 'settings', theme: 'dark' }],
    })
      .replace('"addedAt":1}', '"addedAt":1,"__proto__":{"polluted":"watchlist"}}')
      .replace('"theme":"dark"}', '"theme":"dark","__proto__":{"polluted":"settings"}}');
    const report = await importFile(json);
    expect(({} as { polluted?: string }).polluted).toBeUndefined();
    expect(report.imported).toMatchObject({ watchlist: 1, settings: 1 });
    expect((await user.getSettings(db)).theme).toBe('dark');
  });
});

describe('checked whole before anything is written', () => {
  it('a truncated file is refused whole: nothing is written, and the answer says the file is incomplete', async () => {
    const db = await freshWorker();
    const rows = Array.from({ length: 400 }, (_, i) => ({ key: `fact-${i}|${i}億元`, at: i }));
    const json = file({ watchlist: [{ entityId: 'alibaba', addedAt: 1 }], dismissed: rows });
    const report = await importFile(json.slice(0, Math.floor(json.length * 0.6)));
    expect(await everything(db)).toEqual({ watchlist: [], notes: [], ownAliases: [], dismissed: [], settings: [] });
    expect(report.problem?.code).toBe('notJson');
  });

  it(`a file with more than ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows in a list is refused whole, before any row is written`, async () => {
    const db = await freshWorker();
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => ({ entityId: i === 0 ? 'alibaba' : `e-${i}`, addedAt: i }));
    const report = await importFile(file({ watchlist: rows }));
    expect(await db.watchlist.count()).toBe(0);
    expect(report.problem).toEqual({ code: 'tooManyRows', detail: 'watchlist: 20,001 rows, at most 20,000' });
  });

  it('a file that is not an export (or JSON of another shape) is refused whole', async () => {
    const db = await freshWorker();
    expect((await importFile('{"watchlist":[{"entityId":"alibaba","addedAt":1}]}')).problem?.code).toBe('notExport');
    expect((await importFile('[]')).problem?.code).toBe('notExport');
    expect(await db.watchlist.count()).toBe(0);
  });
});

describe('rows the extension cannot use are refused, one by one, with the reason', () => {
  it('rows about entities the knowledge base does not have', async () => {
    const db = await freshWorker();
    const report = await importFile(
      file({
        watchlist: [
          { entityId: 'alibaba', addedAt: 1 },
          { entityId: 'no-such-co', addedAt: 2 },
        ],
        notes: [{ entityId: 'no-such-co', text: 'hello', updatedAt: 3 }],
        ownAliases: [{ entityId: 'no-such-co', text: 'Nosuch', key: 'nosuch', addedAt: 4 }],
      }),
    );
    expect(await user.listWatched(db)).toEqual(['alibaba']);
    expect(await db.notes.count()).toBe(0);
    expect(await db.ownAliases.count()).toBe(0);
    expect(report.refused).toEqual(
      expect.arrayContaining([
        { table: 'watchlist', reason: 'unknownEntity', count: 1, examples: ['no-such-co'] },
        { table: 'notes', reason: 'unknownEntity', count: 1, examples: ['hello'] },
        { table: 'ownAliases', reason: 'unknownEntity', count: 1, examples: ['Nosuch'] },
      ]),
    );
    expect(report.imported).toEqual({ settings: 0, watchlist: 1, notes: 0, ownAliases: 0, dismissed: 0 });
  });

  it('own aliases that would match ordinary words everywhere: one character ("a", "の"), hiragana only, no letter', async () => {
    const db = await freshWorker();
    const alias = (text: string) => ({ entityId: 'alibaba', text, key: text, addedAt: 1 });
    const report = await importFile(file({ ownAliases: ['a', 'の', 'から', '12', 'アリ経済圏', 'Ali Group', 'ア'].map(alias) }));
    expect((await user.listOwnAliases(db)).map((a) => a.text).sort()).toEqual(['Ali Group', 'アリ経済圏']);
    const why = Object.fromEntries(report.refused.map((r) => [r.reason, r.examples]));
    expect(why).toEqual({ aliasShort: ['a', 'の', 'ア'], aliasKana: ['から'], aliasNoLetter: ['12'] });
    expect(report.imported.ownAliases).toBe(2);
  });

  it('the same rules hold when an alias is added from the side panel', async () => {
    const db = await freshWorker();
    await expect(handlers.addOwnAlias.run({ entityId: 'alibaba', text: 'の' }, page, EXT)).rejects.toThrow(/alias refused \(aliasShort\)/);
    await expect(handlers.addOwnAlias.run({ entityId: 'alibaba', text: 'として' }, page, EXT)).rejects.toThrow(/hiragana/);
    await handlers.addOwnAlias.run({ entityId: 'alibaba', text: 'アリ社' }, page, EXT);
    expect((await user.listOwnAliases(db)).map((a) => a.text)).toEqual(['アリ社']);
  });
});

describe('written all or nothing, and reported exactly', () => {
  it('a failure while writing (after other tables were written) leaves every table as it was', async () => {
    const db = await freshWorker();
    await user.toggleWatch(db, 'ttg', 5);
    const before = await everything(db);
    vi.spyOn(db.notes, 'bulkPut').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const json = file({
      settings: [{ id: 'settings', theme: 'dark' }],
      watchlist: [{ entityId: 'alibaba', addedAt: 1 }],
      dismissed: [{ key: 'f|1億元', at: 2 }],
      notes: [{ entityId: 'alibaba', text: 'x', updatedAt: 3 }],
      ownAliases: [{ entityId: 'alibaba', text: 'アリ社', key: 'アリ社', addedAt: 4 }],
    });
    await expect(importFile(json)).rejects.toThrow(/Could not import your data: the browser's storage for this extension is full/);
    expect(await everything(db)).toEqual(before);
  });

  it('a large import answers once everything is written, with the exact count; no time limit reports a failure while rows still arrive', async () => {
    // The reader's usual time limit is short here: an import must not be cut off by it.
    const db = await freshWorker({ openTimeoutMs: 5000, opTimeoutMs: 50, retryMs: 0 });
    const n = 5000;
    const rows = Array.from({ length: n }, (_, i) => ({ entityId: 'alibaba', text: `アリ名${i}`, key: `アリ名${i}`, addedAt: i }));
    let answer: string;
    try {
      const report = await importFile(file({ ownAliases: rows }));
      answer = `imported ${report.imported.ownAliases}`;
    } catch (e) {
      answer = `failed: ${String(e)}`;
    }
    const atAnswer = await db.ownAliases.count();
    await new Promise((r) => setTimeout(r, 1000));
    const later = await db.ownAliases.count();
    // What the answer said is what is in the database, then and later.
    expect({ answer, atAnswer, later }).toEqual({ answer: `imported ${n}`, atAnswer: n, later: n });
  });

  it('progress: rows checked, then rows written, up to the total', async () => {
    const db = await freshWorker();
    const seen: string[] = [];
    const rows = Array.from({ length: 4500 }, (_, i) => ({ key: `f${i}|${i}億元`, at: i }));
    const report = await importUserData(db, file({ dismissed: rows }), { known, progress: (phase, done, total) => seen.push(`${phase} ${done}/${total}`) });
    expect(report.imported.dismissed).toBe(4500);
    expect(seen).toEqual(['check 2000/4500', 'check 4000/4500', 'check 4500/4500', 'write 2000/4500', 'write 4000/4500', 'write 4500/4500']);
  });
});

describe('the export', () => {
  it("keeps dexie-export-import's format: an earlier version (importInto) reads it", async () => {
    const db = await freshWorker();
    await user.toggleWatch(db, 'alibaba', 1);
    await user.setNote(db, 'ttg', 'note', 2);
    await user.addOwnAlias(db, 'alibaba', 'アリ社', 3, known);
    const json = await exportUserData(db);
    const other = new ReaderDb(`import-${++seq}`);
    dbs.push(other);
    await other.open();
    await importInto(other as Dexie, new Blob([json]), { acceptNameDiff: true, acceptVersionDiff: true });
    expect(await user.listWatched(other)).toEqual(['alibaba']);
    expect(await user.getNote(other, 'ttg')).toBe('note');
    expect((await user.listOwnAliases(other)).map((a) => a.text)).toEqual(['アリ社']);
  });
});
