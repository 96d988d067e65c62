// The KB in the service worker: loaded into Dexie on install/update/startup, and read back into a
// PreparedKb at most once per worker life (the worker is stopped when idle, so wake-up stays cheap).
// Faults lose nothing: a damaged, invalid or older kb.json is refused and the loaded KB stays;
// without IndexedDB the bundled KB runs from memory. kbNotes() tells the reader what happened.
// An update the browser stopped halfway (fetch, check, write) is marked pending in the database
// and started again on the next worker wake; meanwhile the stored KB, whole, stays in use.
import type { Table } from 'dexie';
import { browser } from 'wxt/browser';
import { KbLoadError, kbIndexFromDb, kbMeta, loadKb, parseBundle, type KbStage } from '../../utils/db/kb-load';
import type { KbMeta, ReaderDb } from '../../utils/db/schema';
import { PreparedKb } from '../../utils/analysis/prepared-kb';
import { isNote, note, type Note } from '../../utils/analysis/notes';
import type { KbBundle } from '../../utils/analysis/kb/types';
import { isStorageFailure, openDb, storageReason, withTimeout } from './storage';

const FETCH_TIMEOUT_MS = 10_000;
/** An update stopped this many times in a row is not started again on wake (only on install and browser start). */
const MAX_ATTEMPTS = 3;
const PENDING = 'kb-pending';
const EMPTY: KbBundle = { version: 'none', builtAt: '', entities: [], facts: [], relations: [], sources: [], fx: [], errors: [] };

let loading: Promise<KbMeta> | undefined;
let index: Promise<PreparedKb> | undefined;
/** Why the bundled KB is not the one in use (refused, not stored), for the reader. */
let problem: Note | undefined;
/** The KB in use is the bundled one, in memory (IndexedDB failed). */
let fromMemory = false;

/** Logs each step of an update (tests stop the worker when they see one). */
function stage(s: 'fetch' | 'validate' | KbStage): void {
  console.debug(`[reader-companion] KB update: ${s}`);
}

/** The bundled kb.json, checked whole (throws KbLoadError when truncated, invalid or missing). */
async function fetchBundle(log = false): Promise<KbBundle> {
  if (log) stage('fetch');
  const res = await withTimeout(fetch(browser.runtime.getURL('/kb.json')), FETCH_TIMEOUT_MS, 'reading kb.json');
  if (!res.ok) throw new KbLoadError(`kb.json: HTTP ${res.status}`);
  const text = await withTimeout(res.text(), FETCH_TIMEOUT_MS, 'reading kb.json');
  if (log) stage('validate');
  return parseBundle(text);
}

interface Pending {
  key: typeof PENDING;
  since: number;
  attempts: number;
}
const pendingRow = (db: ReaderDb) => db.meta as unknown as Table<Pending, string>;

function reason(e: unknown): string {
  if (e instanceof KbLoadError) return e.message;
  if (isStorageFailure(e)) return `it could not be stored: ${storageReason(e)}`;
  return e instanceof Error ? e.message : String(e);
}

/**
 * Fetches the bundled KB and loads it unless that version is already in the database. On failure
 * the previous KB stays, and the reason is kept (also in the database, for later worker lives).
 * While it runs, a 'kb-pending' row says an update is under way: a worker stopped meanwhile leaves
 * it, and the next wake starts the update again. `retry`: started on wake (counts the attempts).
 */
export function ensureKb(opts: { retry?: boolean } = {}): Promise<KbMeta> {
  loading ??= (async () => {
    const db = await openDb();
    const prev = await pendingRow(db)
      .get(PENDING)
      .catch(() => undefined);
    const attempts = opts.retry ? (prev?.attempts ?? 0) + 1 : 1;
    await pendingRow(db)
      .put({ key: PENDING, since: Date.now(), attempts })
      .catch(() => undefined);
    try {
      const out = await loadKb(db, await fetchBundle(true), Date.now, stage);
      await pendingRow(db)
        .delete(PENDING)
        .catch(() => undefined);
      problem = undefined;
      fromMemory = false;
      if (out.loaded) {
        index = undefined; // rebuilt from the new data on next use
        console.info(`[reader-companion] KB ${out.meta.version} loaded: ${out.meta.counts.entities} entities in ${out.meta.loadMs} ms`);
      }
      return out.meta;
    } catch (e) {
      // A refused bundle stays refused: only an interrupted update is started again on wake.
      await pendingRow(db)
        .delete(PENDING)
        .catch(() => undefined);
      const prev = await kbMeta(db).catch(() => undefined);
      problem = prev ? note('kbUpdateRefused', { reason: reason(e), version: prev.version }) : note('kbNotLoaded', { reason: reason(e) });
      if (prev) await db.meta.update('kb', { problem }).catch(() => undefined);
      throw e;
    }
  })().finally(() => (loading = undefined));
  return loading;
}

/**
 * The KB stored in IndexedDB (loading the bundled one first when there is none); null when none is.
 * An update a stopped worker left pending starts again in the background; the stored KB serves meanwhile.
 */
async function storedIndex(): Promise<PreparedKb | null> {
  const db = await openDb();
  if (loading) await loading.catch(() => undefined);
  else if (!(await kbMeta(db))) await ensureKb().catch(() => undefined);
  else {
    const pending = await pendingRow(db).get(PENDING);
    if (pending && pending.attempts < MAX_ATTEMPTS) {
      console.info('[reader-companion] KB update interrupted earlier: starting it again');
      ensureKb({ retry: true }).catch((e: unknown) => console.warn('[reader-companion] KB update failed again', e));
    }
  }
  const meta = await kbMeta(db);
  if (!meta) return null;
  if (isNote(meta.problem)) problem = meta.problem; // (a sentence from an earlier version is dropped)
  return kbIndexFromDb(db);
}

/** Stored KB, else the bundled one in memory, else an empty one (not kept: tried again next time). */
async function buildIndex(): Promise<{ kb: PreparedKb; keep: boolean }> {
  const stored = await storedIndex().catch(() => null); // storage.ts notes why
  if (stored) return { kb: stored, keep: true };
  try {
    const kb = new PreparedKb(await fetchBundle());
    fromMemory = true;
    return { kb, keep: true };
  } catch (e) {
    problem = note('kbMissing', { reason: reason(e) });
    return { kb: new PreparedKb(EMPTY), keep: false };
  }
}

/** The KB index, built once per worker life. Never rejects: it degrades as above. */
export function getKbIndex(): Promise<PreparedKb> {
  index ??= buildIndex().then(({ kb, keep }) => {
    if (!keep) index = undefined;
    return kb;
  });
  return index;
}

/** Notes for the reader about the KB in use (refused update, running from memory, none at all). */
export function kbNotes(): Note[] {
  return [...(problem ? [problem] : []), ...(problem && fromMemory && problem.code !== 'kbMissing' ? [note('kbFromMemory')] : [])];
}

/** For tests: forget this worker life's KB state. */
export function resetKbState(): void {
  loading = undefined;
  index = undefined;
  problem = undefined;
  fromMemory = false;
}

export async function kbInfo(): Promise<{ version: string; entities: number; facts: number; loadedAt: number; loadMs: number }> {
  const read = () =>
    openDb()
      .then((db) => kbMeta(db))
      .catch(() => undefined);
  // The KB in use answers at once; only a first load is waited for.
  let meta = await read();
  if (!meta && loading) meta = await loading.then(read, read);
  if (meta) return { version: meta.version, entities: meta.counts.entities, facts: meta.counts.facts, loadedAt: meta.loadedAt, loadMs: meta.loadMs };
  const kb = await getKbIndex(); // in memory, or none
  return { version: kb.version, entities: kb.entities.size, facts: kb.facts.size, loadedAt: 0, loadMs: 0 };
}
