// Card-specific formatting on top of the shared display helpers (utils/ui/format.ts), so the hover
// card and the side panel write numbers, periods and money the same way.
import { groupDigits, isMoneyUnit } from '../../utils/ui/format';
import type { ReaderCurrency } from '../../utils/analysis/vocabulary/currencies';
import { unitLabel } from '../../utils/analysis/vocabulary/labels';
import type { UiLang } from '../../utils/i18n';

/** Every digit, the normalised form: "380,000,000,000 CNY", "63%", "1,000,000,000,000 params". */
export function fullNumber(value: number, unit: string, lang: UiLang): string {
  const n = groupDigits(value, 4);
  if (unit === 'percent') return `${n}%`;
  if (unit === 'pt') return `${n} pt`;
  const u = isMoneyUnit(unit) ? unit : unitLabel(unit, lang);
  return u ? `${n} ${u}` : n;
}

/** Currencies in display order: the reader's first, then CNY, USD, JPY. */
export function currencyOrder(reader: ReaderCurrency): ReaderCurrency[] {
  return [reader, ...(['CNY', 'USD', 'JPY'] as const).filter((c) => c !== reader)];
}
