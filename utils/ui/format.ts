// Display formatting for the extension pages: money in the reader's currency, figure values,
// dates and periods, in Japanese or English. Pure: no DOM, no browser API.
import type { Period } from '../analysis/kb/types';
import type { Figure } from '../analysis/types';
import { isCurrency, type ReaderCurrency } from '../analysis/vocabulary/currencies';
import { unitLabel } from '../analysis/vocabulary/labels';
import type { UiLang } from '../i18n';

export type { ReaderCurrency, UiLang };

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function isMoneyUnit(unit: string): boolean {
  return isCurrency(unit);
}

/** 1234567.8 → "1,234,567.8" (at most `digits` decimals, trailing zeros dropped). */
export function groupDigits(n: number, digits = 2): string {
  const sign = n < 0 ? '-' : '';
  const fixed = Math.abs(n).toFixed(digits);
  const [int, frac = ''] = fixed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const f = frac.replace(/0+$/, '');
  return sign + grouped + (f ? '.' + f : '');
}

/** A plain amount with Japanese myriad units: 380000000000 → "3,800億", 7.98e12 → "7兆9,800億". */
export function jaAmount(value: number): string {
  const sign = value < 0 ? '-' : '';
  const v = Math.abs(value);
  if (v >= 1e12) {
    let cho = Math.floor(v / 1e12);
    let oku = Math.round((v - cho * 1e12) / 1e8);
    if (oku >= 10000) {
      cho += 1;
      oku -= 10000;
    }
    return sign + groupDigits(cho, 0) + '兆' + (oku ? groupDigits(oku, 0) + '億' : '');
  }
  if (v >= 1e8) return sign + twoLevel(v, 1e8, '億', 1e4, '万');
  if (v >= 1e4) return sign + twoLevel(v, 1e4, '万', 1, '');
  return sign + groupDigits(v, v >= 1000 ? 0 : 2);
}

/** Big unit plus a rounded small unit, about four significant digits ("53億4,000万", "120億2,000万"). */
function twoLevel(v: number, big: number, bigName: string, small: number, smallName: string): string {
  const whole = v / big;
  if (whole >= 1000) {
    const r = Math.round(whole);
    // Rounding can reach the next unit (9999.6億 → 1兆).
    if (r >= 10000) return jaAmount(r * big);
    return groupDigits(r, 0) + bigName;
  }
  let b = Math.floor(whole);
  const step = small * 10 ** String(b).length;
  let rest = Math.round((v - b * big) / step) * step;
  if (rest >= big) {
    b += 1;
    rest -= big;
  }
  const restText = rest > 0 ? groupDigits(rest / small, smallName ? 0 : 2) + smallName : '';
  return groupDigits(b, 0) + bigName + restText;
}

/** An amount with English short scales: 380e9 → "380.0bn", 7.9e12 → "7.9tn", 1600 → "1,600". */
export function enAmount(value: number): string {
  const sign = value < 0 ? '-' : '';
  const v = Math.abs(value);
  if (v >= 1e12) return sign + oneDecimal(v / 1e12) + 'tn';
  if (v >= 1e9) return sign + oneDecimal(v / 1e9) + 'bn';
  if (v >= 1e6) return sign + oneDecimal(v / 1e6) + 'm';
  return sign + groupDigits(v, v >= 1000 ? 0 : 2);
}

function oneDecimal(x: number): string {
  const s = groupDigits(x, 1);
  return s.includes('.') ? s : s + '.0';
}

/** Money: ja 「3,800億元」, en "CNY 380.0bn". */
export function formatMoney(value: number, currency: string, lang: UiLang): string {
  if (lang === 'ja') return jaAmount(value) + (isCurrency(currency) ? unitLabel(currency, 'ja') : ' ' + currency);
  return `${currency} ${enAmount(value)}`;
}

/** A count with its unit: ja 「1兆パラメータ」, en "1.0tn params". */
export function formatCount(value: number, unit: string, lang: UiLang): string {
  const u = unitLabel(unit, lang);
  if (lang === 'ja') return jaAmount(value) + u;
  return enAmount(value) + (u ? ' ' + u : '');
}

function approxWrap(text: string, approx: Figure['approx'], lang: UiLang): string {
  if (!approx) return text;
  if (lang === 'ja') {
    const ja = { about: ['約', ''], over: ['', '超'], under: ['', '未満'], atleast: ['', '以上'], nearly: ['', '近く'] }[approx];
    return ja[0] + text + ja[1];
  }
  const en = { about: '≈', over: '>', under: '<', atleast: '≥', nearly: '~' }[approx];
  return en + text;
}

/** The figure's own value as stated, normalised: 「3,800億元超」, "63%増 (前年同期比)", "2025年7-9月期". */
export function formatFigureValue(fig: Figure, lang: UiLang): string {
  let text: string;
  switch (fig.kind) {
    case 'money':
      text = formatMoney(fig.value, String(fig.unit), lang);
      if (fig.valueMax != null) text += (lang === 'ja' ? '〜' : '–') + formatMoney(fig.valueMax, String(fig.unit), lang);
      break;
    case 'rate':
      // 1元=約20円: 20 JPY/CNY
      text = `${groupDigits(fig.value, 2)} ${String(fig.unit)}`;
      break;
    case 'percent': {
      const unit = fig.unit === 'pt' ? (lang === 'ja' ? 'ポイント' : ' pt') : '%';
      // values are signed (9%減 is -9); with a change word the word carries the sign
      text = groupDigits(fig.change ? Math.abs(fig.value) : fig.value, 2) + unit;
      if (fig.change) text = lang === 'ja' ? text + (fig.change === 'increase' ? '増' : '減') : (fig.change === 'increase' ? '+' : '−') + text;
      if (fig.basis) text += lang === 'ja' ? (fig.basis === 'yoy' ? '（前年同期比）' : '（前期比）') : fig.basis === 'yoy' ? ' YoY' : ' QoQ';
      break;
    }
    case 'count':
      text = formatCount(fig.value, String(fig.unit), lang);
      break;
    case 'date':
      return fig.period ? formatPeriod(fig.period, lang) : formatDate(fig.value, lang);
    case 'period':
      return fig.period ? formatPeriod(fig.period, lang) : formatDate(fig.value, lang);
    default:
      text = groupDigits(fig.value, 2) + ' ' + String(fig.unit);
  }
  return approxWrap(text, fig.approx, lang);
}

/** The figure converted to the reader's currency, or undefined when it is not money. */
export function convertedValue(fig: Figure, currency: ReaderCurrency): number | undefined {
  if (fig.kind !== 'money' || !fig.converted) return undefined;
  const v = fig.converted[currency];
  return typeof v === 'number' && isFinite(v) ? v : undefined;
}

/** 「約7兆9,800億円」 / "≈JPY 7.9tn"; empty when not convertible or already in that currency. */
export function formatConverted(fig: Figure, currency: ReaderCurrency, lang: UiLang): string {
  const v = convertedValue(fig, currency);
  if (v == null) return '';
  const money = formatMoney(v, currency, lang);
  if (fig.unit === currency) return money;
  return lang === 'ja' ? '約' + money : '≈' + money;
}

/** ISO date string or epoch ms → 「2025年9月30日」 / "30 Sep 2025"; 'YYYY-MM' → 「2025年9月」 / "Sep 2025". */
export function formatDate(date: string | number, lang: UiLang): string {
  let y: number, m: number, d: number | undefined;
  if (typeof date === 'number') {
    const dt = new Date(date);
    if (isNaN(dt.getTime())) return '';
    y = dt.getUTCFullYear();
    m = dt.getUTCMonth() + 1;
    d = dt.getUTCDate();
  } else {
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
    if (!match) return date;
    y = Number(match[1]);
    if (!match[2]) return lang === 'ja' ? `${y}年` : String(y);
    m = Number(match[2]);
    d = match[3] ? Number(match[3]) : undefined;
  }
  if (lang === 'ja') return `${y}年${m}月` + (d != null ? `${d}日` : '');
  return (d != null ? `${d} ` : '') + `${EN_MONTHS[m - 1]} ${y}`;
}

function parseIso(s: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A period: 「2025年7-9月期」 / "Jul–Sep 2025"; whole years 「2025年」; else a day range. */
export function formatPeriod(p: Period, lang: UiLang): string {
  const a = parseIso(p.start);
  const b = parseIso(p.end);
  if (!a || !b) return p.label ?? `${p.start} – ${p.end}`;
  const wholeMonths = a.d === 1 && b.d === lastDay(b.y, b.m);
  if (wholeMonths) {
    if (a.y === b.y && a.m === 1 && b.m === 12) return lang === 'ja' ? `${a.y}年` : String(a.y);
    if (a.y === b.y) {
      if (a.m === b.m) return formatDate(`${a.y}-${String(a.m).padStart(2, '0')}`, lang);
      return lang === 'ja' ? `${a.y}年${a.m}-${b.m}月期` : `${EN_MONTHS[a.m - 1]}–${EN_MONTHS[b.m - 1]} ${a.y}`;
    }
    return lang === 'ja'
      ? `${a.y}年${a.m}月〜${b.y}年${b.m}月`
      : `${EN_MONTHS[a.m - 1]} ${a.y} – ${EN_MONTHS[b.m - 1]} ${b.y}`;
  }
  if (p.start === p.end) return formatDate(p.start, lang);
  return `${formatDate(p.start, lang)} – ${formatDate(p.end, lang)}`;
}

/** Salience or score as a whole percentage: 0.734 → "73%". */
export function formatScore(score: number): string {
  return Math.round(Math.max(0, Math.min(1, score)) * 100) + '%';
}

/** Any KB or figure value with its unit: money, percent, points or a count. */
export function formatValue(value: number, unit: string, lang: UiLang): string {
  if (isMoneyUnit(unit)) return formatMoney(value, unit, lang);
  if (unit === 'percent') return groupDigits(value, 2) + '%';
  if (unit === 'pt') return groupDigits(value, 2) + (lang === 'ja' ? 'ポイント' : ' pt');
  if (unit === 'date') return formatDate(value, lang);
  return formatCount(value, unit, lang);
}
