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
} as const satisfies Record<string, { short: Label; explain: Label }>;
export type CheckCause = keyof typeof CHECK_CAUSE_DEFS;

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
