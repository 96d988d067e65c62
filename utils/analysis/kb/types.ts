// Knowledge-base record shapes. The source data lives in kb/*.jsonl (one record per line);
// scripts/build-kb.ts validates it (utils/kb/schema.ts) and bundles it into public/kb.json.

import type { Currency } from '../vocabulary/currencies';
import type { EntityType, RelationType } from '../vocabulary/entity-types';
import type { FiscalCalendar } from '../vocabulary/fiscal';
import type { Metric } from '../vocabulary/metrics';
import type { LineItemDefinition } from '../vocabulary/line-item-definitions';
import type { Unit } from '../vocabulary/units';

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

interface Alias {
  text: string;
  kind: AliasKind;
  lang?: Lang;
  /** Short or ambiguous (アリ, Ant, Quark, PAI, Wan, Kimi): counts only with supporting context. */
  ambiguous?: boolean;
  /** For mistranslations: where it was seen and what is right. */
  note?: string;
}

type Status = 'verified' | 'single-source' | 'derived' | 'unverified';

export interface Entity {
  id: string; // kebab-case, stable: 'alibaba', 'eddie-wu', 'qwen'
  type: EntityType;
  /** Names by language; the first of each list is the canonical name in that language. */
  names: Partial<Record<Lang, string[]>>;
  aliases?: Alias[];
  /** Reading of a kanji name in katakana (呉泳銘 → ゴ・エイメイ). */
  reading?: string;
  description: { ja: string; en: string };
  tickers?: string[]; // 'NYSE:BABA', 'HKEX:9988'
  parent?: string; // entity id
  /** The company's fiscal calendar when it is not the calendar year (Alibaba: 'march-end'). */
  fiscal?: FiscalCalendar;
  /** Words that, near an ambiguous alias, confirm this entity (e.g. 'AI', 'アプリ' for Quark). */
  context?: string[];
  status: Status;
  sources: string[]; // source ids
}





/** A closed interval of calendar days, ISO dates. */
export interface Period {
  start: string; // '2024-07-01'
  end: string; // '2024-09-30'
  label?: string; // 'FY2025 Q2 (quarter ended 2024-09-30)'
}

export interface Fact {
  id: string; // 'baba-rev-2024q3' style, stable
  subject: string; // entity id
  metric: Metric;
  value: number; // base units: 236503000000 (CNY), 63 (percent), 1e12 (params)
  unit: Unit;
  /** 'over' for >380bn, 'about' for ≈, 'under', 'range' (then valueMax). */
  qualifier?: 'exact' | 'about' | 'over' | 'under' | 'range';
  valueMax?: number;
  /** For growth metrics: the basis. */
  basis?: 'yoy' | 'qoq';
  /** How the line item is counted, where the KB holds several counts of it (capex with or without finance leases). */
  definition?: LineItemDefinition;
  period?: Period; // the period the figure is about (quarter, fiscal year, plan horizon)
  asOf?: string; // ISO date the fact was stated / announced
  source: string; // source id
  sources?: string[]; // further corroborating sources
  status: Status;
  note?: string;
}



export interface Relation {
  from: string; // entity id
  type: RelationType;
  to: string; // entity id
  since?: string; // ISO date or YYYY-MM / YYYY
  until?: string;
  source?: string;
}

export interface Source {
  id: string; // 'S1', 'S9', 'jetro-20250303'
  url: string;
  publisher: string;
  date: string; // ISO date or 'c. YYYY-MM'
  title?: string;
  /** The issuer's own document this page reproduces verbatim (a release or filing read on another
   *  host): the figure is the issuer's, the host is not. */
  copyOf?: string;
}

/** What an FX record is: a reference rate the checks convert with, or a rate someone stated. */
export const FX_KINDS = [
  'month-average', // a month's average of daily reference rates (Fed H.10); `date` is the month's first day
  'stated', // a rate a page or a filing stated (1元=約21円): kept as what it is, never used to convert
] as const;

export interface FxRate {
  id: string; // 'usdcny-2025-09'
  base: Currency;
  quote: Currency;
  rate: number; // 1 base = rate quote
  date: string; // ISO date (a month-average: the month's first day)
  /** Absent: a reference rate of that day. */
  kind?: (typeof FX_KINDS)[number];
  source: string;
  status: Status;
  note?: string;
}

/** A known error seen in real articles: what was written, what is right, why. */
export interface KnownError {
  id: string; // 'E3'
  wrong: string;
  correct: string;
  cause: 'currency' | 'scale' | 'period' | 'name' | 'metric' | 'conversion' | 'claim';
  entity?: string;
  fact?: string;
  source: string;
  note?: string;
}

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
