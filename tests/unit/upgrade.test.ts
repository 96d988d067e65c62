// Upgrades lose nothing: every database version ever shipped (tests/unit/fixtures/db-v*.json,
// exports made with that release's code) opens with the current code, goes through the update
// path the background runs (ensureKb), keeps every piece of the reader's data, and ends up with the
// current KB. An interrupted KB update (an error mid-transaction, or the worker killed so the
// transaction never commits) leaves the previous KB and the reader's data as they were.
import './support/dexie-node-shims'; // before dexie-export-import
import Dexie from 'dexie';
import { importDB } from 'dexie-export-import';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBundle } from '../../scripts/lib/kb-files';
import { handleAnalyze } from '../../entrypoints/background/analyze';
import { ensureKb, getKbIndex, resetKbState } from '../../entrypoints/background/kb';
import { configureStorage } from '../../entrypoints/background/storage';
import { invalidateUserCaches } from '../../entrypoints/background/user-cache';
import { aliasKey } from '../../utils/db/keys';
import { kbIndexFromDb, kbMeta, loadKb } from '../../utils/db/kb-load';
import { lookupAlias } from '../../utils/db/lookup';
import { ReaderDb, USER_TABLES } from '../../utils/db/schema';
import * as user from '../../utils/db/user';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { addUserData, bundleCounts, counts, ent, expectUserData, failChunkWrite, synthetic } from './db-fixtures';

// Loading the real KB into fake-indexeddb takes a few seconds when the suite runs in parallel.
vi.setConfig({ testTimeout: 30_000 });

const FIXTURES = join(import.meta.dirname, 'fixtures');
const fixtureFiles = readdirSync(FIXTURES)
  .filter((f) => /^db-v\d+\.json$/.test(f))
  .sort();
/** The bundle the current release ships (built now, so newer than any fixture's KB). */
const CURRENT = { ...loadBundle(), builtAt: new Date().toISOString() };

interface Export {
  data: { databaseVersion: number; tables: Array<{ name: string }>; data: Array<{ tableName: string; rows: Array<Record<string, unknown>> }> };
}
/** Rows of a table of the export, without dexie-export-import's type annotations. */
const rowsOf = (x: Export, table: string) => (x.data.data.find((t) => t.tableName === table)?.rows ?? []).map(({ $types: _types, ...row }) => row);

let served = JSON.stringify(CURRENT);
let seq = 0;
const open: ReaderDb[] = [];

/** A new worker life over the database called `name`. */
function wake(name: string): ReaderDb {
  const db = new ReaderDb(name);
  open.push(db);
  resetKbState();
  invalidateUserCaches();
  configureStorage({ openTimeoutMs: 5000, opTimeoutMs: 5000, retryMs: 0 }, () => db);
  return db;
}

beforeEach(() => {
  fakeBrowser.reset();
  served = JSON.stringify(CURRENT);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(served)),
  );
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'debug').mockImplementation(() => undefined); // the KB update's steps
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  const dbs = open.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});

it('there is a fixture for every schema version up to the current one', () => {
  const versions = fixtureFiles.map((f) => Number(/\d+/.exec(f)![0]));
  const current = new ReaderDb('upgrade-verno').verno;
  expect(versions).toEqual(Array.from({ length: current }, (_, i) => i + 1));
});

describe.each(fixtureFiles)('upgrade from %s', (file) => {
  const exported = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Export;

  async function upgraded(): Promise<ReaderDb> {
    const name = `upgrade-${file}-${++seq}`;
    // The old database, exactly as that release left it (its own schema and version).
    const old = await importDB(new Blob([JSON.stringify(exported)]), { name });
    expect(old.verno).toBe(exported.data.databaseVersion);
    old.close();
    // The current code opens it, then the update event loads the bundled KB.
    const db = wake(name);
    await ensureKb();
    return db;
  }

  it('keeps every watchlist entry, note, own alias, dismissed flag and setting', async () => {
    const db = await upgraded();
    for (const table of USER_TABLES) {
      const now = await db.table(table).toArray();
      const before = rowsOf(exported, table);
      expect(now.length, table).toBe(before.length);
      // Own aliases keep everything but may get their lookup key recomputed (key function changes).
      for (const row of before) expect(now, table).toContainEqual(table === 'ownAliases' ? { ...row, key: aliasKey(String(row.text)) } : row);
    }
    const settingsRow = rowsOf(exported, 'settings')[0];
    if (settingsRow) {
      const { id: _id, ...stored } = settingsRow;
      expect(await user.getSettings(db)).toEqual({
        ...DEFAULT_SETTINGS,
        ...stored,
        categories: { ...DEFAULT_SETTINGS.categories, ...(stored.categories as object) },
      });
    }
    expect(await user.listWatched(db)).toEqual(rowsOf(exported, 'watchlist').map((w) => w.entityId));
    for (const n of rowsOf(exported, 'notes')) expect(await user.getNote(db, String(n.entityId))).toBe(n.text);
    expect(await user.listDismissed(db)).toEqual(rowsOf(exported, 'dismissed').map((d) => d.key));
  });

  it('replaces the KB with the current bundle', async () => {
    const db = await upgraded();
    expect((await kbMeta(db))?.version).toBe(CURRENT.version);
    expect(await counts(db)).toEqual(bundleCounts(CURRENT));
    const currentIds = new Set(CURRENT.entities.map((e) => e.id));
    for (const e of rowsOf(exported, 'entities')) if (!currentIds.has(String(e.id))) expect(await db.entities.get(String(e.id))).toBeUndefined();
    for (const f of rowsOf(exported, 'facts')) if (!CURRENT.facts.some((c) => c.id === f.id)) expect(await db.facts.get(String(f.id))).toBeUndefined();
    expect((await getKbIndex()).version).toBe(CURRENT.version);
  });

  it("the reader's own aliases still find their entity, in lookups and in page analysis", async () => {
    const db = await upgraded();
    const known = rowsOf(exported, 'ownAliases').filter((a) => CURRENT.entities.some((e) => e.id === a.entityId));
    expect(known.length).toBeGreaterThan(0);
    for (const a of known)
      expect(
        (await lookupAlias(db, String(a.text))).map((e) => e.id),
        String(a.text),
      ).toContain(a.entityId);
    const a = known[0]!;
    const sender = { id: fakeBrowser.runtime.id, url: 'https://news.example.org/x' }; // a site the reader did not switch off
    const r = await handleAnalyze({ url: sender.url, text: `今日の${String(a.text)}の話。` }, sender);
    expect(r.entities.find((e) => e.id === a.entityId)?.mentions.map((m) => m.surface)).toContain(a.text);
  });
});

it("an update that changes the key function recomputes the own aliases' keys (lookups keep working)", async () => {
  const db = wake(`keys-${++seq}`);
  served = JSON.stringify(synthetic('v1'));
  await ensureKb();
  await user.addOwnAlias(db, 'alibaba', 'ＡＬＩ経済圏');
  // As an older release left them: another key function, other keys.
  await db.meta.update('kb', { keyVersion: 'older-key-function' });
  await db.ownAliases.toCollection().modify({ key: 'stale' });
  expect(await lookupAlias(db, 'ali経済圏')).toEqual([]);
  await ensureKb(); // same KB version, new key function: reloaded
  expect((await db.ownAliases.toArray()).map((a) => a.key)).toEqual([aliasKey('ＡＬＩ経済圏')]);
  expect((await lookupAlias(db, 'ali経済圏')).map((e) => e.id)).toEqual(['alibaba']);
});

describe('an interrupted KB update leaves the previous KB intact', () => {
  async function withV1(): Promise<ReaderDb> {
    const db = wake(`interrupted-${++seq}`);
    await loadKb(db, synthetic('v1'));
    await addUserData(db);
    return db;
  }

  async function expectV1(db: ReaderDb, before: Awaited<ReturnType<typeof counts>>) {
    expect((await kbMeta(db))?.version).toBe('v1');
    expect(await counts(db)).toEqual(before);
    expect((await kbIndexFromDb(db)).entities.has('new-co')).toBe(false);
    expect((await kbIndexFromDb(db)).name('eddie-wu')).toBe('呉泳銘');
    expect((await lookupAlias(db, 'BABA')).map((e) => e.id)).toEqual(['alibaba']);
    await expectUserData(db);
  }

  const v2 = () => synthetic('v2', { entities: [...synthetic('v2').entities, ent('new-co', { en: ['New Co'] })] });

  it('an error thrown mid-write (after the entities and facts were written) leaves the previous KB in use', async () => {
    const db = await withV1();
    const before = await counts(db);
    failChunkWrite(db, 'relations', () => Promise.reject(new Error('disk went away')));
    await expect(loadKb(db, v2())).rejects.toThrow('disk went away');
    await expectV1(db, before);
  });

  it('the worker killed mid-load (the load never switches to its chunks): the next worker life finds v1', async () => {
    const db = await withV1();
    const before = await counts(db);
    let aborted = false;
    const kill = failChunkWrite(db, 'sources', () => {
      aborted = true;
      return new Promise(() => undefined) as never; // the dead worker never gets an answer
    });
    void loadKb(db, v2()); // the dead worker's load: it never settles, nobody waits for it
    await vi.waitFor(() => expect(aborted).toBe(true));
    kill.mockRestore();
    db.close();
    // A new worker life: a new connection to the same database.
    const next = wake(db.name);
    await expectV1(next, before);
    // ...and the update goes through on the next try.
    served = JSON.stringify({ ...v2(), builtAt: '2026-01-01T00:00:00.000Z' });
    await ensureKb();
    expect((await kbMeta(next))?.version).toBe('v2');
    await expectUserData(next);
  });
});
