// How a company counts a line item when the KB holds more than one count of it: capex as cash paid
// for property and equipment, net of proceeds and incentives, or including finance leases. A fact
// without one is the company's own headline count. Charts never mix two in one line.
import type { Label } from './lang';

export const LINE_ITEM_DEFINITION_DEFS = {
  cash: { ja: '有形固定資産の取得による支出', en: 'cash paid for property and equipment' },
  'cash-net': { ja: '売却収入・インセンティブ控除後', en: 'net of proceeds and incentives' },
  'incl-leases': { ja: 'ファイナンス・リースを含む', en: 'including finance leases' },
} as const satisfies Record<string, Label>;

export type LineItemDefinition = keyof typeof LINE_ITEM_DEFINITION_DEFS;
export const LINE_ITEM_DEFINITIONS = Object.keys(LINE_ITEM_DEFINITION_DEFS) as LineItemDefinition[];
