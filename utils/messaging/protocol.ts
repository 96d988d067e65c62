// The one message protocol between the extension's contexts. Each message has an input schema and
// an output schema (z.void(): no answer); the types below are inferred from them, so handlers and
// senders cannot drift. Every listener checks the sender (this extension only) and parses the input
// (channel.ts), every sender parses the answer. zod/mini keeps the content script small, and the
// schemas are built on first use (protocol()): a content script on an unrelated page never builds them.
// Each message also says who may send it (`from`, checked in channel.ts): content scripts get only
// what their page's UI needs, and never the reader's notes, own aliases, whole watchlist or site lists.
//   background ← content scripts and pages: protocol().background (entrypoints/background/handlers.ts)
//   content script ← background:            protocol().content    (entrypoints/content/index.ts)
//   extension pages ← background:           protocol().pages      (broadcasts of every change)
import * as z from 'zod/mini';
import { resultSchemas } from '../analysis/result-schema';
import { NOTE_CODES, PAGE_NOTE_CODES } from '../analysis/notes';
import { kbSchemas } from '../analysis/kb/schema';
import { RELATION_TYPES } from '../analysis/vocabulary/entity-types';
import { READER_CURRENCIES } from '../analysis/vocabulary/currencies';
import { seriesSchemas } from '../ui/series-schema';
import { settingsSchemas } from '../settings';
import { IMPORT_PROBLEMS, IMPORT_REFUSALS, MAX_IMPORT_BYTES, USER_TABLE_NAMES } from '../db/import-rules';
import { send, serve, type From, type Handlers, type In, type MessageDef, type Target } from './channel';

/** Most highlights one page gets: the background trims its replies to it, the content script stops there. */
export const MAX_HIGHLIGHTS = 8000;

const TAB_STATUSES = ['idle', 'checking', 'irrelevant', 'analyzing', 'done', 'disabled', 'error'] as const;

const msg = <I extends z.ZodMiniType, O extends z.ZodMiniType>(input: I, output: O, from: From) => ({ input, output, from }) satisfies MessageDef;
/** Longest page URL and title a message carries; longer ones are cut, not refused. */
const MAX_URL = 4096;
const MAX_TITLE = 2000;
function build() {
  const { Settings, SettingsPatch, PageSettings } = settingsSchemas();
  const none = z.undefined();
  const answerNone = z.void();
  const entityId = z.string().check(z.minLength(1), z.maxLength(200));
  const flagKey = z.string().check(z.minLength(1), z.maxLength(600));
  // Cut to length rather than refused: a page with a 5,000-character title is still analysed.
  const url = z.string().check(z.overwrite((v) => v.slice(0, MAX_URL)));
  const title = z.string().check(z.overwrite((v) => v.slice(0, MAX_TITLE)));
  const offset = z.int().check(z.minimum(0));
  /** A note for the reader (utils/analysis/notes.ts): a known code and short values. */
  const note = z.object({
    code: z.enum(NOTE_CODES),
    values: z.optional(z.record(z.string().check(z.maxLength(40)), z.union([z.string().check(z.maxLength(500)), z.number()]))),
  });

  // Shapes owned by the analysis core (utils/analysis) and the charts (utils/ui): parsed with their own
  // schemas (their types are inferred from them). A card's fact carries its source record.
  const Result = resultSchemas().AnalysisResult;
  const { Entity: KbEntity, Fact, Source } = kbSchemas();
  const CardFact = z.extend(Fact, { sourceInfo: z.optional(Source) });
  const { Span, Series: SeriesOut } = seriesSchemas();

  /** A tab's page model, kept by the background (memory + storage.session). */
  const TabState = z.object({
    tabId: z.int(),
    url,
    title: z.optional(z.string()),
    /** The article's publication date (ISO): from its metadata, else its dateline. */
    date: z.optional(z.string()),
    result: z.optional(Result),
    status: z.enum(TAB_STATUSES),
    note: z.optional(note),
    updatedAt: z.number(),
  });

  /** What the KB says about one entity: all a hover card on a web page gets. */
  const KbCard = z.object({
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
  });

  /** Everything the side panel shows about one entity: the KB card with the reader's own data. */
  const EntityCard = z.extend(KbCard, {
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
    /** Degraded-mode note from the content script (e.g. late content paused on a busy page): its own codes only. */
    note: z.optional(z.object({ code: z.enum(PAGE_NOTE_CODES), values: z.optional(z.object({ chars: z.optional(offset) })) })),
    /** Chunk offset near the top of the reader's viewport: a capped reply keeps the items around it. */
    near: z.optional(offset),
    /** Most highlights the content script will still paint; the reply carries no more items than that. */
    max: z.optional(offset),
    /** Publication date from the page's metadata (ISO), to resolve 今年 / this year. */
    date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  });

  /** The analysis of a chunk as the content script paints it, with the page's part of the reader's layer. */
  const AnalyzeReply = z.intersection(Result, z.object({ watched: z.array(entityId), dismissed: z.array(flagKey), date: z.optional(z.string()) }));

  const EntityId = z.object({ id: entityId });
  const TabId = z.object({ tabId: z.int() });
  const Page = z.object({ url, title: z.optional(title) });
  const OwnAlias = z.object({ entityId, text: z.string().check(z.minLength(1), z.maxLength(200)) });
  const Range = z.object({ start: offset, end: offset });
  const Scope = z.enum(['page', 'site']);
  const count = z.int().check(z.minimum(0));
  /** What an import did: rows written per table, and rows refused, grouped by table and reason. */
  const ImportReport = z.object({
    imported: z.record(z.enum(USER_TABLE_NAMES), count),
    refused: z.array(z.object({ table: z.string(), reason: z.enum(IMPORT_REFUSALS), count, examples: z.array(z.string()) })),
    /** Set when the whole file was refused: nothing was written. */
    problem: z.optional(z.object({ code: z.enum(IMPORT_PROBLEMS), detail: z.string() })),
  });
  // factId: the fact a figure was checked against; its subject is the series' (a unit's figure on its parent's line)
  const SeriesKey = z.object({ subject: entityId, metric: z.string().check(z.maxLength(60)), span: Span, factId: z.optional(entityId) });
  const Names = z.record(z.string(), z.object({ name: z.string(), type: z.string(), reading: z.optional(z.string()) }));
  const KbInfo = z.object({ version: z.string(), entities: z.number(), facts: z.number(), loadedAt: z.number(), loadMs: z.number() });

  return {
    TabState,
    KbCard,
    EntityCard,
    Layer,
    PageView,
    AnalyzeRequest,
    AnalyzeReply,
    SeriesKey,

    ImportReport,

    /** The background answers these. `from`: who may send each (channel.ts checks it). */
    background: {
      /** A chunk of the sender's page: analysed, kept in the sender's tab state. */
      analyze: msg(AnalyzeRequest, AnalyzeReply, 'content'),
      /** The first content script's pre-check passed: inject the rest into its frame (content scripts only). */
      loadReader: msg(none, z.boolean(), 'content'),
      /** Content script, pre-check passed: the page's settings; the tab shows 'checking' meanwhile. */
      startPage: msg(Page, PageSettings, 'content'),
      /** Content script, after settingsChanged: its page's settings again. */
      getPageSettings: msg(Page, PageSettings, 'content'),
      /** Card button: switch the extension off for the sender's own page or site (its URL comes from the browser, not the message). */
      switchOff: msg(z.object({ scope: Scope }), answerNone, 'content'),
      /** Hover card: an entity's KB card, without the reader's data (notes, own aliases). */
      getCard: msg(EntityId, z.nullable(KbCard), 'content'),
      getSettings: msg(none, Settings, 'extension'),
      setSettings: msg(SettingsPatch, Settings, 'extension'),
      toggleSite: msg(z.object({ scope: Scope, url, enabled: z.boolean() }), Settings, 'extension'),
      getEntityCard: msg(EntityId, z.nullable(EntityCard), 'extension'),
      getTabState: msg(TabId, z.nullable(TabState), 'extension'),
      /** From a content script: only an entity found on its page. */
      toggleWatch: msg(EntityId, z.boolean(), 'any'),
      setNote: msg(z.object({ entityId, text: z.string().check(z.maxLength(20_000)) }), answerNone, 'extension'),
      addOwnAlias: msg(OwnAlias, answerNone, 'extension'),
      removeOwnAlias: msg(OwnAlias, answerNone, 'extension'),
      /** KB series for the charts, one per key (null: the KB holds no series for it), converted to `currency` when given (KB data only). */
      getSeries: msg(
        z.object({ keys: z.array(SeriesKey).check(z.maxLength(16)), currency: z.optional(z.enum(READER_CURRENCIES)) }),
        z.array(z.nullable(SeriesOut)),
        'any',
      ),
      /** Entity names in the reader's UI language (the page's spelling is in the analysis). */
      getNames: msg(z.object({ ids: z.array(entityId).check(z.maxLength(100_000)) }), Names, 'extension'),
      /** The reader's own aliases, all entities (options page). */
      listOwnAliases: msg(none, z.array(OwnAlias), 'extension'),
      /** From a content script: only a flag on its page. */
      dismissFlag: msg(z.object({ key: flagKey }), answerNone, 'any'),
      listDismissed: msg(none, z.array(flagKey), 'extension'),
      listWatched: msg(none, z.array(entityId), 'extension'),
      /** Names of many entities in one request, in the UI language (the options page's lists). */
      /** JSON in dexie-export-import's format (utils/db/transfer.ts). */
      exportUserData: msg(none, z.string(), 'extension'),
      /** Checks the whole file, then writes what passed in one transaction; says what was refused and why. */
      importUserData: msg(z.object({ json: z.string().check(z.maxLength(MAX_IMPORT_BYTES)) }), ImportReport, 'extension'),
      kbInfo: msg(none, KbInfo, 'extension'),
      /** Side panel → background → content: scroll the page to a mention and flash it. */
      scrollTo: msg(z.extend(TabId, Range.shape), z.boolean(), 'extension'),
    },

    /** Content scripts answer these (from the background, to a tab). */
    content: {
      scrollToMention: msg(Range, z.boolean(), 'extension'),
      /** Step to the next (1) / previous (-1) highlight and open its card (keyboard command). */
      stepHighlight: msg(z.object({ dir: z.union([z.literal(1), z.literal(-1)]) }), z.boolean(), 'extension'),
      /** Settings changed: ask for this page's (getPageSettings). */
      settingsChanged: msg(none, answerNone, 'extension'),
      /** The page's part of the reader's layer, or late enrichment (readings), changed. */
      pageChanged: msg(PageView, answerNone, 'extension'),
      /** Own aliases changed: analyse the page again. */
      rescan: msg(none, answerNone, 'extension'),
    },

    /** Extension pages (side panel, options, popup) listen for these broadcasts from the background; never from content scripts. */
    pages: {
      tabStateChanged: msg(TabState, answerNone, 'extension'),
      settingsChanged: msg(Settings, answerNone, 'extension'),
      /** Watchlist, dismissed flags, notes or own aliases changed; `card`: whose card changed ('*': any). */
      layerChanged: msg(z.extend(Layer, { card: z.optional(z.union([entityId, z.literal('*')])) }), answerNone, 'extension'),
      /** An import's progress: rows checked, then rows written. */
      importProgress: msg(z.object({ phase: z.enum(['check', 'write']), done: z.int(), total: z.int() }), answerNone, 'extension'),
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
export type KbCard = z.infer<Protocol['KbCard']>;
export type ImportReport = z.infer<Protocol['ImportReport']>;
export type EntityCard = z.infer<Protocol['EntityCard']>;
export type Layer = z.infer<Protocol['Layer']>;
export type PageView = z.infer<Protocol['PageView']>;
export type AnalyzeRequest = z.infer<Protocol['AnalyzeRequest']>;
export type AnalyzeReply = z.infer<Protocol['AnalyzeReply']>;
/** One chart series asked for: a subject's line item over a span (getSeries). */
export type SeriesKey = z.infer<Protocol['SeriesKey']>;

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
