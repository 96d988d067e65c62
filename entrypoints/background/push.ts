// The background owns the settings, the reader's layer and each tab's page model; after every change
// it tells whoever shows them: every open extension page (all of it), and each tab's content script
// (only what its page needs). Also: scroll requests from the side panel.
import { browser } from 'wxt/browser';
import { isEnabledFor } from '../../utils/db/sites';
import { toContent, toPages } from '../../utils/messaging/protocol';
import type { Settings } from '../../utils/settings';
import { pageView } from './reply';
import { knownTabs, loadTab, newGeneration, saveTab } from './tabs';
import { cachedLayer, invalidateLayer, settingsChanged } from './user-cache';

const quiet = () => undefined; // no page open, or no content script in that tab: nobody to tell

/** Ids of all tabs (tabs.query gives ids without the 'tabs' permission). */
async function allTabIds(): Promise<number[]> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  return tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]));
}

/** New settings: cache them, mark switched-off tabs, tell every page; content scripts ask for theirs. */
export async function pushSettings(s: Settings): Promise<Settings> {
  settingsChanged(s);
  await markTabs(s).catch(quiet);
  toPages('settingsChanged', s).catch(quiet);
  void allTabIds().then((ids) => ids.forEach((tabId) => toContent({ tabId }, 'settingsChanged', undefined).catch(quiet)));
  return s;
}

async function markTabs(s: Settings): Promise<void> {
  for (const t of await knownTabs()) {
    const on = isEnabledFor(s, t.url);
    if (!on && t.status !== 'disabled') {
      newGeneration(t.tabId);
      saveTab({ tabId: t.tabId, url: t.url, title: t.title, status: 'disabled', updatedAt: Date.now() });
    } else if (on && t.status === 'disabled') {
      saveTab({ ...t, status: 'idle', updatedAt: Date.now() }); // the content script runs again
    }
  }
}

/**
 * The watchlist, dismissed flags, a note or own aliases changed: every page gets the whole layer
 * (`card`: whose card changed, '*' for any), every analysed tab its page's part of it.
 */
export async function pushLayer(card?: string): Promise<void> {
  invalidateLayer();
  const layer = await cachedLayer();
  toPages('layerChanged', { ...layer, ...(card ? { card } : {}) }).catch(quiet);
  for (const t of await knownTabs().catch(() => [])) {
    if (t.result) toContent({ tabId: t.tabId, frameId: 0 }, 'pageChanged', pageView(t.result, layer)).catch(quiet);
  }
}

/** A tab's page model gained enrichment (readings): its content script gets its view again. */
export async function pushPageView(tabId: number): Promise<void> {
  const [state, layer] = await Promise.all([loadTab(tabId), cachedLayer()]);
  if (state?.result) toContent({ tabId, frameId: 0 }, 'pageChanged', pageView(state.result, layer)).catch(quiet);
}

/** Own aliases changed: every analysed page is analysed again (all its frames). */
export async function rescanTabs(): Promise<void> {
  for (const t of await knownTabs().catch(() => [])) {
    if (t.status === 'done') toContent({ tabId: t.tabId }, 'rescan', undefined).catch(quiet);
  }
}

/** Side panel → page: scroll to a mention (page offsets) and flash it; false when the page cannot. */
export async function scrollTab(tabId: number, start: number, end: number): Promise<boolean> {
  try {
    return await toContent({ tabId, frameId: 0 }, 'scrollToMention', { start, end });
  } catch {
    return false;
  }
}
