// The KB in the service worker: loaded into Dexie on install/update/startup, and read back into a
// KbIndex at most once per worker life (the worker is stopped when idle, so wake-up stays cheap).
import { browser } from 'wxt/browser';
import { getDb } from '../../utils/db/schema';
import type { KbMeta } from '../../utils/db/schema';
import { kbIndexFromDb, kbMeta, loadKb } from '../../utils/db/kb-load';
import type { KbIndex } from '../../utils/kb/kb-index';
import type { KbBundle } from '../../utils/kb/types';

let loading: Promise<KbMeta> | undefined;
let index: Promise<KbIndex> | undefined;

/** Fetches the bundled KB and loads it unless that version is already in the database. */
export function ensureKb(): Promise<KbMeta> {
  loading ??= (async () => {
    const res = await fetch(browser.runtime.getURL('/kb.json'));
    if (!res.ok) throw new Error(`kb.json: HTTP ${res.status}`);
    const out = await loadKb(getDb(), (await res.json()) as KbBundle);
    if (out.loaded) {
      index = undefined; // rebuilt from the new data on next use
      console.info(`[reader-companion] KB ${out.meta.version} loaded: ${out.meta.counts.entities} entities in ${out.meta.loadMs} ms`);
    }
    return out.meta;
  })().finally(() => (loading = undefined));
  return loading;
}

/** The KB index, built once per worker life; loads the KB first when the database has none. */
export function getKbIndex(): Promise<KbIndex> {
  index ??= (async () => {
    if (loading) await loading;
    else if (!(await kbMeta(getDb()))) await ensureKb();
    return kbIndexFromDb(getDb());
  })().catch((e: unknown) => {
    index = undefined; // try again on the next message
    throw e;
  });
  return index;
}

export async function kbInfo(): Promise<{ version: string; entities: number; facts: number; loadedAt: number; loadMs: number }> {
  if (loading) await loading.catch(() => undefined);
  const meta = await kbMeta(getDb());
  if (!meta) return { version: 'none', entities: 0, facts: 0, loadedAt: 0, loadMs: 0 };
  return { version: meta.version, entities: meta.counts.entities, facts: meta.counts.facts, loadedAt: meta.loadedAt, loadMs: meta.loadMs };
}
