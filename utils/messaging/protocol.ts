// The one message protocol between the extension's contexts. Each message has an input schema and
// an output schema (z.void(): no answer); the types below are inferred from them, so handlers and
// senders cannot drift. Every listener checks the sender (this extension only) and parses the input
// (channel.ts serve); every sender parses the answer. zod/mini keeps the content script small.
//   background ← content scripts and pages: BackgroundMessages (entrypoints/background/handlers.ts)
//   content script ← background:            ContentMessages    (entrypoints/content/index.ts)
//   extension pages ← background:           PageMessages       (broadcasts of every change)
import * as z from 'zod/mini';
import type { AnalysisResult } from '../analysis/types';
import { RELATION_TYPES, type Entity, type Fact, type Source } from '../analysis/kb/types';
import { PageSettingsSchema, SettingsPatchSchema, SettingsSchema } from '../settings';
import { send, type In, type MessageDef, type Out, type Target } from './channel';

/** Most highlights one page gets: the background trims its replies to it, the content script stops there. */
export const MAX_HIGHLIGHTS = 8000;

const msg = <I extends z.ZodMiniType, O extends z.ZodMiniType>(input: I, output: O) => ({ input, output }) satisfies MessageDef;
const none = z.undefined();
const answerNone = z.void();
const entityId = z.string().check(z.minLength(1), z.maxLength(200));
const flagKey = z.string().check(z.minLength(1), z.maxLength(600));
const url = z.string().check(z.maxLength(4096));
const offset = z.int().check(z.minimum(0));

// Shapes owned by the analysis core (utils/analysis): typed by its interfaces, checked shallowly.
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const AnalysisResultSchema = z.custom<AnalysisResult>(
  (v) => isRecord(v) && typeof v.relevant === 'boolean' && Array.isArray(v.entities) && Array.isArray(v.figures),
);
const EntitySchema = z.custom<Entity>((v) => isRecord(v) && typeof v.id === 'string' && isRecord(v.names));
const CardFactSchema = z.custom<Fact & { sourceInfo?: Source }>((v) => isRecord(v) && typeof v.id === 'string');

// --- shapes of the extension ---

export const TAB_STATUSES = ['idle', 'checking', 'irrelevant', 'analyzing', 'done', 'disabled', 'error'] as const;

/** A tab's page model, kept by the background (memory + storage.session). */
export const TabStateSchema = z.object({
  tabId: z.int(),
  url,
  title: z.optional(z.string()),
  result: z.optional(AnalysisResultSchema),
  status: z.enum(TAB_STATUSES),
  note: z.optional(z.string()),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabStateSchema>;

/** Everything the hover card and the side panel show about one entity. */
export const EntityCardSchema = z.object({
  entity: EntitySchema,
  parent: z.optional(z.object({ id: z.string(), name: z.string() })),
  relations: z.array(
    z.object({
      type: z.enum(RELATION_TYPES),
      dir: z.enum(['out', 'in']),
      other: z.object({ id: z.string(), name: z.string(), type: z.string() }),
      since: z.optional(z.string()),
      until: z.optional(z.string()),
    }),
  ),
  facts: z.array(CardFactSchema),
  watched: z.boolean(),
  note: z.optional(z.string()),
  ownAliases: z.array(z.string()),
});
export type EntityCard = z.infer<typeof EntityCardSchema>;

/** The reader's watchlist and dismissed flags (all of them: extension pages only). */
export const LayerSchema = z.object({ watched: z.array(entityId), dismissed: z.array(flagKey) });
export type Layer = z.infer<typeof LayerSchema>;

/** What one page's content script gets of the reader's layer and late enrichment: its own entities and flags only. */
export const PageViewSchema = z.object({
  watched: z.array(entityId),
  dismissed: z.array(flagKey),
  /** Tokenizer readings of kanji names, by entity id. */
  readings: z.record(z.string(), z.string()),
});
export type PageView = z.infer<typeof PageViewSchema>;

export const AnalyzeRequestSchema = z.object({
  url,
  title: z.optional(z.string().check(z.maxLength(2000))),
  /** The language the page declares (utils/dom/page-lang.ts); else the core detects it. */
  lang: z.optional(z.enum(['ja', 'zh', 'en'])),
  text: z.string().check(z.maxLength(8_000_000)),
  /** Offset of this chunk in the page's text when the page is sent in parts (late content). */
  // The reply's offsets are local to `text`; the tab state (getTabState) holds page offsets.
  chunk: z.optional(offset),
  /** Degraded-mode note from the content script (e.g. late content paused on a busy page). */
  note: z.optional(z.string().check(z.maxLength(500))),
  /** Chunk offset near the top of the reader's viewport: a capped reply keeps the items around it. */
  near: z.optional(offset),
  /** Most highlights the content script will still paint; the reply carries no more items than that. */
  max: z.optional(offset),
  /** Publication date from the page's metadata (ISO), to resolve 今年 / this year. */
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
});
export type AnalyzeRequest = z.infer<typeof AnalyzeRequestSchema>;

/** The analysis of a chunk as the content script paints it, with the page's part of the reader's layer. */
export const AnalyzeReplySchema = z.intersection(AnalysisResultSchema, z.object({ watched: z.array(entityId), dismissed: z.array(flagKey) }));
export type AnalyzeReply = z.infer<typeof AnalyzeReplySchema>;

const EntityIdSchema = z.object({ id: entityId });
const TabIdSchema = z.object({ tabId: z.int() });
const PageSchema = z.object({ url, title: z.optional(z.string().check(z.maxLength(2000))) });
const OwnAliasSchema = z.object({ entityId, text: z.string().check(z.minLength(1), z.maxLength(200)) });
const KbInfoSchema = z.object({ version: z.string(), entities: z.number(), facts: z.number(), loadedAt: z.number(), loadMs: z.number() });
const RangeSchema = z.object({ start: offset, end: offset });

/** The background answers these (content scripts, and extension pages). */
export const BackgroundMessages = {
  analyze: msg(AnalyzeRequestSchema, AnalyzeReplySchema),
  /** Content script, pre-check passed: the page's settings; the tab shows 'checking' meanwhile. */
  startPage: msg(PageSchema, PageSettingsSchema),
  /** Content script, after settingsChanged: its page's settings again. */
  getPageSettings: msg(PageSchema, PageSettingsSchema),
  getSettings: msg(none, SettingsSchema),
  setSettings: msg(SettingsPatchSchema, SettingsSchema),
  toggleSite: msg(z.object({ scope: z.enum(['page', 'site']), url, enabled: z.boolean() }), SettingsSchema),
  getEntityCard: msg(EntityIdSchema, z.nullable(EntityCardSchema)),
  getTabState: msg(TabIdSchema, z.nullable(TabStateSchema)),
  toggleWatch: msg(EntityIdSchema, z.boolean()),
  setNote: msg(z.object({ entityId, text: z.string().check(z.maxLength(20_000)) }), answerNone),
  addOwnAlias: msg(OwnAliasSchema, answerNone),
  removeOwnAlias: msg(OwnAliasSchema, answerNone),
  /** The reader's own aliases, all entities (options page). */
  listOwnAliases: msg(none, z.array(OwnAliasSchema)),
  dismissFlag: msg(z.object({ key: flagKey }), answerNone),
  listDismissed: msg(none, z.array(flagKey)),
  listWatched: msg(none, z.array(entityId)),
  /** JSON (dexie-export-import). */
  exportUserData: msg(none, z.string()),
  /** Rows imported. */
  importUserData: msg(z.object({ json: z.string().check(z.maxLength(50_000_000)) }), z.int()),
  kbInfo: msg(none, KbInfoSchema),
  /** Side panel → background → content: scroll the page to a mention and flash it. */
  scrollTo: msg(z.extend(TabIdSchema, RangeSchema.shape), z.boolean()),
};

/** Content scripts answer these (from the background, to a tab). */
export const ContentMessages = {
  scrollToMention: msg(RangeSchema, z.boolean()),
  /** Step to the next (1) / previous (-1) highlight and open its card (keyboard command). */
  stepHighlight: msg(z.object({ dir: z.union([z.literal(1), z.literal(-1)]) }), z.boolean()),
  /** Settings changed: ask for this page's (getPageSettings). */
  settingsChanged: msg(none, answerNone),
  /** The page's part of the reader's layer, or late enrichment (readings), changed. */
  pageChanged: msg(PageViewSchema, answerNone),
  /** Own aliases changed: analyse the page again. */
  rescan: msg(none, answerNone),
};

/** Extension pages (side panel, options, popup) listen for these broadcasts of every change. */
export const PageMessages = {
  tabStateChanged: msg(TabStateSchema, answerNone),
  settingsChanged: msg(SettingsSchema, answerNone),
  /** Watchlist, dismissed flags, notes or own aliases changed; `card`: whose card changed ('*': any). */
  layerChanged: msg(z.extend(LayerSchema, { card: z.optional(z.union([entityId, z.literal('*')])) }), answerNone),
};

type BackgroundTable = typeof BackgroundMessages;
type ContentTable = typeof ContentMessages;
type PageTable = typeof PageMessages;
export type BackgroundIn<K extends keyof BackgroundTable> = In<BackgroundTable, K>;
export type BackgroundOut<K extends keyof BackgroundTable> = Out<BackgroundTable, K>;

/** To the background. */
export const toBackground = <K extends keyof BackgroundTable & string>(type: K, data: In<BackgroundTable, K>) => send(BackgroundMessages, type, data);
/** To a tab's content script (all frames, or one). */
export const toContent = <K extends keyof ContentTable & string>(target: Target, type: K, data: In<ContentTable, K>) =>
  send(ContentMessages, type, data, target);
/** To every open extension page. */
export const toPages = <K extends keyof PageTable & string>(type: K, data: In<PageTable, K>) => send(PageMessages, type, data);
