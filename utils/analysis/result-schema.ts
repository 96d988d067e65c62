// The analysis result as a schema: the background, the content script and the side panel parse it on
// receipt (utils/messaging/protocol.ts), and its types (types.ts) are inferred from it. Enums come from
// the vocabulary. Built on first use (resultSchemas()): a content script on an unrelated page never
// builds it. Chrome messaging sends JSON, so a malformed figure's NaN value arrives as null: the schema
// reads it back as NaN, and only on a figure marked malformed.
import * as z from 'zod/mini';
import {
  CHECK_CAUSE_DEFS,
  CHECK_MISSING_DEFS,
  CHECK_SLIP_DEFS,
  CHECK_STATUS_DEFS,
  ESTABLISHED_DEFS,
  FIGURE_KIND_DEFS,
  RATE_BASIS_DEFS,
} from './vocabulary/checks';
import { CURRENCY_DEFS } from './vocabulary/currencies';
import { METRICS } from './vocabulary/metrics';
import { COUNT_DEFS, PERCENT_DEFS } from './vocabulary/units';
import { NOTE_CODES } from './notes';

/** The keys of a vocabulary table, for z.enum. */
const keys = <T extends object>(defs: T) => Object.keys(defs) as Array<keyof T & string>;

function build() {
  const offset = z.int().check(z.minimum(0));
  /** UTF-16 offsets into the original text, end exclusive. */
  const span = { start: offset, end: offset };
  const inOrder = z.refine<{ start: number; end: number }>((s) => s.start <= s.end, 'span ends before it starts');
  const num = z.number();
  const str = z.string();
  const opt = z.optional;
  const metric = z.enum(METRICS);
  const unit = z.enum([...keys(CURRENCY_DEFS), ...keys(PERCENT_DEFS), ...keys(COUNT_DEFS), 'date', 'period']);
  const rateBasis = z.enum(keys(RATE_BASIS_DEFS));

  /** A closed interval of calendar days, ISO dates. */
  const Period = z.object({
    start: str, // '2024-07-01'
    end: str, // '2024-09-30'
    label: opt(str), // 'FY2025 Q2 (quarter ended 2024-09-30)'
  });

  const ModelParts = z.object({
    family: str, // 'Qwen'
    version: opt(str), // '2.5', 'V3.1', '4o', 'o3' after a vendor (OpenAI o3)
    size: opt(str), // '72B', '8x7B'
    active: opt(str), // 'A3B' (active parameters of a mixture of experts)
    variant: opt(str), // 'Instruct', 'Coder-Plus', 'mini (high)'
  });

  const Mention = z
    .object({
      ...span,
      surface: str,
      /** A model name read as parts (Qwen3-30B-A3B: family Qwen, version 3, size 30B, active A3B). */
      model: opt(ModelParts),
    })
    .check(inOrder);

  const EntityResult = z.object({
    id: str,
    name: str, // canonical name in the article's language (ja for Japanese)
    type: str,
    mentions: z.array(Mention),
    salience: opt(num), // 0..1, for ranking in the side panel
  });

  /** One thing a check assumed about a figure, and how it was established. */
  const assumed = <T extends z.ZodMiniType>(value: T) => z.object({ value, how: z.enum(keys(ESTABLISHED_DEFS)) });

  const CheckRate = z.object({
    from: str,
    to: str,
    rate: num, // 1 from = rate to
    source: z.enum(['page', 'reference']),
    month: opt(str), // YYYY-MM of a reference rate
    basis: opt(rateBasis), // why that month
    fxIds: opt(z.array(str)), // the KB's FX records (the UI resolves their source)
    tolerance: num, // relative difference allowed before the conversion is called wrong (0.06 = 6%)
  });

  /** What a figure matched instead of what it names: another line item of its family, or another period. */
  const CheckSibling = z.object({ kind: z.enum(['line-item', 'period']), factId: str, metric: opt(metric), period: opt(Period) });

  const Check = z.object({
    status: z.enum(keys(CHECK_STATUS_DEFS)),
    cause: opt(z.enum(keys(CHECK_CAUSE_DEFS))), // only when inconsistent
    /** A conversion's scale slip: which amount has it ('either' unless the base matches the KB). */
    slipIn: opt(z.enum(keys(CHECK_SLIP_DEFS))),
    reason: opt(str),
    /** The KB fact compared with (for a sibling match: the sibling's); the UI resolves source, date and status. */
    factId: opt(str),
    expected: opt(num), // the KB value, in the figure's unit when comparable
    expectedUnit: opt(unit),
    /** The figure exactly as written, and its exact value as read (signed for decreases, never rounded). */
    written: opt(str),
    value: opt(num),
    valueMax: opt(num),
    unit: opt(str),
    /** What the check took the figure to be about. */
    basis: opt(z.object({ subject: opt(assumed(str)), metric: opt(assumed(metric)), period: opt(assumed(Period)), currency: opt(assumed(str)) })),
    /** 'fact': compared with a KB fact; 'conversion': only the arithmetic of a converted amount. */
    scope: opt(z.enum(['fact', 'conversion'])),
    rate: opt(CheckRate),
    /** For a converted amount: the amount it converts. */
    convertedFrom: opt(z.object({ ...span, surface: str, value: num, unit: str })),
    sibling: opt(CheckSibling),
    /** Unverified: what was missing. */
    missing: opt(z.array(z.enum(keys(CHECK_MISSING_DEFS)))),
  });

  const Converted = z.object({
    CNY: num,
    USD: num,
    JPY: num,
    rateDate: str, // month (YYYY-MM) of the reference rates used
    rateBasis: opt(rateBasis), // why that month: the figure's own date, the article's month, or the latest
  });

  const PeriodFrom = z.object({
    how: z.enum(['explicit', 'fiscal', 'relative', 'inherited']),
    /** The company whose fiscal calendar read the label (fiscal). */
    company: opt(str),
    /** What the reader should know: "company unknown: read with Alibaba's calendar", "year from the
     *  article's date (2025-08-29)", "from the headline". */
    note: opt(str),
  });

  const Figure = z
    .object({
      ...span,
      surface: str,
      kind: z.enum(keys(FIGURE_KIND_DEFS)),
      /** money: units of the currency; percent: 63 (signed: -9 for 9%減, -3.4 for -3.4%); count: plain
       *  number; rate: quote per base (20 for 1元=約20円); date/period: epoch ms (UTC) of the start.
       *  NaN for a malformed figure (null on the wire: JSON has no NaN). */
      value: z.pipe(
        z.union([num, z.nan(), z.null()]),
        z.transform((v) => v ?? NaN),
      ),
      valueMax: opt(num), // ranges (50億〜720億)
      unit: str,
      approx: opt(z.enum(['about', 'over', 'under', 'atleast', 'nearly'])),
      /** Set for a change (63%増, 9%減, 5890億ドル減少); the value carries the sign: 9%減 is -9. */
      change: opt(z.enum(['increase', 'decrease'])),
      /** A garbled amount (1億2345億6,700万元): value NaN, left out of checks and conversions. */
      malformed: opt(z.boolean()),
      basis: opt(z.enum(['yoy', 'qoq'])), // 前年同期比 / 前期比
      subject: opt(str), // entity id
      metric: opt(metric),
      period: opt(Period),
      /** Where attachContext found the subject and the period; checks flag only on close evidence
       *  ('mixed' = the sentence names other companies too; 'assumed' = from a relative phrase or an
       *  inferred year, or the article's period when it names several). */
      via: opt(
        z.object({
          subject: opt(z.enum(['sentence', 'mixed', 'article', 'identified'])),
          period: opt(z.enum(['sentence', 'paragraph', 'article', 'assumed'])),
          /** 'inferred': no line item is named for the figure; the sentence's shape implies one (a list
           *  under one line item, a growth rate joined to an amount): checks never flag on it. */
          metric: opt(z.literal('inferred')),
        }),
      ),
      /** How the period was resolved: its own words (explicit), a fiscal label read with a company's
       *  calendar, relative to the article's date, or inherited from the headline / paragraph. */
      periodFrom: opt(PeriodFrom),
      converted: opt(Converted),
      check: opt(Check),
    })
    .check(
      inOrder,
      z.refine((f) => f.malformed === true || !Number.isNaN(f.value), 'value missing on a figure not marked malformed'),
    );

  const ProperNoun = z.object({ surface: str, reading: opt(str), ...span });

  const RelevanceSignals = z.object({
    /** The core / race entities that weigh most, with their mention counts. */
    entities: z.array(z.object({ id: str, role: z.enum(['core', 'race']), mentions: num })),
    /** An entity the title names (core first). */
    title: opt(z.object({ id: str, role: z.enum(['core', 'race']) })),
    /** The topic terms seen most. */
    topics: z.array(z.object({ term: str, count: num })),
    moneyFigures: num,
    /** The name used in another sense: the fairy tale, a restaurant. */
    otherSense: opt(z.object({ kind: z.enum(['fairy-tale', 'venue']), term: str })),
    /** Alibaba named only once or twice, in passing. */
    passingMention: z.boolean(),
  });

  /** A note for the reader: a known code and its values (utils/analysis/notes.ts). */
  const Note = z.object({ code: z.enum(NOTE_CODES), values: opt(z.record(str, z.union([str, num]))) });

  const AnalysisResult = z.object({
    id: opt(str),
    relevant: z.boolean(),
    score: num, // 0..1
    reasons: z.array(str), // the signals in short English (CLI); the UI words `signals` itself
    signals: opt(RelevanceSignals),
    text: opt(str), // the extracted text, for .html input
    lang: opt(str),
    entities: z.array(EntityResult),
    figures: z.array(Figure),
    unknownProperNouns: opt(z.array(ProperNoun)),
    /** Kanji-name readings found by the tokenizer, by entity id (filled when it is loaded). */
    readings: opt(z.record(str, str)),
    notes: opt(z.array(Note)), // degraded-mode notes for the reader (tokenizer failed, text truncated, ...)
  });

  return {
    AnalysisResult,
    EntityResult,
    Mention,
    ModelParts,
    Figure,
    Check,
    CheckRate,
    CheckSibling,
    Converted,
    PeriodFrom,
    ProperNoun,
    RelevanceSignals,
    Note,
  };
}

export type ResultSchemas = ReturnType<typeof build>;
let built: ResultSchemas | undefined;
/** The result's schemas, built once on first use. */
export const resultSchemas = (): ResultSchemas => (built ??= build());
