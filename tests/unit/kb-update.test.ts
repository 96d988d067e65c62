// A KB update the browser stops halfway (issue 16, finding 6), over fake-indexeddb: the worker is
// "killed" at each stage of an update (while fetching kb.json, while checking it, while writing,
// just before the switch, just after it). A killed worker's connection closes and nothing it does
// afterwards reaches the database. The next worker life answers at once with a whole, consistent KB
// and every reader row, and it starts the interrupted update again; in the end the new KB is in
// use and nothing of the old one is left. (The browser version: tests/e2e/kb-update.test.ts.)
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handlers } from '../../entrypoints/background/handlers';
import { ensureKb, getKbIndex, resetKbState } from '../../entrypoints/background/kb';
import { configureStorage } from '../../entrypoints/background/storage';
import { invalidateUserCaches } from '../../entrypoints/background/user-cache';
import { kbMeta } from '../../utils/db/kb-load';
import { ReaderDb } from '../../utils/db/schema';
import { addUserData, bundleCounts, chunkKeys, counts, ent, expectUserData, synthetic } from './db-fixtures';

const OWN = fakeBrowser.runtime.id;
const page = { id: OWN, url: `chrome-extension://${OWN}/options.html` };
const EXT = { kind: 'extension' } as const;
const V1 = synthetic('v1');
/** The update: newer, with more entities than one chunk holds. */
const V2 = synthetic('v2', {
  builtAt: '2026-01-01T00:00:00.000Z',
  entities: [...V1.entities, ...Array.from({ length: 900 }, (_, i) => ent(`new-${i}`, { en: [`New Co ${i}`] }))],
});

let fetchKb: () => Promise<Response>;
let seq = 0;
const names: string[] = [];
const open: ReaderDb[] = [];

/** A new worker life over the database `name`. */
function wake(name: string): ReaderDb {
  const db = new ReaderDb(name);
  open.push(db);
  resetKbState();
  invalidateUserCaches();
  configureStorage({ openTimeoutMs: 1000, opTimeoutMs: 1000, retryMs: 0 }, () => db);
  return db;
}

/** Kills the worker whose database is `db` when it logs `stage` (after `afterChunks` chunk writes, for 'write'). */
function killAt(db: ReaderDb, stage: string, afterChunks = 0) {
  const kill = () => db.close({ disableAutoOpen: true }); // its connection goes; nothing it does later is written
  vi.spyOn(console, 'debug').mockImplementation((msg: unknown) => {
    if (msg !== `[reader-companion] KB update: ${stage}`) return;
    if (stage !== 'write') return kill();
    let n = 0;
    const put = db.meta.put.bind(db.meta);
    vi.spyOn(db.meta, 'put').mockImplementation(((row: never, key?: string) => {
      if (++n > afterChunks) kill();
      return put(row, key);
    }) as never);
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  fetchKb = async () => new Response(JSON.stringify(V1));
  vi.stubGlobal(
    'fetch',
    vi.fn(() => fetchKb()),
  );
});

afterEach(async () => {
  fetchKb = () => new Promise(() => undefined); // a retry still under way ends here, quietly
  vi.restoreAllMocks();
  for (const db of open.splice(0)) db.close();
  for (const name of names.splice(0)) await new ReaderDb(name).delete();
});

async function installedV1(): Promise<ReaderDb> {
  const name = `kb-update-${++seq}`;
  names.push(name);
  const db = wake(name);
  await ensureKb();
  await addUserData(db);
  return db;
}

/** The next life: answers within a second, with a KB whose stored records match its meta row, and every reader row. */
async function nextLifeAnswers(name: string, version: string) {
  const db = wake(name);
  const t0 = performance.now();
  const info = await handlers.kbInfo.run(undefined as never, page, EXT);
  const watched = await handlers.listWatched.run(undefined as never, page, EXT);
  const aliases = await handlers.listOwnAliases.run(undefined as never, page, EXT);
  const kb = await getKbIndex();
  const card = await handlers.getEntityCard.run({ id: 'eddie-wu' }, page, EXT);
  const ms = performance.now() - t0;
  expect(ms).toBeLessThan(1000);
  expect(info.version).toBe(version);
  expect(kb.version).toBe(version);
  const meta = (await kbMeta(db))!;
  expect(await counts(db)).toEqual(meta.counts); // whole: every record the meta row promises
  expect(kb.entities.size).toBe(meta.counts.entities);
  expect(watched).toEqual(['alibaba']);
  expect(aliases).toEqual([{ entityId: 'alibaba', text: 'アリババ集団' }]);
  expect(card?.note).toBe('CEO since 2023');
  await expectUserData(db);
  return db;
}

/** The interrupted update finishes in that life: v2 in use, whole, and no chunk of another load left. */
async function updateCompletes(db: ReaderDb) {
  await vi.waitFor(async () => expect((await kbMeta(db))?.version).toBe('v2'), { timeout: 5000 });
  await vi.waitFor(async () => {
    const meta = (await kbMeta(db))!;
    expect(new Set((await chunkKeys(db)).map((k) => k.split(':')[1]))).toEqual(new Set([meta.data]));
  });
  expect(await counts(db)).toEqual(bundleCounts(V2));
  // The next analysis uses it.
  resetKbState();
  expect((await getKbIndex()).entities.has('new-899')).toBe(true);
  await expectUserData(db);
}

describe('the worker stopped during a KB update', () => {
  it('while fetching kb.json: the next life answers with the previous KB, then fetches again and updates', async () => {
    const db = await installedV1();
    fetchKb = () => new Promise(() => undefined); // the fetch that never came back
    void ensureKb();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    db.close({ disableAutoOpen: true });
    fetchKb = async () => new Response(JSON.stringify(V2));
    const next = await nextLifeAnswers(db.name, 'v1');
    await updateCompletes(next);
  });

  for (const [stage, chunks] of [
    ['validate', 0],
    ['write', 2],
    ['commit', 0],
  ] as const) {
    it(`while ${stage === 'validate' ? 'checking kb.json' : stage === 'write' ? 'writing the new KB (after 2 chunks)' : 'about to switch to the new KB'}: the previous KB answers, the update runs again`, async () => {
      const db = await installedV1();
      fetchKb = async () => new Response(JSON.stringify(V2));
      killAt(db, stage, chunks);
      await ensureKb().catch(() => undefined); // the dead worker's load
      vi.mocked(console.debug).mockRestore();
      const next = await nextLifeAnswers(db.name, 'v1');
      await updateCompletes(next);
    });
  }

  it('just after the switch: the next life has the new KB at once, and tidies up', async () => {
    const db = await installedV1();
    fetchKb = async () => new Response(JSON.stringify(V2));
    killAt(db, 'committed');
    await ensureKb().catch(() => undefined);
    vi.mocked(console.debug).mockRestore();
    const next = await nextLifeAnswers(db.name, 'v2');
    await updateCompletes(next);
  });

  it('an update killed three times in a row is left for the next browser start', async () => {
    const db = await installedV1();
    fetchKb = () => new Promise(() => undefined);
    let name = db.name;
    for (let life = 0; life < 3; life++) {
      const cur = life === 0 ? db : wake(name);
      if (life === 0) void ensureKb();
      else void getKbIndex();
      await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2 + life));
      cur.close({ disableAutoOpen: true });
      name = cur.name;
    }
    // The fourth wake does not fetch again: three attempts were made (and the install's fetch).
    const last = wake(name);
    await getKbIndex();
    await new Promise((r) => setTimeout(r, 50));
    expect(fetch).toHaveBeenCalledTimes(4);
    expect((await kbMeta(last))?.version).toBe('v1');
  });
});
