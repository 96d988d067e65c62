// One handler per BackgroundProtocol message (the Handlers type makes a missing one a type error).
// The reader's data goes through userData(): without storage it fails with a message for the UI.
import { browser } from 'wxt/browser';
import { entityCard } from '../../utils/db/card';
import { exportUserData, importUserData } from '../../utils/db/transfer';
import * as user from '../../utils/db/user';
import {
  AnalyzeRequestSchema,
  DismissSchema,
  EntityIdSchema,
  ImportSchema,
  NoteSchema,
  OwnAliasSchema,
  ScrollSchema,
  SettingsSchema,
  SiteToggleSchema,
  TabIdSchema,
} from '../../utils/messaging/protocol';
import { handleAnalyze } from './analyze';
import { isExtensionPage, type Handlers } from './guard';
import { getKbIndex, kbInfo } from './kb';
import { pushSettings, scrollTab } from './push';
import { openDb, userData } from './storage';
import { loadTab } from './tabs';
import { cachedSettings, invalidateUserCaches } from './user-cache';

const SettingsPatchSchema = SettingsSchema.partial().extend({ categories: SettingsSchema.shape.categories.partial().optional() });

export const handlers: Handlers = {
  analyze: { schema: AnalyzeRequestSchema, run: (data, sender) => handleAnalyze(data, sender) },

  getSettings: { run: () => cachedSettings() },
  setSettings: {
    schema: SettingsPatchSchema,
    pagesOnly: true,
    run: async (patch) => pushSettings(await userData('save the settings', (db) => user.setSettings(db, patch))),
  },
  toggleSite: {
    schema: SiteToggleSchema,
    run: async ({ scope, url, enabled }) => pushSettings(await userData('switch the site', (db) => user.toggleSite(db, scope, url, enabled))),
  },

  getEntityCard: {
    schema: EntityIdSchema,
    run: async ({ id }) => {
      const s = await cachedSettings();
      const lang = s.uiLang === 'en' || (s.uiLang === 'auto' && !browser.i18n.getUILanguage().startsWith('ja')) ? 'en' : 'ja';
      // Without storage the card still shows the KB, without the reader's own data.
      const db = await openDb().catch(() => null);
      return entityCard(db, await getKbIndex(), id, lang);
    },
  },
  getTabState: {
    schema: TabIdSchema,
    run: ({ tabId }, sender) => {
      // A content script may read its own tab only.
      if (!isExtensionPage(sender) && sender.tab?.id !== tabId) throw new Error('getTabState: not this tab');
      return loadTab(tabId);
    },
  },

  toggleWatch: { schema: EntityIdSchema, run: ({ id }) => userData('change the watchlist', (db) => user.toggleWatch(db, id)) },
  listWatched: { run: () => userData('read the watchlist', user.listWatched) },
  setNote: { schema: NoteSchema, run: ({ entityId, text }) => userData('save the note', (db) => user.setNote(db, entityId, text)) },
  addOwnAlias: {
    schema: OwnAliasSchema,
    run: async ({ entityId, text }) => {
      await userData('save the alias', (db) => user.addOwnAlias(db, entityId, text));
      invalidateUserCaches();
    },
  },
  removeOwnAlias: {
    schema: OwnAliasSchema,
    pagesOnly: true,
    run: async ({ entityId, text }) => {
      await userData('remove the alias', (db) => user.removeOwnAlias(db, entityId, text));
      invalidateUserCaches();
    },
  },
  listOwnAliases: {
    pagesOnly: true,
    run: async () => (await userData('read your aliases', (db) => user.listOwnAliases(db))).map((a) => ({ entityId: a.entityId, text: a.text })),
  },
  dismissFlag: { schema: DismissSchema, run: ({ key }) => userData('dismiss the flag', (db) => user.dismissFlag(db, key)) },
  listDismissed: { run: () => userData('read dismissed flags', user.listDismissed) },

  exportUserData: { pagesOnly: true, run: () => userData('export your data', exportUserData) },
  importUserData: {
    schema: ImportSchema,
    pagesOnly: true,
    run: async ({ json }) => {
      const n = await userData('import your data', (db) => importUserData(db, json));
      invalidateUserCaches();
      await pushSettings(await cachedSettings());
      return n;
    },
  },

  kbInfo: { run: () => kbInfo() },
  scrollTo: {
    schema: TabIdSchema.extend(ScrollSchema.shape),
    pagesOnly: true,
    run: ({ tabId, start, end }) => scrollTab(tabId, start, end),
  },
};
