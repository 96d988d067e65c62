// One handler per background message (protocol().background) (a missing one is a type error); inputs and outputs are
// typed by the protocol's schemas, and serve() checks the kind of sender (`from`) and the input
// before a handler runs. Messages a content script may send act only on its own tab's page
// (page-scope.ts). Every change is written once, then pushed (push.ts). The reader's data goes
// through userData(): without storage it fails with a message for the UI.
import { browser } from 'wxt/browser';
import { entityCard, kbCard } from '../../utils/db/card';
import { exportUserData, importUserData } from '../../utils/db/transfer';
import * as user from '../../utils/db/user';
import type { Handlers } from '../../utils/messaging/channel';
import { toPages, type BackgroundTable } from '../../utils/messaging/protocol';
import { pageSettings, type PageSettings } from '../../utils/settings';
import { resolveUiLang } from '../../utils/i18n';
import { handleAnalyze } from './analyze';
import { namesFor, seriesFor } from './series';
import { injectReader } from './inject';
import { getKbIndex, kbInfo } from './kb';
import { checkEntityInScope, checkFlagInScope, checkOwnPage } from './page-scope';
import { pushLayer, pushSettings, rescanTabs, scrollTab } from './push';
import { openDb, userData } from './storage';
import { loadTab, newGeneration, saveTab, topFrameTab } from './tabs';
import { cachedSettings, invalidateUserCaches } from './user-cache';

export type BackgroundHandlers = Required<Handlers<BackgroundTable>>;

const browserLocale = () => browser.i18n.getUILanguage();

async function settingsFor(url: string): Promise<PageSettings> {
  return pageSettings(await cachedSettings(), url, browserLocale());
}

const uiLang = async () => resolveUiLang((await cachedSettings()).uiLang, browserLocale());

export const handlers: BackgroundHandlers = {
  analyze: {
    run: (data, sender, caller) => {
      checkOwnPage(caller, data.url, 'analyze');
      return handleAnalyze(data, sender);
    },
  },
  loadReader: { run: (_, sender) => injectReader(sender) },
  startPage: {
    run: async ({ url, title }, sender, caller) => {
      checkOwnPage(caller, url, 'startPage');
      const s = await settingsFor(url);
      const tabId = topFrameTab(sender);
      if (tabId !== undefined) {
        newGeneration(tabId); // late work for the tab's previous page is dropped
        saveTab({ tabId, url, title, status: s.on ? 'checking' : 'disabled', updatedAt: Date.now() });
      }
      return s;
    },
  },
  getPageSettings: {
    run: ({ url }, _sender, caller) => {
      checkOwnPage(caller, url, 'getPageSettings');
      return settingsFor(url);
    },
  },
  switchOff: {
    run: async ({ scope }, _sender, caller) => {
      // The page is the one the browser says the sender is on: a content script names no URL.
      if (caller.kind !== 'content') throw new Error('switchOff: only a content script may send it');
      await pushSettings(await userData('switch the site', (db) => user.toggleSite(db, scope, caller.url, false)));
    },
  },

  getSettings: { run: () => cachedSettings() },
  setSettings: {
    run: async (patch) => pushSettings(await userData('save the settings', (db) => user.setSettings(db, patch))),
  },
  toggleSite: {
    run: async ({ scope, url, enabled }) => pushSettings(await userData('switch the site', (db) => user.toggleSite(db, scope, url, enabled))),
  },

  getCard: { run: async ({ id }) => kbCard(await getKbIndex(), id, await uiLang()) },
  getEntityCard: {
    run: async ({ id }) => {
      const lang = await uiLang();
      // Without storage the card still shows the KB, without the reader's own data.
      const db = await openDb().catch(() => null);
      return entityCard(db, await getKbIndex(), id, lang);
    },
  },
  getTabState: { run: ({ tabId }) => loadTab(tabId) },
  getSeries: {
    run: async ({ keys, currency }) => {
      const kb = await getKbIndex();
      return keys.map((k) => seriesFor(kb, k, currency));
    },
  },
  getNames: {
    run: async ({ ids }) => {
      const [kb, lang] = await Promise.all([getKbIndex(), uiLang()]);
      return namesFor(kb, ids, lang);
    },
  },

  toggleWatch: {
    run: async ({ id }, _sender, caller) => {
      await checkEntityInScope(caller, id, 'toggleWatch');
      const on = await userData('change the watchlist', (db) => user.toggleWatch(db, id));
      void pushLayer(id);
      return on;
    },
  },
  listWatched: { run: () => userData('read the watchlist', user.listWatched) },
  setNote: {
    run: async ({ entityId, text }) => {
      await userData('save the note', (db) => user.setNote(db, entityId, text));
      void pushLayer(entityId);
    },
  },
  addOwnAlias: {
    run: async ({ entityId, text }) => {
      const kb = await getKbIndex();
      await userData('save the alias', (db) => user.addOwnAlias(db, entityId, text, Date.now(), (id) => kb.entities.has(id)));
      aliasesChanged(entityId);
    },
  },
  removeOwnAlias: {
    run: async ({ entityId, text }) => {
      await userData('remove the alias', (db) => user.removeOwnAlias(db, entityId, text));
      aliasesChanged(entityId);
    },
  },
  listOwnAliases: {
    run: async () => (await userData('read your aliases', (db) => user.listOwnAliases(db))).map((a) => ({ entityId: a.entityId, text: a.text })),
  },
  dismissFlag: {
    run: async ({ key }, _sender, caller) => {
      await checkFlagInScope(caller, key, 'dismissFlag');
      await userData('dismiss the flag', (db) => user.dismissFlag(db, key));
      void pushLayer();
    },
  },
  listDismissed: { run: () => userData('read dismissed flags', user.listDismissed) },

  exportUserData: { run: () => userData('export your data', exportUserData) },
  importUserData: {
    run: async ({ json }) => {
      const kb = await getKbIndex();
      const progress = (phase: 'check' | 'write', done: number, total: number) => void toPages('importProgress', { phase, done, total }).catch(() => undefined);
      // All or nothing, with no time limit that could report a failure while the write goes on.
      const report = await userData('import your data', (db) => importUserData(db, json, { known: (id) => kb.entities.has(id), progress }), { timeoutMs: 0 });
      if (report.problem) return report;
      invalidateUserCaches();
      await pushSettings(await cachedSettings());
      void pushLayer('*').then(rescanTabs);
      return report;
    },
  },

  kbInfo: { run: () => kbInfo() },
  scrollTo: { run: ({ tabId, start, end }) => scrollTab(tabId, start, end) },
};

/** Own aliases changed: matching changes on every analysed page, and the cards show the new names. */
function aliasesChanged(entityId: string): void {
  invalidateUserCaches();
  void pushLayer(entityId);
  void rescanTabs();
}
