// The verdicts of a figure check and the named causes of an inconsistency, with their labels.
import type { Label } from './lang';

export const CHECK_STATUS_DEFS = {
  consistent: { short: { ja: '一致', en: 'Consistent' }, long: { ja: 'KBと一致', en: 'Matches the KB' } },
  inconsistent: { short: { ja: '不一致', en: 'Inconsistent' }, long: { ja: 'KBと不一致', en: 'Differs from the KB' } },
  unverified: { short: { ja: '未照合', en: 'Not checked' }, long: { ja: '未検証', en: 'Not verified' } },
} as const satisfies Record<string, { short: Label; long: Label }>;
export type CheckStatus = keyof typeof CHECK_STATUS_DEFS;

export const CHECK_CAUSE_DEFS = {
  currency: {
    short: { ja: '通貨の取り違え（元とドルなど）', en: 'Wrong currency (e.g. yuan written as dollars)' },
    explain: { ja: '通貨の取り違え(元とドル・円など)の可能性があります。', en: 'The currency looks wrong (e.g. yuan written as dollars or yen).' },
  },
  scale: {
    short: { ja: '桁の誤り', en: 'Wrong order of magnitude' },
    explain: { ja: '桁(億・兆などの単位)の誤りの可能性があります。', en: 'The order of magnitude (units such as 億/兆 or billion) looks wrong.' },
  },
  period: {
    short: { ja: '別の期間の数値', en: 'Figure belongs to a different period' },
    explain: { ja: '別の期間の数字を当てている可能性があります。', en: 'The figure seems to belong to a different period.' },
  },
  conversion: {
    short: { ja: '通貨換算が合わない', en: 'Currency conversion does not add up' },
    explain: { ja: '換算が基準レートと合いません。', en: 'The conversion does not match the reference exchange rate.' },
  },
  value: {
    short: { ja: '発表値と異なる', en: 'Value differs from the reported figure' },
    explain: { ja: '値が知識ベースの記録と異なります。', en: 'The value differs from the knowledge base record.' },
  },
  metric: {
    short: { ja: '別の項目の数値', en: 'Figure of another line item' },
    explain: {
      ja: '書かれた項目(例: 株主帰属純利益)ではなく、別の項目(例: 純利益)の数値です。',
      en: 'The number is that of another line item (e.g. net income given as net income attributable to shareholders).',
    },
  },
} as const satisfies Record<string, { short: Label; explain: Label }>;
export type CheckCause = keyof typeof CHECK_CAUSE_DEFS;

/** A conversion that differs from its base by a power of ten (cause 'scale'): which amount carries
 *  the slip. 'converted' only when the base itself matches a KB fact; else either one may. */
export const CHECK_SLIP_DEFS = {
  converted: {
    ja: '換算前の金額がKBと一致するため、桁の誤りは換算後の金額にあります',
    en: 'The base amount matches the KB, so the converted amount has the slip',
  },
  either: { ja: '換算前・換算後のどちらに桁の誤りがあるかは不明です', en: 'Which of the two amounts has the slip is not settled' },
} as const satisfies Record<string, Label>;
export type CheckSlipIn = keyof typeof CHECK_SLIP_DEFS;

/** How the check established a figure's subject, line item, period or currency. */
export const ESTABLISHED_DEFS = {
  explicit: { ja: '文中に明記', en: 'stated in the sentence' },
  inherited: { ja: '段落・見出し・記事から', en: 'from the paragraph, heading or article' },
  inferred: { ja: '推定', en: 'inferred' },
} as const satisfies Record<string, Label>;
export type Established = keyof typeof ESTABLISHED_DEFS;

/** What an unverified check lacked. */
export const CHECK_MISSING_DEFS = {
  subject: { ja: '対象の企業が特定できない', en: 'the company is unclear' },
  metric: { ja: '項目が特定できない', en: 'the line item is ambiguous' },
  period: { ja: '期間が特定できない', en: 'no period could be tied to it' },
  fact: { ja: 'その期間の記録がKBにない', en: 'the KB has no record for that period' },
  record: { ja: 'この項目の記録がKBにない', en: 'the KB has no record of this line item for it' },
  reading: { ja: '数値の読み方が定まらない', en: 'the number can be read more than one way' },
  difference: { ja: '差が丸めの範囲を超えるか不明', en: 'the difference may be rounding, basis or scope' },
} as const satisfies Record<string, Label>;
export type CheckMissing = keyof typeof CHECK_MISSING_DEFS;

/** Which month's reference rate a conversion used. */
export const RATE_BASIS_DEFS = {
  figure: { ja: '数値の時期のレート', en: "rate of the figure's own date" },
  article: { ja: '記事の月のレート', en: "rate of the article's month" },
  latest: { ja: '最新のレート', en: 'latest rate' },
} as const satisfies Record<string, Label>;
export type RateBasis = keyof typeof RATE_BASIS_DEFS;

/** Kinds of figures the grammar reads. */
export const FIGURE_KIND_DEFS = {
  money: { ja: '金額', en: 'Money' },
  percent: { ja: '割合', en: 'Percent' },
  count: { ja: '数量', en: 'Count' },
  date: { ja: '日付', en: 'Date' },
  period: { ja: '期間', en: 'Period' },
  rate: { ja: '率', en: 'Rate' },
} as const satisfies Record<string, Label>;
export type FigureKind = keyof typeof FIGURE_KIND_DEFS;
