// Vocabulary words in the reader's language: entity types, metrics, relations, check verdicts and
// causes, figure kinds, currency names. All derived from the analysis core's vocabulary
// (utils/analysis/vocabulary); UI chrome (buttons, headings) is in the message catalog (utils/i18n).
import {
  CHECK_CAUSE_DEFS,
  CHECK_MISSING_DEFS,
  CHECK_SLIP_DEFS,
  CHECK_STATUS_DEFS,
  ESTABLISHED_DEFS,
  FIGURE_KIND_DEFS,
  RATE_BASIS_DEFS,
  type CheckCause,
  type CheckMissing,
  type CheckSlipIn,
  type CheckStatus,
  type Established,
  type FigureKind,
  type RateBasis,
} from '../analysis/vocabulary/checks';
import { CURRENCY_DEFS, isCurrency } from '../analysis/vocabulary/currencies';
import { relationText as relationPhrase, typeLabel, type RelationType } from '../analysis/vocabulary/entity-types';
import { metricLabel } from '../analysis/vocabulary/metrics';
import { LINE_ITEM_DEFINITION_DEFS, type LineItemDefinition } from '../analysis/vocabulary/line-item-definitions';
import type { UiLang } from '../i18n';

/** One sentence naming the likely error. */
export const causeText = (cause: CheckCause, lang: UiLang): string => CHECK_CAUSE_DEFS[cause].explain[lang];
/** The verdict in a word or two: 一致 / Consistent. */
export const statusText = (status: CheckStatus, lang: UiLang): string => CHECK_STATUS_DEFS[status].short[lang];
export const typeText = (type: string, lang: UiLang, plural = false): string => typeLabel(type, lang, plural);
export const metricText = (metric: string, lang: UiLang): string => metricLabel(metric, lang);
/** A line item with how it is counted, when a definition is given: 設備投資（ファイナンス・リースを含む）. */
export const metricWithDefinition = (metric: string, definition: LineItemDefinition | undefined, lang: UiLang): string =>
  definition ? withDefinition(metricLabel(metric, lang), definition, lang) : metricLabel(metric, lang);
/** A name followed by how its line item is counted, in brackets. */
export const withDefinition = (name: string, definition: LineItemDefinition, lang: UiLang): string =>
  lang === 'ja' ? `${name}（${LINE_ITEM_DEFINITION_DEFS[definition].ja}）` : `${name} (${LINE_ITEM_DEFINITION_DEFS[definition].en})`;
export const kindText = (kind: FigureKind, lang: UiLang): string => FIGURE_KIND_DEFS[kind][lang];
export const currencyName = (code: string, lang: UiLang): string => (isCurrency(code) ? `${CURRENCY_DEFS[code].name[lang]} (${code})` : code);
export const relationText = (type: RelationType, dir: 'out' | 'in', other: string, lang: UiLang): string => relationPhrase(type, dir, other, lang);
/** The likely error in a few words: 桁の誤り / Wrong order of magnitude. */
export const causeShort = (cause: CheckCause, lang: UiLang): string => CHECK_CAUSE_DEFS[cause].short[lang];
/** How a check established an assumption: 文中に明記 / stated in the sentence. */
export const establishedText = (how: Established, lang: UiLang): string => ESTABLISHED_DEFS[how][lang];
/** Which amount of a conversion has the scale slip: 換算前・換算後のどちらに…不明です. */
export const slipInText = (s: CheckSlipIn, lang: UiLang): string => CHECK_SLIP_DEFS[s][lang];
/** The likely error in a sentence, with which amount has it when that is part of the finding. */
export const causeFull = (check: { cause?: CheckCause; slipIn?: CheckSlipIn }, lang: UiLang): string | undefined =>
  check.cause
    ? causeText(check.cause, lang) + (check.slipIn ? (lang === 'ja' ? '' : ' ') + slipInText(check.slipIn, lang) + (lang === 'ja' ? '。' : '.') : '')
    : undefined;
/** What an unverified check lacked. */
export const missingText = (m: CheckMissing, lang: UiLang): string => CHECK_MISSING_DEFS[m][lang];
/** Which month's rate a conversion used: 記事の月のレート / rate of the article's month. */
export const rateBasisText = (b: RateBasis, lang: UiLang): string => RATE_BASIS_DEFS[b][lang];
