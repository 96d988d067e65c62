// One handler per background message (protocol().background) (a missing one is a type error); inputs and outputs are
// typed by the protocol's schemas, and serve() checks sender and input before a handler runs.
// Every change is written once, then pushed (push.ts). The reader's data goes through userData():
// without storage it fails with a message for the UI.
import { browser } from 'wxt/browser';
import { entityCard } from '../../utils/db/card';
import { exportUserData, importUserData } from '../../utils/db/transfer';
import * as user from '../../utils/db/user';
import type { Handlers } from '../../utils/messaging/channel';
import type { BackgroundTable } from '../../utils/messaging/protocol';
import { pageSettings, type PageSettings } from '../../utils/settings';
import { resolveUiLang } from '../../utils/i18n';
import { handleAnalyze } from './analyze';
import { injectReader } from './inject';
import { getKbIndex, kbInfo } from './kb';
import { pushLayer, pushSettings, rescanTabs, scrollTab } from './push';
import { openDb, userData } from './storage';
import { loadTab, newGeneration, saveTab, topFrameTab } from './tabs';
import { cachedSettings, invalidateUserCaches } from './user-cache';

export type BackgroundHandlers = Required<Handlers<BackgroundTable>>;

const browserLocale = () => browser.i18n.getUILanguage();

async function settingsFor(url: string): Promise<PageSettings> {
  return pageSettings(await cachedSettings(), url, browserLocale());
}

export const handlers: BackgroundHandlers = {
  analyze: { run: (data, sender) => handleAnalyze(data, sender) },
  loadReader: { run: (_, sender) => injectReader(sender) },
  startPage: {
    run: async ({ url, title }, sender) => {
      const s = await settingsFor(url);
      const tabId = topFrameTab(sender);
      if (tabId !== undefined) {
        newGeneration(tabId); // late work for the tab's previous page is dropped
        saveTab({ tabId, url, title, status: s.on ? 'checking' : 'disabled', updatedAt: Date.now() });
      }
      return s;
    },
  },
  getPageSettings: { run: ({ url }) => settingsFor(url) },

  getSettings: { pagesOnly: true, run: () => cachedSettings() },
  setSettings: {
    pagesOnly: true,
    run: async (patch) => pushSettings(await userData('save the settings', (db) => user.setSettings(db, patch))),
  },
  toggleSite: {
    run: async ({ scope, url, enabled }) => pushSettings(await userData('switch the site', (db) => user.toggleSite(db, scope, url, enabled))),
  },

  getEntityCard: {
    run: async ({ id }) => {
      const lang = resolveUiLang((await cachedSettings()).uiLang, browserLocale());
      // Without storage the card still shows the KB, without the reader's own data.
      const db = await openDb().catch(() => null);
      return entityCard(db, await getKbIndex(), id, lang);
    },
  },
  getTabState: { pagesOnly: true, run: ({ tabId }) => loadTab(tabId) },

  toggleWatch: {
    run: async ({ id }) => {
      const on = await userData('change the watchlist', (db) => user.toggleWatch(db, id));
      void pushLayer(id);
      return on;
    },
  },
  listWatched: { pagesOnly: true, run: () => userData('read the watchlist', user.listWatched) },
  setNote: {
    pagesOnly: true,
    run: async ({ entityId, text }) => {
      await userData('save the note', (db) => user.setNote(db, entityId, text));
      void pushLayer(entityId);
    },
  },
  addOwnAlias: {
    pagesOnly: true,
    run: async ({ entityId, text }) => {
      await userData('save the alias', (db) => user.addOwnAlias(db, entityId, text));
      aliasesChanged(entityId);
    },
  },
  removeOwnAlias: {
    pagesOnly: true,
    run: async ({ entityId, text }) => {
      await userData('remove the alias', (db) => user.removeOwnAlias(db, entityId, text));
      aliasesChanged(entityId);
    },
  },
  listOwnAliases: {
    pagesOnly: true,
    run: async () => (await userData('read your aliases', (db) => user.listOwnAliases(db))).map((a) => ({ entityId: a.entityId, text: a.text })),
  },
  dismissFlag: {
    run: async ({ key }) => {
      await userData('dismiss the flag', (db) => user.dismissFlag(db, key));
      void pushLayer();
    },
  },
  listDismissed: { pagesOnly: true, run: () => userData('read dismissed flags', user.listDismissed) },

  exportUserData: { pagesOnly: true, run: () => userData('export your data', exportUserData) },
  importUserData: {
    pagesOnly: true,
    run: async ({ json }) => {
      const n = await userData('import your data', (db) => importUserData(db, json));
      invalidateUserCaches();
      await pushSettings(await cachedSettings());
      void pushLayer('*').then(rescanTabs);
      return n;
    },
  },

  kbInfo: { run: () => kbInfo() },
  scrollTo: { pagesOnly: true, run: ({ tabId, start, end }) => scrollTab(tabId, start, end) },
};

/** Own aliases changed: matching changes on every analysed page, and the cards show the new names. */
function aliasesChanged(entityId: string): void {
  invalidateUserCaches();
  void pushLayer(entityId);
  void rescanTabs();
}
