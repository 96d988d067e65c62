// Card-specific formatting on top of the shared display helpers (utils/ui/format.ts), so the hover
// card and the side panel write numbers, periods and money the same way.
import type { Fact } from '../../utils/kb/types';
import { formatPeriod, formatValue, groupDigits, isMoneyUnit } from '../../utils/ui/format';
import type { UiLang } from './labels';

const JA_UNIT: Record<string, string> = {
  params: 'パラメータ', tokens: 'トークン', users: 'ユーザー', models: 'モデル', shares: '株', gpus: '基', count: '',
};
const EN_UNIT: Record<string, string> = {
  params: 'params', tokens: 'tokens', users: 'users', models: 'models', shares: 'shares', gpus: 'GPUs', count: '',
};

/** Every digit, the normalised form: "380,000,000,000 CNY", "63%", "1,000,000,000,000 params". */
export function fullNumber(value: number, unit: string, lang: UiLang): string {
  const n = groupDigits(value, 4);
  if (unit === 'percent') return `${n}%`;
  if (unit === 'pt') return `${n} pt`;
  const u = isMoneyUnit(unit) ? unit : ((lang === 'ja' ? JA_UNIT : EN_UNIT)[unit] ?? unit);
  return u ? `${n} ${u}` : n;
}

/** A KB fact's value with its qualifier and basis: 「3,800億元超」, "≈CNY 380.0bn (YoY)". */
export function factValue(f: Fact, lang: UiLang): string {
  let s = formatValue(f.value, f.unit, lang);
  if (f.qualifier === 'range' && f.valueMax !== undefined) s += (lang === 'ja' ? '〜' : '–') + formatValue(f.valueMax, f.unit, lang);
  else if (f.qualifier === 'about') s = (lang === 'ja' ? '約' : '≈') + s;
  else if (f.qualifier === 'over') s = lang === 'ja' ? `${s}超` : `>${s}`;
  else if (f.qualifier === 'under') s = lang === 'ja' ? `${s}未満` : `<${s}`;
  if (f.basis) s += lang === 'ja' ? (f.basis === 'yoy' ? '(前年同期比)' : '(前期比)') : f.basis === 'yoy' ? ' YoY' : ' QoQ';
  return s;
}

/** A fact's period: the calendar form, with the KB's label in English. */
export function factPeriod(f: Fact, lang: UiLang): string {
  if (!f.period) return '';
  const p = formatPeriod(f.period, lang);
  return lang === 'en' && f.period.label && f.period.label !== p ? `${p} (${f.period.label})` : p;
}

/** Currencies in display order: the reader's first, then CNY, USD, JPY. */
export function currencyOrder(reader: 'CNY' | 'USD' | 'JPY'): Array<'CNY' | 'USD' | 'JPY'> {
  return [reader, ...(['CNY', 'USD', 'JPY'] as const).filter((c) => c !== reader)];
}
