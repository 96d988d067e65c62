// Per-tab state: a Map in memory, mirrored to storage.session so the side panel still finds it after
// the worker was stopped when idle (session storage is in memory, cleared with the browser, and not
// readable by content scripts). Each save updates the badge and tells open extension pages.
import { browser } from 'wxt/browser';
import type { Sender } from '../../utils/messaging/channel';
import { protocol, toPages, type TabState } from '../../utils/messaging/protocol';
import { badgeText } from './merge';

const mem = new Map<number, TabState>();
/** Bumped whenever a tab's page starts over, so late work for the old page is dropped. */
const generations = new Map<number, number>();
const key = (tabId: number) => `tab:${tabId}`;
const session = () => browser.storage.session;

/** The tab whose page this sender is (its top frame); undefined for frames and non-tab senders. */
export function topFrameTab(sender: Sender): number | undefined {
  const tabId = sender.tab?.id;
  return tabId !== undefined && tabId >= 0 && (sender.frameId ?? 0) === 0 ? tabId : undefined;
}

/** A state read back from storage.session (written by an earlier worker life); null when unreadable. */
function stored(v: unknown): TabState | null {
  const parsed = protocol().TabState.safeParse(v);
  return parsed.success ? parsed.data : null;
}

export function generation(tabId: number): number {
  return generations.get(tabId) ?? 0;
}

export function newGeneration(tabId: number): number {
  const g = generation(tabId) + 1;
  generations.set(tabId, g);
  return g;
}

export async function loadTab(tabId: number): Promise<TabState | null> {
  const hit = mem.get(tabId);
  if (hit) return hit;
  try {
    const got = await session().get(key(tabId));
    const s = stored(got[key(tabId)]);
    if (s && !mem.has(tabId)) mem.set(tabId, s);
    return mem.get(tabId) ?? null;
  } catch {
    return null;
  }
}

/** Saves waiting for the next task; rapid saves of one tab collapse into the last. */
const pending = new Map<number, TabState>();
let flushTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Updates the state in memory now (loadTab sees it at once); storing it, the badge and telling open
 * pages happen in a later task, so a reply sent right after (analyze) never waits for them.
 */
export function saveTab(state: TabState): void {
  mem.set(state.tabId, state);
  pending.set(state.tabId, state);
  flushTimer ??= setTimeout(flushTabs, 0);
}

function flushTabs(): void {
  flushTimer = undefined;
  const states = [...pending.values()];
  pending.clear();
  for (const state of states) {
    session()
      .set({ [key(state.tabId)]: state })
      .catch(() => undefined); // over quota: memory only
    setBadge(state.tabId, state.status === 'done' ? badgeText(state.result) : '');
    toPages('tabStateChanged', state).catch(() => undefined); // no page open: nobody to tell
  }
}

export function dropTab(tabId: number): void {
  pending.delete(tabId);
  mem.delete(tabId);
  generations.delete(tabId);
  session()
    .remove(key(tabId))
    .catch(() => undefined);
}

/** Every tab with a state (memory, plus those saved by an earlier worker life). */
export async function knownTabs(): Promise<TabState[]> {
  try {
    const all = await session().get(null);
    for (const [k, v] of Object.entries(all)) {
      const id = Number(k.slice(4));
      const s = k.startsWith('tab:') && !mem.has(id) ? stored(v) : null;
      if (s) mem.set(id, s);
    }
  } catch {
    // memory only
  }
  return [...mem.values()];
}

/** The toolbar button: `action` (MV3), `browserAction` (the Firefox MV2 build). */
const action = () => browser.action ?? browser.browserAction;

function setBadge(tabId: number, text: string): void {
  action()
    .setBadgeText({ tabId, text })
    .catch(() => undefined); // the tab may be gone
}

export function initBadge(): void {
  const a = action();
  a.setBadgeBackgroundColor({ color: '#b45309' }).catch(() => undefined);
  a.setBadgeTextColor({ color: '#ffffff' }).catch(() => undefined);
}

/**
 * Tab closed: forget it. Tab loading a new document: start over. An address change without a new
 * document (SPA pushState) is the content script's to judge: it keeps a page whose article did not
 * change and sends it again, or runs again. (The host permissions that scripting needs make those
 * URL changes visible here; before, they were not.)
 */
export function watchTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => dropTab(tabId));
  browser.tabs.onUpdated.addListener(async (tabId, info) => {
    if (info.status !== 'loading') return;
    const prev = await loadTab(tabId);
    if (!prev) return; // never analysed: nothing to reset
    if (prev.status === 'idle' && (!info.url || info.url === prev.url)) return;
    newGeneration(tabId);
    saveTab({ tabId, url: info.url ?? prev.url, status: 'idle', updatedAt: Date.now() });
  });
}
