// The one message protocol between the extension's contexts (content script, background,
// side panel, options, popup). Every handler validates its input with the zod schema below and
// accepts messages only from this extension (see onValidated).
import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';
import type { AnalysisResult } from '../analysis/types';
import type { Entity, Fact, Relation, Source } from '../analysis/kb/types';

export const SettingsSchema = z.object({
  enabled: z.boolean(),
  disabledSites: z.array(z.string().max(253)).max(5000),
  disabledPages: z.array(z.string().max(2048)).max(5000),
  /** What to highlight: entity types and figure kinds. */
  categories: z.object({
    entities: z.boolean(),
    money: z.boolean(),
    percent: z.boolean(),
    count: z.boolean(),
    date: z.boolean(),
  }),
  currency: z.enum(['CNY', 'USD', 'JPY']),
  uiLang: z.enum(['auto', 'ja', 'en']),
  highlightStyle: z.enum(['underline', 'background', 'outline']),
  hoverDelayMs: z.number().int().min(0).max(5000),
  theme: z.enum(['auto', 'light', 'dark']),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  disabledPages: [],
  categories: { entities: true, money: true, percent: true, count: true, date: true },
  currency: 'JPY',
  uiLang: 'auto',
  highlightStyle: 'underline',
  hoverDelayMs: 300,
  theme: 'auto',
};

/** Everything the hover card and the side panel show about one entity. */
export interface EntityCard {
  entity: Entity;
  parent?: { id: string; name: string };
  relations: Array<{
    type: Relation['type'];
    dir: 'out' | 'in';
    other: { id: string; name: string; type: string };
    since?: string;
    until?: string;
  }>;
  facts: Array<Fact & { sourceInfo?: Source }>;
  watched: boolean;
  note?: string;
  ownAliases: string[];
}

export interface TabState {
  tabId: number;
  url: string;
  title?: string;
  result?: AnalysisResult;
  status: 'idle' | 'checking' | 'irrelevant' | 'analyzing' | 'done' | 'disabled' | 'error';
  note?: string;
  updatedAt: number;
}

// --- input schemas (validated on receipt) ---
export const AnalyzeRequestSchema = z.object({
  url: z.string().max(4096),
  title: z.string().max(2000).optional(),
  lang: z.string().max(16).optional(),
  text: z.string().max(8_000_000),
  /** Offset of this chunk in the page's text when the page is sent in parts (late content). */
  // The reply's offsets are local to `text`; the tab state (getTabState) holds page offsets.
  chunk: z.number().int().min(0).optional(),
  /** Degraded-mode note from the content script (e.g. late content paused on a busy page). */
  note: z.string().max(500).optional(),
  /** Chunk offset near the top of the reader's viewport: a capped reply keeps the items around it. */
  near: z.number().int().min(0).optional(),
  /** Most highlights the content script will still paint; the reply carries no more items than that. */
  max: z.number().int().min(0).optional(),
  /** Publication date from the page's metadata (ISO), to resolve 今年 / this year. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
export type AnalyzeRequest = z.infer<typeof AnalyzeRequestSchema>;

export const EntityIdSchema = z.object({ id: z.string().min(1).max(200) });
export const TabIdSchema = z.object({ tabId: z.number().int() });
export const NoteSchema = z.object({ entityId: z.string().min(1).max(200), text: z.string().max(20_000) });
export const OwnAliasSchema = z.object({ entityId: z.string().min(1).max(200), text: z.string().min(1).max(200) });
export const DismissSchema = z.object({ key: z.string().min(1).max(600) });
export const SiteToggleSchema = z.object({
  scope: z.enum(['page', 'site']),
  url: z.string().max(4096),
  enabled: z.boolean(),
});
export const ScrollSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export const ImportSchema = z.object({ json: z.string().max(50_000_000) });

/** Background handles these (from content scripts and extension pages). */
interface BackgroundProtocol {
  analyze(data: AnalyzeRequest): AnalysisResult;
  getSettings(): Settings;
  setSettings(data: Partial<Settings>): Settings;
  toggleSite(data: z.infer<typeof SiteToggleSchema>): Settings;
  getEntityCard(data: { id: string }): EntityCard | null;
  getTabState(data: { tabId: number }): TabState | null;
  toggleWatch(data: { id: string }): boolean;
  setNote(data: z.infer<typeof NoteSchema>): void;
  addOwnAlias(data: z.infer<typeof OwnAliasSchema>): void;
  dismissFlag(data: { key: string }): void;
  listDismissed(): string[];
  listWatched(): string[];
  exportUserData(): string; // JSON (dexie-export-import)
  importUserData(data: { json: string }): number; // rows imported
  kbInfo(): { version: string; entities: number; facts: number; loadedAt: number; loadMs: number };
  /** Side panel → background → content: scroll the page to a mention and flash it. */
  scrollTo(data: { tabId: number; start: number; end: number }): boolean;
  /** The reader's own aliases, all entities (options page). */
  listOwnAliases(): Array<{ entityId: string; text: string }>;
  removeOwnAlias(data: z.infer<typeof OwnAliasSchema>): void;
}

/** Content scripts handle these (sent by the background to a tab). */
interface ContentProtocol {
  scrollToMention(data: { start: number; end: number }): boolean;
  settingsChanged(data: Settings): void;
  rescan(): void;
  /** Step to the next (1) / previous (-1) highlight and open its card (keyboard command). */
  stepHighlight(data: { dir: 1 | -1 }): boolean;
}

/** Extension pages (side panel) listen for these broadcasts. */
interface PanelProtocol {
  tabStateChanged(data: TabState): void;
  /** The background tells open extension pages (side panel, options, popup) that settings changed. */
  settingsChanged(data: Settings): void;
}

export const bg = defineExtensionMessaging<BackgroundProtocol>();
export const content = defineExtensionMessaging<ContentProtocol>();
export const panel = defineExtensionMessaging<PanelProtocol>();

/** True when a message comes from this extension itself (its pages or its content scripts). */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return !!sender && sender.id === ownId;
}

/** Protocol shapes, for contexts that build their own messenger without the zod schemas (content script). */
export type { BackgroundProtocol, ContentProtocol, PanelProtocol };
