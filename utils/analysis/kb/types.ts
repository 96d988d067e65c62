// Knowledge-base record shapes. The source data lives in kb/*.jsonl (one record per line);
// scripts/build-kb.ts validates it (schema.ts) and bundles it into public/kb.json. The record types
// are inferred from the schemas, with their field comments.
import type * as z from 'zod/mini';
import type { KbSchemas } from './schema';
import type { Metric } from '../vocabulary/metrics';

export type { Metric };

export type Lang = 'ja' | 'zh-Hans' | 'zh-Hant' | 'en';

export const ALIAS_KINDS = [
  'name', // an ordinary name in some language/script
  'ticker', // BABA, 9988, 9988.HK
  'abbr', // abbreviation (TTG, AIDC, CMR)
  'variant', // spelling / katakana / transliteration variant
  'mistranslation', // wrong rendering seen on real pages (同益前問, TTG(トヨタグループ), 呉永明)
  'surname', // surname-only form, valid only after the full name appeared (呉, ウー, Wu)
] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

/** What an FX record is: a reference rate the checks convert with, or a rate someone stated. */
export const FX_KINDS = [
  'month-average', // a month's average of daily reference rates (Fed H.10); `date` is the month's first day
  'stated', // a rate a page or a filing stated (1元=約21円): kept as what it is, never used to convert
] as const;

type Out<K extends keyof KbSchemas> = z.output<KbSchemas[K]>;

export type Entity = Out<'Entity'>;
/** A closed interval of calendar days, ISO dates. */
export type Period = Out<'Period'>;
export type Fact = Out<'Fact'>;
export type Relation = Out<'Relation'>;
export type Source = Out<'Source'>;
export type FxRate = Out<'FxRate'>;
/** A known error seen in real articles: what was written, what is right, why. */
export type KnownError = Out<'KnownError'>;

export interface KbBundle {
  version: string; // content hash + date, changes whenever the data changes
  builtAt: string;
  entities: Entity[];
  facts: Fact[];
  relations: Relation[];
  sources: Source[];
  fx: FxRate[];
  errors: KnownError[];
}
