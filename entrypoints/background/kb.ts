// The KB in the service worker: loaded into Dexie on install/update/startup, and read back into a
// PreparedKb at most once per worker life (the worker is stopped when idle, so wake-up stays cheap).
// Faults lose nothing: a damaged, invalid or older kb.json is refused and the loaded KB stays;
// without IndexedDB the bundled KB runs from memory. kbNotes() tells the reader what happened.
import { browser } from 'wxt/browser';
import { KbLoadError, kbIndexFromDb, kbMeta, loadKb, parseBundle } from '../../utils/db/kb-load';
import type { KbMeta } from '../../utils/db/schema';
import { PreparedKb } from '../../utils/analysis/prepared-kb';
import type { KbBundle } from '../../utils/analysis/kb/types';
import { isStorageFailure, openDb, storageReason, withTimeout } from './storage';

const FETCH_TIMEOUT_MS = 10_000;
const EMPTY: KbBundle = { version: 'none', builtAt: '', entities: [], facts: [], relations: [], sources: [], fx: [], errors: [] };

let loading: Promise<KbMeta> | undefined;
let index: Promise<PreparedKb> | undefined;
/** Why the bundled KB is not the one in use (refused, not stored), for the reader. */
let problem: string | undefined;

/** The bundled kb.json, checked whole (throws KbLoadError when truncated, invalid or missing). */
async function fetchBundle(): Promise<KbBundle> {
  const res = await withTimeout(fetch(browser.runtime.getURL('/kb.json')), FETCH_TIMEOUT_MS, 'reading kb.json');
  if (!res.ok) throw new KbLoadError(`kb.json: HTTP ${res.status}`);
  return parseBundle(await withTimeout(res.text(), FETCH_TIMEOUT_MS, 'reading kb.json'));
}

function reason(e: unknown): string {
  if (e instanceof KbLoadError) return e.message;
  if (isStorageFailure(e)) return `it could not be stored: ${storageReason(e)}`;
  return e instanceof Error ? e.message : String(e);
}

/** Fetches the bundled KB and loads it unless that version is already in the database. On failure
 *  the previous KB stays, and the reason is kept (also in the database, for later worker lives). */
export function ensureKb(): Promise<KbMeta> {
  loading ??= (async () => {
    const db = await openDb();
    try {
      const out = await loadKb(db, await fetchBundle());
      problem = undefined;
      if (out.loaded) {
        index = undefined; // rebuilt from the new data on next use
        console.info(`[reader-companion] KB ${out.meta.version} loaded: ${out.meta.counts.entities} entities in ${out.meta.loadMs} ms`);
      }
      return out.meta;
    } catch (e) {
      const prev = await kbMeta(db).catch(() => undefined);
      problem = prev
        ? `The knowledge base update was not loaded (${reason(e)}); the previous one (${prev.version}) is still in use.`
        : `The knowledge base was not loaded (${reason(e)}).`;
      if (prev) await db.meta.update('kb', { problem }).catch(() => undefined);
      throw e;
    }
  })().finally(() => (loading = undefined));
  return loading;
}

/** The KB stored in IndexedDB (loading the bundled one first when there is none); null when none is. */
async function storedIndex(): Promise<PreparedKb | null> {
  const db = await openDb();
  if (loading) await loading.catch(() => undefined);
  else if (!(await kbMeta(db))) await ensureKb().catch(() => undefined);
  const meta = await kbMeta(db);
  if (!meta) return null;
  if (meta.problem) problem = meta.problem;
  return kbIndexFromDb(db);
}

/** Stored KB, else the bundled one in memory, else an empty one (not kept: tried again next time). */
async function buildIndex(): Promise<{ kb: PreparedKb; keep: boolean }> {
  const stored = await storedIndex().catch(() => null); // storage.ts notes why
  if (stored) return { kb: stored, keep: true };
  try {
    const kb = new PreparedKb(await fetchBundle());
    if (problem) problem = `${problem} It runs from memory for now.`;
    return { kb, keep: true };
  } catch (e) {
    problem = `The knowledge base could not be loaded (${reason(e)}): names and figures are not looked up.`;
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
export function kbNotes(): string[] {
  return problem ? [problem] : [];
}

/** For tests: forget this worker life's KB state. */
export function resetKbState(): void {
  loading = undefined;
  index = undefined;
  problem = undefined;
}

export async function kbInfo(): Promise<{ version: string; entities: number; facts: number; loadedAt: number; loadMs: number }> {
  if (loading) await loading.catch(() => undefined);
  const meta = await openDb()
    .then((db) => kbMeta(db))
    .catch(() => undefined);
  if (meta) return { version: meta.version, entities: meta.counts.entities, facts: meta.counts.facts, loadedAt: meta.loadedAt, loadMs: meta.loadMs };
  const kb = await getKbIndex(); // in memory, or none
  return { version: kb.version, entities: kb.entities.size, facts: kb.facts.size, loadedAt: 0, loadMs: 0 };
}
