// Labels of units: a currency's word, a counter, percent or points, in the reader's language.
import { CURRENCY_DEFS, isCurrency } from './currencies';
import type { UiLang } from './lang';
import { COUNT_DEFS, PERCENT_DEFS, isCountUnit } from './units';

/** The word written after a value of this unit (3,800億元, 1兆パラメータ, 5ポイント); '' for plain counts. */
export function unitLabel(unit: string, lang: UiLang): string {
  if (isCurrency(unit)) return CURRENCY_DEFS[unit].unit[lang];
  if (isCountUnit(unit)) return COUNT_DEFS[unit].label[lang];
  if (unit === 'percent' || unit === 'pt') return PERCENT_DEFS[unit].label[lang];
  return unit;
}
