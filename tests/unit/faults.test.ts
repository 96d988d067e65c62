// Faults on the background side: a damaged, invalid or older kb.json never replaces the loaded KB,
// and without IndexedDB (missing, open() failing or hanging, storage full) the background still
// analyses pages with the bundled KB from memory, tells the reader why, fails writes of the reader's
// data with a clear message, and never waits forever. WXT's fake browser stands in for `browser`;
// kb.json is served by a stubbed fetch.
import { translator } from '../../utils/i18n';
import { noteText } from '../../utils/ui/notes';
import type { AnalysisResult } from '../../utils/analysis/types';

import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleAnalyze } from '../../entrypoints/background/analyze';
import { handlers } from '../../entrypoints/background/handlers';
import { ensureKb, getKbIndex, kbNotes, resetKbState } from '../../entrypoints/background/kb';
import { configureStorage, storageNotes } from '../../entrypoints/background/storage';
import { loadTab } from '../../entrypoints/background/tabs';
import { invalidateUserCaches } from '../../entrypoints/background/user-cache';
import { kbMeta } from '../../utils/db/kb-load';
import { ReaderDb } from '../../utils/db/schema';
import * as user from '../../utils/db/user';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import type { KbBundle } from '../../utils/analysis/kb/types';
import { counts, ent, failChunkWrite, synthetic } from './db-fixtures';

/** The result's notes as an English reader reads them. */
const noteLines = (r: Pick<AnalysisResult, 'notes'> | undefined) => (r?.notes ?? []).map((n) => noteText(translator('en'), 'en', n));

// dexie-export-import (loaded with the handlers) reads `self` when it loads; Node has none.
vi.hoisted(() => {
  (globalThis as { self?: unknown }).self ??= globalThis;
});

const OWN = fakeBrowser.runtime.id;
const page = { id: OWN, url: `chrome-extension://${OWN}/sidepanel.html` };
const EXT = { kind: 'extension' } as const;
const TEXT = 'アリババグループの呉泳銘CEOは、淘天集団の売上高が3,800億元に達したと述べた。';

let served: string;
const dbs: ReaderDb[] = [];
let seq = 0;
let tabId = 100;

const serve = (b: KbBundle | string) => (served = typeof b === 'string' ? b : JSON.stringify(b));
const V1 = synthetic('v1');

/** A new worker life over database `db` (its module state forgotten, the database kept). */
function wake(db: ReaderDb, limits = { openTimeoutMs: 2000, opTimeoutMs: 2000, retryMs: 0 }) {
  resetKbState();
  invalidateUserCaches();
  configureStorage(limits, () => db);
}

function freshDb(): ReaderDb {
  const db = new ReaderDb(`faults-${++seq}`);
  dbs.push(db);
  return db;
}

/** A database whose IndexedDB is missing (as in some private windows). */
function dbWithoutIndexedDb(): ReaderDb {
  const deps = Dexie.dependencies as { indexedDB?: IDBFactory };
  const saved = deps.indexedDB;
  deps.indexedDB = undefined;
  try {
    return new ReaderDb(`faults-none-${++seq}`);
  } finally {
    deps.indexedDB = saved;
  }
}

async function analyzeTab(text = TEXT) {
  const sender = { id: OWN, url: 'https://news.example.jp/a', tab: { id: ++tabId } as never, frameId: 0 };
  const result = await handleAnalyze({ url: sender.url, text }, sender);
  return { result, state: await loadTab(tabId) };
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ja');
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'debug').mockImplementation(() => undefined); // the KB update's steps
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(served, { status: 200 })),
  );
  serve(V1);
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  const all = dbs.splice(0);
  for (const db of all) db.close();
  for (const db of all) await Dexie.delete(db.name);
});

describe('a damaged or refused kb.json keeps the loaded KB', () => {
  async function withV1() {
    const db = freshDb();
    wake(db);
    await ensureKb();
    await user.setNote(db, 'eddie-wu', 'kept', 1);
    return db;
  }

  async function expectV1Kept(db: ReaderDb, why: RegExp) {
    expect((await kbMeta(db))?.version).toBe('v1');
    expect(await counts(db)).toMatchObject({ entities: V1.entities.length, facts: V1.facts.length });
    expect(await user.getNote(db, 'eddie-wu')).toBe('kept');
    // A later worker life still uses v1 and still tells the reader why.
    wake(db);
    expect((await getKbIndex()).version).toBe('v1');
    const { result, state } = await analyzeTab();
    expect(result.entities.map((e) => e.id)).toContain('alibaba');
    const note = noteLines(result).find((n) => /previous one \(v1\) is still in use/.test(n));
    expect(note).toMatch(why);
    expect(noteLines(state?.result)).toContain(note);
  }

  it('truncated JSON (a half-written file)', async () => {
    const db = await withV1();
    const v2 = JSON.stringify(synthetic('v2', { builtAt: '2026-01-01T00:00:00.000Z' }));
    serve(v2.slice(0, v2.length >> 1));
    await expect(ensureKb()).rejects.toThrow(/not valid JSON/);
    await expectV1Kept(db, /not valid JSON/);
  });

  it('a record that fails the schema', async () => {
    const db = await withV1();
    const bad = synthetic('v2', { builtAt: '2026-01-01T00:00:00.000Z' });
    (bad.entities[1] as { type: string }).type = 'spaceship';
    serve(bad);
    await expect(ensureKb()).rejects.toThrow(/entities\[1\] is invalid/);
    await expectV1Kept(db, /entities\[1\] is invalid/);
  });

  it('records that refer to nothing (a fact about an unknown entity)', async () => {
    const db = await withV1();
    const bad = synthetic('v2', { builtAt: '2026-01-01T00:00:00.000Z' });
    bad.facts[0] = { ...bad.facts[0]!, subject: 'no-such-company' };
    serve(bad);
    await expect(ensureKb()).rejects.toThrow(/unknown subject/);
    await expectV1Kept(db, /unknown subject/);
  });

  it('a bundle older than the loaded KB', async () => {
    const db = await withV1();
    serve(synthetic('v0', { builtAt: '2024-01-01T00:00:00.000Z', entities: [ent('old-co', { en: ['Old Co'] })], facts: [], relations: [], errors: [] }));
    await expect(ensureKb()).rejects.toThrow(/older than the loaded KB/);
    await expectV1Kept(db, /older than the loaded KB/);
    expect(await db.entities.get('old-co')).toBeUndefined();
  });

  it('a good bundle afterwards loads, and the note is gone', async () => {
    const db = await withV1();
    serve('{"version":"v2"');
    await expect(ensureKb()).rejects.toThrow();
    expect(kbNotes()).toHaveLength(1);
    serve(synthetic('v3', { builtAt: '2026-01-01T00:00:00.000Z' }));
    await ensureKb();
    expect(kbNotes()).toEqual([]);
    wake(db);
    expect((await getKbIndex()).version).toBe('v3');
    expect((await analyzeTab()).result.notes ?? []).toEqual([]);
  });

  it('a page analysed while a refused update is still loading gets the previous KB', async () => {
    const db = await withV1();
    wake(db);
    serve('{"version":"v2", "entities": [');
    const refused = ensureKb();
    const { result } = await analyzeTab();
    await expect(refused).rejects.toThrow(/not valid JSON/);
    expect(result.entities.map((e) => e.id)).toContain('alibaba');
    expect((await getKbIndex()).version).toBe('v1');
  });

  it('a fresh install with a damaged kb.json still answers (no KB, a note), and recovers when it is fixed', async () => {
    const db = freshDb();
    wake(db);
    serve('{"version": "v1", "entities": [');
    const { result } = await analyzeTab();
    expect(result.entities).toEqual([]);
    expect(noteLines(result).join(' ')).toMatch(/knowledge base could not be loaded.*not valid JSON/);
    serve(V1); // the empty KB is not kept: the next analysis tries again
    expect((await analyzeTab()).result.entities.map((e) => e.id)).toContain('alibaba');
    expect((await kbMeta(db))?.version).toBe('v1');
  });
});

describe('without IndexedDB the background still works from memory', () => {
  async function expectMemoryMode(why: RegExp) {
    const kb = await getKbIndex();
    expect(kb.version).toBe('v1'); // the bundled KB, in memory
    const { result, state } = await analyzeTab();
    expect(result.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['alibaba', 'eddie-wu']));
    const note = noteLines(result).find((n) => n.startsWith('Storage unavailable'));
    expect(note).toMatch(why);
    expect(note).toMatch(/cannot be saved/);
    expect(noteLines(state?.result)).toContain(note);
    // Reads fall back, cards show the KB part, writes fail with a message for the UI.
    expect(await handlers.getSettings.run(undefined as never, page, EXT)).toEqual(DEFAULT_SETTINGS);
    expect(await handlers.getEntityCard.run({ id: 'eddie-wu' }, page, EXT)).toMatchObject({ entity: { id: 'eddie-wu' }, watched: false, ownAliases: [] });
    expect(await handlers.kbInfo.run(undefined as never, page, EXT)).toMatchObject({ version: 'v1', entities: V1.entities.length });
    await expect(handlers.setNote.run({ entityId: 'alibaba', text: 'x' }, page, EXT)).rejects.toThrow(/^Could not save the note: /);
    await expect(handlers.toggleWatch.run({ id: 'alibaba' }, page, EXT)).rejects.toThrow(why);
    await expect(handlers.addOwnAlias.run({ entityId: 'alibaba', text: 'アリ経済圏' }, page, EXT)).rejects.toThrow(/Could not save the alias/);
    await expect(handlers.setSettings.run({ currency: 'USD' }, page, EXT)).rejects.toThrow(/Could not save the settings/);
  }

  it('indexedDB is missing', async () => {
    const db = dbWithoutIndexedDb();
    wake(db);
    await expectMemoryMode(/IndexedDB is not available/);
  });

  it('open() throws', async () => {
    const db = freshDb();
    vi.spyOn(db, 'open').mockRejectedValue(new Error('disk I/O error'));
    wake(db);
    await expectMemoryMode(/IndexedDB failed \(disk I\/O error\)/);
  });

  it('open() never answers: the time limit ends the wait', async () => {
    const db = freshDb();
    vi.spyOn(db, 'open').mockReturnValue(new Promise(() => undefined) as never);
    wake(db, { openTimeoutMs: 30, opTimeoutMs: 30, retryMs: 0 });
    await expectMemoryMode(/did not answer/);
  });

  it('storage comes back: the next worker life uses it again and the note is gone', async () => {
    const broken = dbWithoutIndexedDb();
    wake(broken);
    await getKbIndex();
    expect(storageNotes()).toHaveLength(1);
    const db = freshDb();
    wake(db);
    const { result } = await analyzeTab();
    expect(result.notes ?? []).toEqual([]);
    expect((await kbMeta(db))?.version).toBe('v1');
  });
});

describe('storage full (QuotaExceededError)', () => {
  it('while loading the KB on a fresh install: nothing half-written, the bundled KB runs from memory', async () => {
    const db = freshDb();
    failChunkWrite(db, 'facts', () => Promise.reject(quota()));
    wake(db);
    const { result } = await analyzeTab();
    expect(result.entities.map((e) => e.id)).toContain('alibaba');
    expect(noteLines(result).join(' ')).toMatch(/could not be stored: the browser's storage for this extension is full.*runs from memory/);
    expect(await kbMeta(db)).toBeUndefined(); // no KB in use: the chunks written so far are never read
    expect(await counts(db)).toMatchObject({ entities: 0, facts: 0 });
  });

  it('while updating the KB: the previous KB stays', async () => {
    const db = freshDb();
    wake(db);
    await ensureKb();
    const before = await counts(db);
    failChunkWrite(db, 'errors', () => Promise.reject(quota()));
    serve(synthetic('v2', { builtAt: '2026-01-01T00:00:00.000Z', entities: [...V1.entities, ent('new-co', { en: ['New Co'] })] }));
    await expect(ensureKb()).rejects.toThrow();
    expect((await kbMeta(db))?.version).toBe('v1');
    expect(await counts(db)).toEqual(before);
    expect(noteLines({ notes: kbNotes() })[0]).toMatch(/storage for this extension is full.*previous one \(v1\) is still in use/);
  });

  it("writes of the reader's data fail with a clear message, and nothing else breaks", async () => {
    const db = freshDb();
    wake(db);
    await ensureKb();
    vi.spyOn(db.notes, 'put').mockRejectedValue(quota());
    await expect(handlers.setNote.run({ entityId: 'alibaba', text: 'x' }, page, EXT)).rejects.toThrow(
      "Could not save the note: the browser's storage for this extension is full.",
    );
    expect(await handlers.toggleWatch.run({ id: 'alibaba' }, page, EXT)).toBe(true);
    // A bad request is not a storage failure: its own message passes through.
    await expect(handlers.addOwnAlias.run({ entityId: 'no-such', text: 'x' }, page, EXT)).rejects.toThrow(/unknown entity no-such/);
    expect((await analyzeTab()).result.entities.length).toBeGreaterThan(0);
  });

  it('a write that never answers ends with an error', async () => {
    const db = freshDb();
    wake(db, { openTimeoutMs: 2000, opTimeoutMs: 30, retryMs: 0 });
    await ensureKb();
    vi.spyOn(db.dismissed, 'put').mockReturnValue(new Promise(() => undefined) as never);
    await expect(handlers.dismissFlag.run({ key: 'fig:1:scale' }, page, EXT)).rejects.toThrow(/Could not dismiss the flag: IndexedDB did not answer/);
  });
});
