// Shapes of the analysis core's input and output. The CLI (`npm run analyze`) prints
// AnalysisResult as JSON; the background sends it to the content script and side panel.
import type { Metric, Period, Unit } from './kb/types';
import type { CheckCause, CheckMissing, CheckSlipIn, CheckStatus, Established, FigureKind, RateBasis } from './vocabulary/checks';

export type { RateBasis };
import type { RelevanceSignals } from './relevance';
import type { ModelParts } from './entities/model-name';
import type { Note } from './notes';

export interface AnalyzeInput {
  text: string;
  title?: string;
  url?: string;
  lang?: string; // 'ja' | 'zh' | 'en' hint; detected when absent
  date?: string; // publication date (ISO) from the page's metadata; else read from a dateline
}

/** UTF-16 offsets into the original text, end exclusive. */
export interface Mention {
  start: number;
  end: number;
  surface: string;
  /** A model name read as parts (Qwen3-30B-A3B: family Qwen, version 3, size 30B, active A3B). */
  model?: ModelParts;
}

export interface EntityResult {
  id: string;
  name: string; // canonical name in the article's language (ja for Japanese)
  type: string;
  mentions: Mention[];
  salience?: number; // 0..1, for ranking in the side panel
}

/** One thing a check assumed about a figure, and how it was established. */
export interface Assumed<T> {
  value: T;
  how: Established;
}

/** A conversion's rate: the page's own stated rate, or the KB's reference rate of a month. */
export interface CheckRate {
  from: string;
  to: string;
  rate: number; // 1 from = rate to
  source: 'page' | 'reference';
  month?: string; // YYYY-MM of a reference rate
  basis?: RateBasis; // why that month
  fxIds?: string[]; // the KB's FX records (the UI resolves their source)
  tolerance: number; // relative difference allowed before the conversion is called wrong (0.06 = 6%)
}

/** What a figure matched instead of what it names: another line item of its family, or another period. */
interface CheckSibling {
  kind: 'line-item' | 'period';
  factId: string;
  metric?: Metric;
  period?: Period;
}

/** A figure against the KB. The analysis fills every field it knows; `reason` is one short English
 *  sentence for the CLI, the UI words the verdict from the structured fields. */
export interface Check {
  status: CheckStatus;
  cause?: CheckCause; // only when inconsistent
  /** A conversion's scale slip: which amount has it ('either' unless the base matches the KB). */
  slipIn?: CheckSlipIn;
  reason?: string;
  /** The KB fact compared with (for a sibling match: the sibling's); the UI resolves source, date and status. */
  factId?: string;
  expected?: number; // the KB value, in the figure's unit when comparable
  expectedUnit?: Unit;
  /** The figure exactly as written, and its exact value as read (signed for decreases, never rounded). */
  written?: string;
  value?: number;
  valueMax?: number;
  unit?: string;
  /** What the check took the figure to be about. */
  basis?: { subject?: Assumed<string>; metric?: Assumed<Metric>; period?: Assumed<Period>; currency?: Assumed<string> };
  /** 'fact': compared with a KB fact; 'conversion': only the arithmetic of a converted amount. */
  scope?: 'fact' | 'conversion';
  rate?: CheckRate;
  /** For a converted amount: the amount it converts. */
  convertedFrom?: { start: number; end: number; surface: string; value: number; unit: string };
  sibling?: CheckSibling;
  /** Unverified: what was missing. */
  missing?: CheckMissing[];
}

export interface Converted {
  CNY: number;
  USD: number;
  JPY: number;
  rateDate: string; // month (YYYY-MM) of the reference rates used
  rateBasis?: RateBasis; // why that month: the figure's own date, the article's month, or the latest
}

export interface Figure {
  start: number;
  end: number;
  surface: string;
  kind: FigureKind;
  /** money: units of the currency; percent: 63 (signed: -9 for 9%減, -3.4 for -3.4%); count: plain
   *  number; rate: quote per base (20 for 1元=約20円); date/period: epoch ms (UTC) of the start. */
  value: number;
  valueMax?: number; // ranges (50億〜720億)
  unit: Unit | string;
  approx?: 'about' | 'over' | 'under' | 'atleast' | 'nearly';
  /** Set for a change (63%増, 9%減, 5890億ドル減少); the value carries the sign: 9%減 is -9. */
  change?: 'increase' | 'decrease';
  /** A garbled amount (1億2345億6,700万元): value NaN, left out of checks and conversions. */
  malformed?: boolean;
  basis?: 'yoy' | 'qoq'; // 前年同期比 / 前期比
  subject?: string; // entity id
  metric?: Metric;
  period?: Period;
  /** Where attachContext found the subject and the period; checks flag only on close evidence
   *  ('mixed' = the sentence names other companies too; 'assumed' = from a relative phrase or an
   *  inferred year, or the article's period when it names several). */
  via?: {
    subject?: 'sentence' | 'mixed' | 'article' | 'identified';
    period?: 'sentence' | 'paragraph' | 'article' | 'assumed';
    /** 'inferred': no line item is named for the figure; the sentence's shape implies one (a list
     *  under one line item, a growth rate joined to an amount): checks never flag on it. */
    metric?: 'inferred';
  };
  /** How the period was resolved: its own words (explicit), a fiscal label read with a company's
   *  calendar, relative to the article's date, or inherited from the headline / paragraph. */
  periodFrom?: PeriodFrom;
  converted?: Converted;
  check?: Check;
}

export interface PeriodFrom {
  how: 'explicit' | 'fiscal' | 'relative' | 'inherited';
  /** The company whose fiscal calendar read the label (fiscal). */
  company?: string;
  /** What the reader should know: "company unknown: read with Alibaba's calendar", "year from the
   *  article's date (2025-08-29)", "from the headline". */
  note?: string;
}

export interface ProperNoun {
  surface: string;
  reading?: string;
  start: number;
  end: number;
}

export interface AnalysisResult {
  id?: string;
  relevant: boolean;
  score: number; // 0..1
  reasons: string[]; // the signals in short English (CLI); the UI words `signals` itself
  signals?: RelevanceSignals;
  text?: string; // the extracted text, for .html input
  lang?: string;
  entities: EntityResult[];
  figures: Figure[];
  unknownProperNouns?: ProperNoun[];
  /** Kanji-name readings found by the tokenizer, by entity id (filled when it is loaded). */
  readings?: Record<string, string>;
  notes?: Note[]; // degraded-mode notes for the reader (tokenizer failed, text truncated, ...)
}
