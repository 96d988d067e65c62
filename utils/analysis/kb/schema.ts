// Schemas of the knowledge-base records (zod/mini): scripts/build-kb.ts and the background's KB load
// validate every record with them, the protocol parses a hover card's entity and facts with them on
// receipt (utils/messaging/protocol.ts), and the record types (types.ts) are inferred from them.
// Built on first use (kbSchemas()): a content script on an unrelated page never builds them.
import * as z from 'zod/mini';
import { ALIAS_KINDS, FX_KINDS } from './types';
import { CURRENCIES } from '../vocabulary/currencies';
import { ENTITY_TYPES, RELATION_TYPES } from '../vocabulary/entity-types';
import { FISCAL_CALENDARS } from '../vocabulary/fiscal';
import { METRICS } from '../vocabulary/metrics';
import { LINE_ITEM_DEFINITIONS, type LineItemDefinition } from '../vocabulary/line-item-definitions';
import { COUNT_UNITS, PERCENT_UNITS } from '../vocabulary/units';

function build() {
  const id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'ids are [A-Za-z0-9._-]'));
  const isoDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO date YYYY[-MM[-DD]]'));
  const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
  const lang = z.enum(['ja', 'zh-Hans', 'zh-Hant', 'en']);
  const status = z.enum(['verified', 'single-source', 'derived', 'unverified']);
  const nonEmpty = z.string().check(z.trim(), z.minLength(1));
  const text = z.string();
  const opt = z.optional;

  const Alias = z.strictObject({
    text: nonEmpty,
    kind: z.enum(ALIAS_KINDS),
    lang: opt(lang),
    /** Short or ambiguous (アリ, Ant, Quark, PAI, Wan, Kimi): counts only with supporting context. */
    ambiguous: opt(z.boolean()),
    /** For mistranslations: where it was seen and what is right. */
    note: opt(text),
  });

  const Entity = z.strictObject({
    id, // kebab-case, stable: 'alibaba', 'eddie-wu', 'qwen'
    type: z.enum(ENTITY_TYPES),
    /** Names by language; the first of each list is the canonical name in that language. */
    names: z.partialRecord(lang, z.array(nonEmpty).check(z.minLength(1))),
    aliases: opt(z.array(Alias)),
    /** Reading of a kanji name in katakana (呉泳銘 → ゴ・エイメイ). */
    reading: opt(z.string().check(z.regex(/^[\u30A0-\u30FF・ー\s]+$/, 'reading in katakana'))),
    description: z.strictObject({ ja: nonEmpty, en: nonEmpty }),
    tickers: opt(z.array(z.string().check(z.regex(/^[A-Z]+:[A-Z0-9.]+$/)))), // 'NYSE:BABA', 'HKEX:9988'
    parent: opt(id), // entity id
    /** The company's fiscal calendar when it is not the calendar year (Alibaba: 'march-end'). */
    fiscal: opt(z.enum(FISCAL_CALENDARS)),
    /** Words that, near an ambiguous alias, confirm this entity (e.g. 'AI', 'アプリ' for Quark). */
    context: opt(z.array(nonEmpty)),
    status,
    sources: z.array(id), // source ids
  });

  /** A closed interval of calendar days, ISO dates. */
  const Period = z.strictObject({
    start: day, // '2024-07-01'
    end: day, // '2024-09-30'
    label: opt(text), // 'FY2025 Q2 (quarter ended 2024-09-30)'
  });

  const Fact = z.strictObject({
    id, // 'baba-rev-2024q3' style, stable
    subject: id, // entity id
    metric: z.enum(METRICS),
    value: z.number(), // base units: 236503000000 (CNY), 63 (percent), 1e12 (params); never Infinity
    unit: z.enum([...CURRENCIES, ...PERCENT_UNITS, ...COUNT_UNITS, 'date', 'period']),
    /** 'over' for >380bn, 'about' for ≈, 'under', 'range' (then valueMax). */
    qualifier: opt(z.enum(['exact', 'about', 'over', 'under', 'range'])),
    valueMax: opt(z.number()),
    /** For growth metrics: the basis. */
    basis: opt(z.enum(['yoy', 'qoq'])),
    /** How the line item is counted, where the KB holds several counts of it (capex with or without finance leases). */
    definition: opt(z.enum(LINE_ITEM_DEFINITIONS as [LineItemDefinition, ...LineItemDefinition[]])),
    period: opt(Period), // the period the figure is about (quarter, fiscal year, plan horizon)
    asOf: opt(isoDate), // ISO date the fact was stated / announced
    source: id, // source id
    sources: opt(z.array(id)), // further corroborating sources
    status,
    note: opt(text),
  });

  const Relation = z.strictObject({
    from: id, // entity id
    type: z.enum(RELATION_TYPES),
    to: id, // entity id
    since: opt(isoDate), // ISO date or YYYY-MM / YYYY
    until: opt(isoDate),
    source: opt(id),
  });

  const Source = z.strictObject({
    id, // 'S1', 'S9', 'jetro-20250303'
    url: z.url({ protocol: /^https?$/ }), // web pages only: never javascript:, data: or file:
    publisher: nonEmpty,
    date: z.string().check(z.regex(/^(c\. )?\d{4}(-\d{2}(-\d{2})?)?$|^undated$/)), // ISO date or 'c. YYYY-MM'
    title: opt(text),
    /** The issuer's own document this page reproduces verbatim (a release or filing read on another
     *  host): the figure is the issuer's, the host is not. */
    copyOf: opt(nonEmpty),
  });

  const FxRate = z
    .strictObject({
      id, // 'usdcny-2025-09'
      base: z.enum(CURRENCIES),
      quote: z.enum(CURRENCIES),
      rate: z.number().check(z.positive()), // 1 base = rate quote
      date: day, // a month-average: the month's first day
      /** Absent: a reference rate of that day. */
      kind: opt(z.enum(FX_KINDS)),
      source: id,
      status,
      note: opt(text),
    })
    .check(
      z.refine((x) => x.base !== x.quote, { message: 'base and quote differ' }),
      z.refine((x) => x.kind !== 'month-average' || x.date.endsWith('-01'), { message: "a month-average is dated on the month's first day" }),
      z.refine((x) => x.kind === 'stated' || x.base === 'USD' || x.quote === 'USD', { message: 'a reference rate is against USD (cross rates are derived)' }),
    );

  /** A known error seen in real articles: what was written, what is right, why. */
  const KnownError = z.strictObject({
    id, // 'E3'
    wrong: nonEmpty,
    correct: nonEmpty,
    cause: z.enum(['currency', 'scale', 'period', 'name', 'metric', 'conversion', 'claim']),
    entity: opt(id),
    fact: opt(id),
    source: id,
    note: opt(text),
  });

  /** One schema per KB table (kb/<table>/*.jsonl, the bundle's keys). */
  const tables = { entities: Entity, facts: Fact, relations: Relation, sources: Source, fx: FxRate, errors: KnownError } satisfies Record<
    TableName,
    unknown
  >;
  return { Alias, Entity, Period, Fact, Relation, Source, FxRate, KnownError, tables };
}

export type KbSchemas = ReturnType<typeof build>;
let built: KbSchemas | undefined;
/** The KB records' schemas, built once on first use. */
export const kbSchemas = (): KbSchemas => (built ??= build());
/** The KB's tables (kb/<table>/*.jsonl, the bundle's keys), known without building the schemas. */
export const TABLE_NAMES = ['entities', 'facts', 'relations', 'sources', 'fx', 'errors'] as const;
export type TableName = (typeof TABLE_NAMES)[number];
