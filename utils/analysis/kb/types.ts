// Knowledge-base record shapes. The source data lives in kb/*.jsonl (one record per line);
// scripts/build-kb.ts validates it (utils/kb/schema.ts) and bundles it into public/kb.json.

export type Lang = 'ja' | 'zh-Hans' | 'zh-Hant' | 'en';

export const ENTITY_TYPES = [
  'company', // listed or private company (Alibaba, Tencent, NVIDIA, DeepSeek)
  'unit', // business unit / subsidiary / affiliate of a company (Alibaba Cloud, TTG, Ant Group)
  'product', // app, platform, service, programme (Taobao, Quark, PAI, 88VIP)
  'model', // AI model or model family (Qwen, Qwen3-Max, DeepSeek-R1)
  'chip', // chip or chip line (Hanguang 800, H20, Ascend)
  'person',
  'bank', // bank, broker, research firm (Goldman Sachs, CSC, Omdia)
  'government', // regulator, ministry, public body, exchange (SASAC, PBOC, HKEX)
  'event', // conference, programme (Apsara Conference)
  'metric', // reported metric name (CMR, take rate, adjusted EBITA)
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ALIAS_KINDS = [
  'name', // an ordinary name in some language/script
  'ticker', // BABA, 9988, 9988.HK
  'abbr', // abbreviation (TTG, AIDC, CMR)
  'variant', // spelling / katakana / transliteration variant
  'mistranslation', // wrong rendering seen on real pages (同益前問, TTG(トヨタグループ), 呉永明)
  'surname', // surname-only form, valid only after the full name appeared (呉, ウー, Wu)
] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

export interface Alias {
  text: string;
  kind: AliasKind;
  lang?: Lang;
  /** Short or ambiguous (アリ, Ant, Quark, PAI, Wan, Kimi): counts only with supporting context. */
  ambiguous?: boolean;
  /** For mistranslations: where it was seen and what is right. */
  note?: string;
}

export type Status = 'verified' | 'single-source' | 'derived' | 'unverified';

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
  /** Words that, near an ambiguous alias, confirm this entity (e.g. 'AI', 'アプリ' for Quark). */
  context?: string[];
  status: Status;
  sources: string[]; // source ids
}

/** Controlled vocabulary of metrics; figures are attached to one of these by utils/figures. */
export const METRICS = [
  'revenue', // 売上高 / 营收 / revenue
  'revenue_growth', // 増収率 (percent, YoY unless basis says otherwise)
  'net_income', // 純利益
  'net_income_growth',
  'net_income_attrib', // 普通株主に帰属する純利益
  'non_gaap_net_income',
  'non_gaap_net_income_growth',
  'cloud_revenue', // クラウド事業の売上高
  'cloud_revenue_growth',
  'capex', // 設備投資 / 资本开支 (per period)
  'capex_growth',
  'investment_plan', // 投資計画 (multi-year commitment, e.g. 3,800億元 over 3 years)
  'buyback', // 自社株買い
  'buyback_authorization',
  'dividend',
  'bond_issue', // 転換社債 / 社債 principal
  'cmr', // customer management revenue
  'cmr_growth',
  'adjusted_ebita',
  'market_share',
  'market_cap', // 時価総額
  'share_price', // 株価
  'share_price_change',
  'price_target', // 目標株価
  'turnover', // 売買代金 / 成交額
  'users', // MAU / DAU / members / customers
  'downloads',
  'derivative_models',
  'parameters', // model parameter count
  'training_tokens',
  'fee_rate', // 0.6% service fee
  'ai_budget', // AI infrastructure budget of a company for a year
  'cloud_revenue_forecast',
  'gpu_count',
  'other',
] as const;
export type Metric = (typeof METRICS)[number];

/** Money in ISO codes; other units for counts; 'percent' for %, 'pt' for percentage points. */
export type Unit =
  | 'CNY' | 'USD' | 'JPY' | 'HKD' | 'EUR' | 'GBP'
  | 'percent' | 'pt' | 'params' | 'tokens' | 'count' | 'users' | 'models' | 'shares' | 'gpus'
  | 'date' | 'period';

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
  period?: Period; // the period the figure is about (quarter, fiscal year, plan horizon)
  asOf?: string; // ISO date the fact was stated / announced
  source: string; // source id
  sources?: string[]; // further corroborating sources
  status: Status;
  note?: string;
}

export const RELATION_TYPES = [
  'ceo_of', 'chairman_of', 'cfo_of', 'cto_of', 'founder_of', 'executive_of', 'director_of',
  'unit_of', 'product_of', 'developed_by', 'successor_of', 'investor_in', 'competitor_of',
  'supplier_of', 'partner_of', 'analyst_at', 'regulates', 'owns',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

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
}

export interface FxRate {
  id: string; // 'usdcny-2025-09-30'
  base: 'USD' | 'CNY' | 'HKD' | 'EUR' | 'GBP';
  quote: 'CNY' | 'JPY' | 'USD' | 'HKD';
  rate: number; // 1 base = rate quote
  date: string; // ISO date
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
