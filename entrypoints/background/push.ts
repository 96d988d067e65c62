// Background → content scripts and extension pages: settings changes and scroll requests.
import { browser } from 'wxt/browser';
import { isEnabledFor } from '../../utils/db/sites';
import { content, panel, type Settings } from '../../utils/messaging/protocol';
import { knownTabs, newGeneration, saveTab } from './tabs';
import { settingsChanged } from './user-cache';

/** New settings: cache them, mark switched-off tabs, tell every tab and open extension page. */
export async function pushSettings(s: Settings): Promise<Settings> {
  settingsChanged(s);
  await markTabs(s).catch(() => undefined);
  void broadcast(s);
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

async function broadcast(s: Settings): Promise<void> {
  panel.sendMessage('settingsChanged', s).catch(() => undefined);
  // tabs.query without the 'tabs' permission still gives ids; tabs without our script just fail.
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : content.sendMessage('settingsChanged', s, t.id).catch(() => undefined))));
}

/** Side panel → page: scroll to a mention (page offsets) and flash it; false when the page cannot. */
export async function scrollTab(tabId: number, start: number, end: number): Promise<boolean> {
  try {
    return (await content.sendMessage('scrollToMention', { start, end }, { tabId, frameId: 0 })) === true;
  } catch {
    return false;
  }
}
