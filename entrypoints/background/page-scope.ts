// What a content script may act on: the entities and flags found on its own tab's page (any of its
// frames), and its own page or site. Filled from the analysis replies; forgotten when the tab loads
// another document, changes URL or closes. After a worker restart, the tab's stored state (its top
// frame) stands in.
import { browser } from 'wxt/browser';
import type { AnalysisResult } from '../../utils/analysis/types';
import type { Caller } from '../../utils/messaging/channel';
import { flagKey, isFlagged } from '../../utils/ui/flags';
import { loadTab } from './tabs';

interface Scope {
  entities: Set<string>;
  flags: Set<string>;
}

const scopes = new Map<number, Scope>();

function scopeOf(tabId: number): Scope {
  let s = scopes.get(tabId);
  if (!s) scopes.set(tabId, (s = { entities: new Set(), flags: new Set() }));
  return s;
}

function add(s: Scope, r: Pick<AnalysisResult, 'entities' | 'figures'>): void {
  for (const e of r.entities) s.entities.add(e.id);
  for (const f of r.figures) if (isFlagged(f)) s.flags.add(flagKey(f));
}

/** A frame of the tab was analysed: what it found may be acted on from that tab. */
export function addToScope(tabId: number, r: Pick<AnalysisResult, 'entities' | 'figures'>): void {
  add(scopeOf(tabId), r);
}

/** A tab that loads another document, changes URL or closes: nothing of the old page is in scope. */
export function watchScopes(): void {
  browser.tabs.onRemoved.addListener((tabId) => scopes.delete(tabId));
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading' || info.url) scopes.delete(tabId);
  });
}

async function scopeFor(tabId: number): Promise<Scope> {
  const s = scopeOf(tabId);
  const state = await loadTab(tabId);
  if (state?.result) add(s, state.result); // found before a worker restart
  return s;
}

/** Throws unless the caller is an extension page, or a content script whose page has this entity. */
export async function checkEntityInScope(caller: Caller, entityId: string, what: string): Promise<void> {
  if (caller.kind === 'extension') return;
  if (!(await scopeFor(caller.tabId)).entities.has(entityId)) throw new Error(`${what}: rejected, ${entityId} is not on the sender's page`);
}

/** Throws unless the caller is an extension page, or a content script whose page shows this flag. */
export async function checkFlagInScope(caller: Caller, key: string, what: string): Promise<void> {
  if (caller.kind === 'extension') return;
  if (!(await scopeFor(caller.tabId)).flags.has(key)) throw new Error(`${what}: rejected, the flag is not on the sender's page`);
}

/** Throws unless a content script's URL is of the same origin as the page it runs in. */
export function checkOwnPage(caller: Caller, url: string, what: string): void {
  if (caller.kind === 'extension') return;
  if (originOf(url) === null || originOf(url) !== originOf(caller.url)) throw new Error(`${what}: rejected, not the sender's own page`);
}

function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.origin : null;
  } catch {
    return null;
  }
}
