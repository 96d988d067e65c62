// The one message protocol between the extension's contexts. Each message has an input schema and
// an output schema (z.void(): no answer); the types below are inferred from them, so handlers and
// senders cannot drift. Every listener checks the sender (this extension only) and parses the input
// (channel.ts), every sender parses the answer. zod/mini keeps the content script small, and the
// schemas are built on first use (protocol()): a content script on an unrelated page never builds them.
//   background ← content scripts and pages: protocol().background (entrypoints/background/handlers.ts)
//   content script ← background:            protocol().content    (entrypoints/content/index.ts)
//   extension pages ← background:           protocol().pages      (broadcasts of every change)
import * as z from 'zod/mini';
import type { AnalysisResult } from '../analysis/types';
import type { Entity, Fact, Source } from '../analysis/kb/types';
import { RELATION_TYPES } from '../analysis/vocabulary/entity-types';
import { settingsSchemas } from '../settings';
import { send, serve, type Handlers, type In, type MessageDef, type Target } from './channel';

/** Most highlights one page gets: the background trims its replies to it, the content script stops there. */
export const MAX_HIGHLIGHTS = 8000;

const TAB_STATUSES = ['idle', 'checking', 'irrelevant', 'analyzing', 'done', 'disabled', 'error'] as const;

const msg = <I extends z.ZodMiniType, O extends z.ZodMiniType>(input: I, output: O) => ({ input, output }) satisfies MessageDef;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function build() {
  const { Settings, SettingsPatch, PageSettings } = settingsSchemas();
  const none = z.undefined();
  const answerNone = z.void();
  const entityId = z.string().check(z.minLength(1), z.maxLength(200));
  const flagKey = z.string().check(z.minLength(1), z.maxLength(600));
  const url = z.string().check(z.maxLength(4096));
  const title = z.string().check(z.maxLength(2000));
  const offset = z.int().check(z.minimum(0));

  // Shapes owned by the analysis core (utils/analysis): typed by its interfaces, checked shallowly.
  const Result = z.custom<AnalysisResult>((v) => isRecord(v) && typeof v.relevant === 'boolean' && Array.isArray(v.entities) && Array.isArray(v.figures));
  const KbEntity = z.custom<Entity>((v) => isRecord(v) && typeof v.id === 'string' && isRecord(v.names));
  const CardFact = z.custom<Fact & { sourceInfo?: Source }>((v) => isRecord(v) && typeof v.id === 'string');

  /** A tab's page model, kept by the background (memory + storage.session). */
  const TabState = z.object({
    tabId: z.int(),
    url,
    title: z.optional(z.string()),
    result: z.optional(Result),
    status: z.enum(TAB_STATUSES),
    note: z.optional(z.string()),
    updatedAt: z.number(),
  });

  /** Everything the hover card and the side panel show about one entity. */
  const EntityCard = z.object({
    entity: KbEntity,
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
    facts: z.array(CardFact),
    watched: z.boolean(),
    note: z.optional(z.string()),
    ownAliases: z.array(z.string()),
  });

  /** The reader's watchlist and dismissed flags (all of them: extension pages only). */
  const Layer = z.object({ watched: z.array(entityId), dismissed: z.array(flagKey) });

  /** What a page's content script gets of the reader's layer and late enrichment: its own entities and flags only. */
  const PageView = z.object({
    watched: z.array(entityId),
    dismissed: z.array(flagKey),
    /** Tokenizer readings of kanji names, by entity id. */
    readings: z.record(z.string(), z.string()),
  });

  const AnalyzeRequest = z.object({
    url,
    title: z.optional(title),
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

  /** The analysis of a chunk as the content script paints it, with the page's part of the reader's layer. */
  const AnalyzeReply = z.intersection(Result, z.object({ watched: z.array(entityId), dismissed: z.array(flagKey) }));

  const EntityId = z.object({ id: entityId });
  const TabId = z.object({ tabId: z.int() });
  const Page = z.object({ url, title: z.optional(title) });
  const OwnAlias = z.object({ entityId, text: z.string().check(z.minLength(1), z.maxLength(200)) });
  const Range = z.object({ start: offset, end: offset });
  const KbInfo = z.object({ version: z.string(), entities: z.number(), facts: z.number(), loadedAt: z.number(), loadMs: z.number() });

  return {
    TabState,
    EntityCard,
    Layer,
    PageView,
    AnalyzeRequest,
    AnalyzeReply,

    /** The background answers these (content scripts, and extension pages). */
    background: {
      analyze: msg(AnalyzeRequest, AnalyzeReply),
      /** The first content script's pre-check passed: inject the rest into its frame (content scripts only). */
      loadReader: msg(none, z.boolean()),
      /** Content script, pre-check passed: the page's settings; the tab shows 'checking' meanwhile. */
      startPage: msg(Page, PageSettings),
      /** Content script, after settingsChanged: its page's settings again. */
      getPageSettings: msg(Page, PageSettings),
      getSettings: msg(none, Settings),
      setSettings: msg(SettingsPatch, Settings),
      toggleSite: msg(z.object({ scope: z.enum(['page', 'site']), url, enabled: z.boolean() }), Settings),
      getEntityCard: msg(EntityId, z.nullable(EntityCard)),
      getTabState: msg(TabId, z.nullable(TabState)),
      toggleWatch: msg(EntityId, z.boolean()),
      setNote: msg(z.object({ entityId, text: z.string().check(z.maxLength(20_000)) }), answerNone),
      addOwnAlias: msg(OwnAlias, answerNone),
      removeOwnAlias: msg(OwnAlias, answerNone),
      /** The reader's own aliases, all entities (options page). */
      listOwnAliases: msg(none, z.array(OwnAlias)),
      dismissFlag: msg(z.object({ key: flagKey }), answerNone),
      listDismissed: msg(none, z.array(flagKey)),
      listWatched: msg(none, z.array(entityId)),
      /** JSON (dexie-export-import). */
      exportUserData: msg(none, z.string()),
      /** Rows imported. */
      importUserData: msg(z.object({ json: z.string().check(z.maxLength(50_000_000)) }), z.int()),
      kbInfo: msg(none, KbInfo),
      /** Side panel → background → content: scroll the page to a mention and flash it. */
      scrollTo: msg(z.extend(TabId, Range.shape), z.boolean()),
    },

    /** Content scripts answer these (from the background, to a tab). */
    content: {
      scrollToMention: msg(Range, z.boolean()),
      /** Step to the next (1) / previous (-1) highlight and open its card (keyboard command). */
      stepHighlight: msg(z.object({ dir: z.union([z.literal(1), z.literal(-1)]) }), z.boolean()),
      /** Settings changed: ask for this page's (getPageSettings). */
      settingsChanged: msg(none, answerNone),
      /** The page's part of the reader's layer, or late enrichment (readings), changed. */
      pageChanged: msg(PageView, answerNone),
      /** Own aliases changed: analyse the page again. */
      rescan: msg(none, answerNone),
    },

    /** Extension pages (side panel, options, popup) listen for these broadcasts of every change. */
    pages: {
      tabStateChanged: msg(TabState, answerNone),
      settingsChanged: msg(Settings, answerNone),
      /** Watchlist, dismissed flags, notes or own aliases changed; `card`: whose card changed ('*': any). */
      layerChanged: msg(z.extend(Layer, { card: z.optional(z.union([entityId, z.literal('*')])) }), answerNone),
    },
  };
}

type Protocol = ReturnType<typeof build>;
let built: Protocol | undefined;
/** The protocol's schemas and message tables, built once on first use. */
export const protocol = (): Protocol => (built ??= build());

export type BackgroundTable = Protocol['background'];
export type ContentTable = Protocol['content'];
export type PageTable = Protocol['pages'];

export type TabState = z.infer<Protocol['TabState']>;
export type EntityCard = z.infer<Protocol['EntityCard']>;
export type Layer = z.infer<Protocol['Layer']>;
export type PageView = z.infer<Protocol['PageView']>;
export type AnalyzeRequest = z.infer<Protocol['AnalyzeRequest']>;
export type AnalyzeReply = z.infer<Protocol['AnalyzeReply']>;

/** To the background. */
export const toBackground = <K extends keyof BackgroundTable & string>(type: K, data: In<BackgroundTable, K>) => send(protocol().background, type, data);
/** To a tab's content script (all frames, or one). */
export const toContent = <K extends keyof ContentTable & string>(target: Target, type: K, data: In<ContentTable, K>) =>
  send(protocol().content, type, data, target);
/** To every open extension page. */
export const toPages = <K extends keyof PageTable & string>(type: K, data: In<PageTable, K>) => send(protocol().pages, type, data);

/** Listeners, each message checked (channel.ts serve); they return a function that stops listening. */
export const serveBackground = (handlers: Handlers<BackgroundTable>) => serve(() => protocol().background, handlers);
export const serveContent = (handlers: Handlers<ContentTable>) => serve(() => protocol().content, handlers);
export const servePages = (handlers: Handlers<PageTable>) => serve(() => protocol().pages, handlers);
