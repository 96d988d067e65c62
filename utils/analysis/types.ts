// Shapes of the analysis core's input and output. The CLI (`npm run analyze`) prints
// AnalysisResult as JSON; the background sends it to the content script and side panel. The output's
// types are inferred from its schemas (result-schema.ts), where their fields are documented.
import type * as z from 'zod/mini';
import type { ResultSchemas } from './result-schema';
import type { Established, RateBasis } from './vocabulary/checks';

export type { RateBasis };

export interface AnalyzeInput {
  text: string;
  title?: string;
  url?: string;
  lang?: string; // 'ja' | 'zh' | 'en' hint; detected when absent
  date?: string; // publication date (ISO) from the page's metadata; else read from a dateline
}

type Out<K extends keyof ResultSchemas> = z.output<ResultSchemas[K]>;

/** UTF-16 offsets into the original text, end exclusive. */
export type Mention = Out<'Mention'>;

export type EntityResult = Out<'EntityResult'>;

/** One thing a check assumed about a figure, and how it was established. */
export interface Assumed<T> {
  value: T;
  how: Established;
}

/** A conversion's rate: the page's own stated rate, or the KB's reference rate of a month. */
export type CheckRate = Out<'CheckRate'>;

/** A figure against the KB. The analysis fills every field it knows; `reason` is one short English
 *  sentence for the CLI, the UI words the verdict from the structured fields. */
export type Check = Out<'Check'>;

export type Converted = Out<'Converted'>;

export type Figure = Out<'Figure'>;

export type PeriodFrom = Out<'PeriodFrom'>;

export type ProperNoun = Out<'ProperNoun'>;

export type AnalysisResult = Out<'AnalysisResult'>;
