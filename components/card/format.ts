// Card-specific formatting on top of the shared display helpers (utils/ui/format.ts), so the hover
// card and the side panel write numbers, periods and money the same way.
import type { Fact } from '../../utils/analysis/kb/types';
import { formatDate, formatPeriod, formatValue, groupDigits, isMoneyUnit } from '../../utils/ui/format';
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

/** A KB fact's value with its qualifier and basis: 「3,800億元超」, "≈CNY 380.0bn (YoY)". */
export function factValue(f: Fact, lang: UiLang): string {
  if (f.unit === 'date') return f.period ? formatPeriod(f.period, lang) : yyyymmdd(f.value, lang);
  let s = formatValue(f.value, f.unit, lang);
  if (f.qualifier === 'range' && f.valueMax !== undefined) s += (lang === 'ja' ? '〜' : '–') + formatValue(f.valueMax, f.unit, lang);
  else if (f.qualifier === 'about') s = (lang === 'ja' ? '約' : '≈') + s;
  else if (f.qualifier === 'over') s = lang === 'ja' ? `${s}超` : `>${s}`;
  else if (f.qualifier === 'under') s = lang === 'ja' ? `${s}未満` : `<${s}`;
  if (f.basis) s += lang === 'ja' ? (f.basis === 'yoy' ? '(前年同期比)' : '(前期比)') : f.basis === 'yoy' ? ' YoY' : ' QoQ';
  return s;
}

/** Date facts store YYYYMMDD as their value. */
function yyyymmdd(v: number, lang: UiLang): string {
  const t = String(Math.trunc(v));
  return /^\d{8}$/.test(t) ? formatDate(`${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6)}`, lang) : t;
}

/** What a fact is about: the metric, or for 'other' facts the KB note (without technical remarks). */
export function factLabel(f: Fact, metricText: (m: string) => string): string {
  if (f.metric !== 'other' || !f.note) return metricText(f.metric);
  const note = f.note.replace(/\s*\(value =[^)]*\)/g, '').trim();
  return note.length > 90 ? `${note.slice(0, 89)}…` : note;
}

/** A fact's period in calendar form (the KB's label goes in the tooltip: it is long). */
export function factPeriod(f: Fact, lang: UiLang): string {
  return f.period ? formatPeriod(f.period, lang) : '';
}

/** Currencies in display order: the reader's first, then CNY, USD, JPY. */
export function currencyOrder(reader: ReaderCurrency): ReaderCurrency[] {
  return [reader, ...(['CNY', 'USD', 'JPY'] as const).filter((c) => c !== reader)];
}
