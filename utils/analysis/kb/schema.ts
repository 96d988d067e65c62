// zod schemas for the knowledge-base records; scripts/build-kb.ts and the tests validate with these.
import { z } from 'zod';
import { ALIAS_KINDS, FX_KINDS } from './types';
import { CURRENCIES } from '../vocabulary/currencies';
import { ENTITY_TYPES, RELATION_TYPES } from '../vocabulary/entity-types';
import { FISCAL_CALENDARS } from '../vocabulary/fiscal';
import { METRICS } from '../vocabulary/metrics';
import { LINE_ITEM_DEFINITIONS, type LineItemDefinition } from '../vocabulary/line-item-definitions';
import { COUNT_UNITS, PERCENT_UNITS } from '../vocabulary/units';

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'ids are [A-Za-z0-9._-]');
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO date YYYY[-MM[-DD]]');
const lang = z.enum(['ja', 'zh-Hans', 'zh-Hant', 'en']);
const status = z.enum(['verified', 'single-source', 'derived', 'unverified']);
const nonEmpty = z.string().trim().min(1);

const AliasSchema = z.strictObject({
  text: nonEmpty,
  kind: z.enum(ALIAS_KINDS),
  lang: lang.optional(),
  ambiguous: z.boolean().optional(),
  note: z.string().optional(),
});

export const EntitySchema = z.strictObject({
  id,
  type: z.enum(ENTITY_TYPES),
  names: z.partialRecord(lang, z.array(nonEmpty).min(1)),
  aliases: z.array(AliasSchema).optional(),
  reading: z.string().regex(/^[\u30A0-\u30FF・ー\s]+$/, 'reading in katakana').optional(),
  description: z.strictObject({ ja: nonEmpty, en: nonEmpty }),
  tickers: z.array(z.string().regex(/^[A-Z]+:[A-Z0-9.]+$/)).optional(),
  parent: id.optional(),
  fiscal: z.enum(FISCAL_CALENDARS).optional(),
  context: z.array(nonEmpty).optional(),
  status,
  sources: z.array(id),
});

const PeriodSchema = z.strictObject({
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  label: z.string().optional(),
});

const unit = z.enum([...CURRENCIES, ...PERCENT_UNITS, ...COUNT_UNITS, 'date', 'period']);

const FactSchema = z.strictObject({
  id,
  subject: id,
  metric: z.enum(METRICS),
  value: z.number().finite(),
  unit,
  qualifier: z.enum(['exact', 'about', 'over', 'under', 'range']).optional(),
  valueMax: z.number().finite().optional(),
  basis: z.enum(['yoy', 'qoq']).optional(),
  definition: z.enum(LINE_ITEM_DEFINITIONS as [LineItemDefinition, ...LineItemDefinition[]]).optional(),
  period: PeriodSchema.optional(),
  asOf: isoDate.optional(),
  source: id,
  sources: z.array(id).optional(),
  status,
  note: z.string().optional(),
});

const RelationSchema = z.strictObject({
  from: id,
  type: z.enum(RELATION_TYPES),
  to: id,
  since: isoDate.optional(),
  until: isoDate.optional(),
  source: id.optional(),
});

const SourceSchema = z.strictObject({
  id,
  url: z.url({ protocol: /^https?$/ }), // web pages only: never javascript:, data: or file:
  publisher: nonEmpty,
  date: z.string().regex(/^(c\. )?\d{4}(-\d{2}(-\d{2})?)?$|^undated$/),
  title: z.string().optional(),
  copyOf: nonEmpty.optional(),
});

const FxSchema = z
  .strictObject({
    id,
    base: z.enum(CURRENCIES),
    quote: z.enum(CURRENCIES),
    rate: z.number().positive(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    kind: z.enum(FX_KINDS).optional(),
    source: id,
    status,
    note: z.string().optional(),
  })
  .refine((x) => x.base !== x.quote, { message: 'base and quote differ' })
  .refine((x) => x.kind !== 'month-average' || x.date.endsWith('-01'), { message: "a month-average is dated on the month's first day" })
  .refine((x) => x.kind === 'stated' || x.base === 'USD' || x.quote === 'USD', { message: 'a reference rate is against USD (cross rates are derived)' });

const KnownErrorSchema = z.strictObject({
  id,
  wrong: nonEmpty,
  correct: nonEmpty,
  cause: z.enum(['currency', 'scale', 'period', 'name', 'metric', 'conversion', 'claim']),
  entity: id.optional(),
  fact: id.optional(),
  source: id,
  note: z.string().optional(),
});

export const TABLES = {
  entities: EntitySchema,
  facts: FactSchema,
  relations: RelationSchema,
  sources: SourceSchema,
  fx: FxSchema,
  errors: KnownErrorSchema,
} as const;
export type TableName = keyof typeof TABLES;
