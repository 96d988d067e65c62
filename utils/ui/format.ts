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

/** A plain amount with Japanese myriad units, rounded to about four significant digits (for
 *  conversions and chart axes): 380000000000 → "3,800億", 7.98e12 → "7兆9,800億". */
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

/** Every digit in myriad units, never rounded (a quoted or reported value): 52843000000 → "528億4,300万",
 *  236503000000 → "2,365億300万", 12345.6 → "1万2,345.6". */
export function jaExact(value: number): string {
  const sign = value < 0 ? '-' : '';
  // Cents at most: what a float carries below that is noise.
  let rest = Math.round(Math.abs(value) * 100) / 100;
  const parts: string[] = [];
  for (const [size, name] of [
    [1e12, '兆'],
    [1e8, '億'],
    [1e4, '万'],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(groupDigits(n, 0) + name);
    rest = Math.round((rest - n * size) * 100) / 100;
  }
  if (rest > 0 || !parts.length) parts.push(groupDigits(rest, 2));
  return sign + parts.join('');
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

/** An amount with English short scales: 380e9 → "380.0bn", 7.9e12 → "7.9tn", 1600 → "1,600"
 *  (rounded to one decimal; `exact`: every digit, 52843000000 → "52.843bn"). */
export function enAmount(value: number, exact = false): string {
  const sign = value < 0 ? '-' : '';
  const v = Math.abs(value);
  for (const [size, name] of [
    [1e12, 'tn'],
    [1e9, 'bn'],
    [1e6, 'm'],
  ] as const) {
    if (v < size) continue;
    if (!exact) return sign + oneDecimal(v / size) + name;
    const scaled = groupDigits(v / size, 6);
    // Not exact within six decimals (a value with cents): every digit instead.
    return sign + (Math.abs(Number(scaled.replace(/,/g, '')) * size - v) < 0.005 ? scaled + name : groupDigits(v, 2));
  }
  return sign + groupDigits(v, exact ? 2 : v >= 1000 ? 0 : 2);
}

function oneDecimal(x: number): string {
  const s = groupDigits(x, 1);
  return s.includes('.') ? s : s + '.0';
}

/** Money: ja 「3,800億元」, en "CNY 380.0bn". `exact`: never rounded (what an article or the KB
 *  states: 「528億4,300万元」, "CNY 52.843bn"); else about four significant digits (conversions). */
export function formatMoney(value: number, currency: string, lang: UiLang, exact = false): string {
  if (lang === 'ja') return (exact ? jaExact(value) : jaAmount(value)) + (isCurrency(currency) ? unitLabel(currency, 'ja') : ' ' + currency);
  return `${currency} ${enAmount(value, exact)}`;
}

/** A count with its unit: ja 「1兆パラメータ」, en "1tn params" (exact: as stated). */
export function formatCount(value: number, unit: string, lang: UiLang, exact = true): string {
  const u = unitLabel(unit, lang);
  if (lang === 'ja') return (exact ? jaExact(value) : jaAmount(value)) + u;
  return enAmount(value, exact) + (u ? ' ' + u : '');
}

/** An exchange rate, 1 `from` = value `to`: 「1元=約21円」, "CNY 1 ≈ JPY 21". */
export function formatRate(value: number, from: string, to: string, lang: UiLang, approx?: Figure['approx']): string {
  const about = approx === 'about' || approx === 'nearly';
  if (lang === 'ja') return `1${label(from)}=${about ? '約' : ''}${groupDigits(value, 4)}${label(to)}`;
  return `${from} 1 ${about ? '≈' : '='} ${to} ${groupDigits(value, 4)}`;
}

const label = (code: string) => (isCurrency(code) ? unitLabel(code, 'ja') : code);

function approxWrap(text: string, approx: Figure['approx'], lang: UiLang): string {
  if (!approx) return text;
  if (lang === 'ja') {
    const ja = { about: ['約', ''], over: ['', '超'], under: ['', '未満'], atleast: ['', '以上'], nearly: ['', '近く'] }[approx];
    return ja[0] + text + ja[1];
  }
  const en = { about: '≈', over: '>', under: '<', atleast: '≥', nearly: '~' }[approx];
  return en + text;
}

/** The figure's own value as stated, normalised and never rounded: 「3,800億元超」, 「528億4,300万元」,
 *  "63%増 (前年同期比)", "2025年7-9月期", 「1元=約21円」. */
export function formatFigureValue(fig: Figure, lang: UiLang): string {
  if (fig.kind === 'rate' && String(fig.unit).includes('/')) {
    // a rate's unit is QUOTE/BASE: 1元=約21円 is 21 JPY/CNY
    const [to, from] = String(fig.unit).split('/');
    if (from && to) return formatRate(fig.value, from, to, lang, fig.approx);
  }
  let text: string;
  switch (fig.kind) {
    case 'money':
      text = formatMoney(fig.value, String(fig.unit), lang, true);
      if (fig.valueMax != null) text += (lang === 'ja' ? '〜' : '–') + formatMoney(fig.valueMax, String(fig.unit), lang, true);
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
      if (fig.valueMax != null) text += (lang === 'ja' ? '〜' : '–') + formatCount(fig.valueMax, String(fig.unit), lang);
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
    return lang === 'ja' ? `${a.y}年${a.m}月〜${b.y}年${b.m}月` : `${EN_MONTHS[a.m - 1]} ${a.y} – ${EN_MONTHS[b.m - 1]} ${b.y}`;
  }
  if (p.start === p.end) return formatDate(p.start, lang);
  return `${formatDate(p.start, lang)} – ${formatDate(p.end, lang)}`;
}

/** Salience or score as a whole percentage: 0.734 → "73%". */
export function formatScore(score: number): string {
  return Math.round(Math.max(0, Math.min(1, score)) * 100) + '%';
}

/** Any KB or figure value with its unit: money, percent, points or a count; exact unless told
 *  otherwise (a reported value is never shown rounded). */
export function formatValue(value: number, unit: string, lang: UiLang, exact = true): string {
  if (isMoneyUnit(unit)) return formatMoney(value, unit, lang, exact);
  if (unit === 'percent') return groupDigits(value, 2) + '%';
  if (unit === 'pt') return groupDigits(value, 2) + (lang === 'ja' ? 'ポイント' : ' pt');
  if (unit === 'date') return formatDate(value, lang);
  return formatCount(value, unit, lang, exact);
}
