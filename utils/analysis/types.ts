// Shapes of the analysis core's input and output. The CLI (`npm run analyze`) prints
// AnalysisResult as JSON; the background sends it to the content script and side panel.
import type { Metric, Period, Unit } from './kb/types';
import type { CheckCause, CheckStatus, FigureKind } from './vocabulary/checks';
import type { RelevanceSignals } from './relevance';

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
}

export interface EntityResult {
  id: string;
  name: string; // canonical name in the article's language (ja for Japanese)
  type: string;
  mentions: Mention[];
  salience?: number; // 0..1, for ranking in the side panel
}


export interface Check {
  status: CheckStatus;
  factId?: string;
  expected?: number; // the KB value, in the figure's unit when comparable
  expectedUnit?: Unit;
  cause?: CheckCause; // only when inconsistent
  reason?: string; // one human sentence (English); UI may translate by cause
}

export interface Converted {
  CNY: number;
  USD: number;
  JPY: number;
  rateDate: string; // ISO date of the FX reference used
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
  via?: { subject?: 'sentence' | 'mixed' | 'article'; period?: 'sentence' | 'paragraph' | 'article' | 'assumed' };
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
  notes?: string[]; // degraded-mode notes for the reader (tokenizer failed, text truncated, ...)
}
