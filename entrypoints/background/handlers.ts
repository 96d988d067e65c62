// One handler per BackgroundProtocol message (the Handlers type makes a missing one a type error).
import { browser } from 'wxt/browser';
import { entityCard } from '../../utils/db/card';
import { getDb } from '../../utils/db/schema';
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
} from '../../utils/messages';
import { handleAnalyze } from './analyze';
import { isExtensionPage, type Handlers } from './guard';
import { getKbIndex, kbInfo } from './kb';
import { pushSettings, scrollTab } from './push';
import { loadTab } from './tabs';
import { cachedSettings, invalidateUserCaches } from './user-cache';

const db = getDb;
const SettingsPatchSchema = SettingsSchema.partial().extend({ categories: SettingsSchema.shape.categories.partial().optional() });

export const handlers: Handlers = {
  analyze: { schema: AnalyzeRequestSchema, run: (data, sender) => handleAnalyze(data, sender) },

  getSettings: { run: () => cachedSettings() },
  setSettings: {
    schema: SettingsPatchSchema,
    pagesOnly: true,
    run: async (patch) => pushSettings(await user.setSettings(db(), patch)),
  },
  toggleSite: {
    schema: SiteToggleSchema,
    run: async ({ scope, url, enabled }) => pushSettings(await user.toggleSite(db(), scope, url, enabled)),
  },

  getEntityCard: {
    schema: EntityIdSchema,
    run: async ({ id }) => {
      const s = await cachedSettings();
      const lang = s.uiLang === 'en' || (s.uiLang === 'auto' && !browser.i18n.getUILanguage().startsWith('ja')) ? 'en' : 'ja';
      return entityCard(db(), await getKbIndex(), id, lang);
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

  toggleWatch: { schema: EntityIdSchema, run: ({ id }) => user.toggleWatch(db(), id) },
  listWatched: { run: () => user.listWatched(db()) },
  setNote: { schema: NoteSchema, run: ({ entityId, text }) => user.setNote(db(), entityId, text) },
  addOwnAlias: {
    schema: OwnAliasSchema,
    run: async ({ entityId, text }) => {
      await user.addOwnAlias(db(), entityId, text);
      invalidateUserCaches();
    },
  },
  removeOwnAlias: {
    schema: OwnAliasSchema,
    pagesOnly: true,
    run: async ({ entityId, text }) => {
      await user.removeOwnAlias(db(), entityId, text);
      invalidateUserCaches();
    },
  },
  listOwnAliases: {
    pagesOnly: true,
    run: async () => (await user.listOwnAliases(db())).map((a) => ({ entityId: a.entityId, text: a.text })),
  },
  dismissFlag: { schema: DismissSchema, run: ({ key }) => user.dismissFlag(db(), key) },
  listDismissed: { run: () => user.listDismissed(db()) },

  exportUserData: { pagesOnly: true, run: () => exportUserData(db()) },
  importUserData: {
    schema: ImportSchema,
    pagesOnly: true,
    run: async ({ json }) => {
      const n = await importUserData(db(), json);
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
