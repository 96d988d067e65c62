// Currency conversion with the KB's reference rates: each month's average against the US dollar
// (Fed H.10), cross rates through USD from the same month. A figure converts at its own date when it
// has one (a quarter's end, a plan's start), else at the article's month, else at the latest month,
// and says which. Rates a page or a filing stated (kind 'stated') are never used here.
// Also the conversion pairs an article writes: 3,800億元(約7.8兆円), 3,800億元、つまり約530億ドル,
// RMB236.5 billion (US$33.7 billion).
import type { PreparedKb } from '../prepared-kb';
import type { FxRate } from '../kb/types';
import type { Converted, Figure, RateBasis } from '../types';
import { statesCurrency } from './units';
import { isCurrency, READER_CURRENCIES } from '../vocabulary/currencies';

interface MonthRate {
  perUsd: number; // units of the currency per US dollar
  id: string; // the FX record
}

/** Reference rates per currency: month (YYYY-MM) → rate, and the months in order. */
export interface FxIndex {
  byMonth: Map<string, Map<string, MonthRate>>;
  months: Map<string, string[]>;
}

/** One rate between two currencies in one month. */
export interface FxQuote {
  rate: number; // 1 from = rate to
  month: string; // YYYY-MM of the rates used (the farther one when the two legs differ)
  exact: boolean; // the month asked for (false: the nearest month the KB has, or the latest without a date)
  ids: string[]; // FX records used
}

/** Indexes the reference records (not 'stated'; against USD) by currency and month. */
export function buildFxIndex(fx: FxRate[]): FxIndex {
  const byMonth = new Map<string, Map<string, MonthRate>>();
  for (const r of fx) {
    if (r.kind === 'stated' || (r.base !== 'USD') === (r.quote !== 'USD')) continue;
    const cur = r.base === 'USD' ? r.quote : r.base;
    const perUsd = r.base === 'USD' ? r.rate : 1 / r.rate;
    const m = byMonth.get(cur) ?? byMonth.set(cur, new Map()).get(cur)!;
    const month = r.date.slice(0, 7);
    // a month's average wins over a rate of one day in that month
    if (!m.has(month) || r.kind === 'month-average') m.set(month, { perUsd, id: r.id });
  }
  const months = new Map<string, string[]>();
  for (const [c, m] of byMonth) months.set(c, [...m.keys()].sort());
  return { byMonth, months };
}

const monthNo = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

/** The KB's month for a currency nearest the one asked (the latest without one). */
function legAt(ix: FxIndex, cur: string, month?: string): { perUsd: number; month: string; id?: string } | undefined {
  const list = ix.months.get(cur);
  if (cur === 'USD') return { perUsd: 1, month: month ?? '' };
  if (!list?.length) return undefined;
  let best = list[list.length - 1]!;
  if (month) {
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < month) lo = mid + 1;
      else hi = mid;
    }
    best = list[lo]!;
    if (lo > 0 && Math.abs(monthNo(list[lo - 1]!) - monthNo(month)) <= Math.abs(monthNo(best) - monthNo(month))) best = list[lo - 1]!;
  }
  const r = ix.byMonth.get(cur)!.get(best)!;
  return { perUsd: r.perUsd, month: best, id: r.id };
}

/** 1 `from` in `to` at the rates of the month of `date` (ISO date or YYYY-MM); the latest month
 *  when there is no date. Undefined for a currency without reference rates. */
export function rateAt(kb: PreparedKb, from: string, to: string, date?: string): FxQuote | undefined {
  if (!isCurrency(from) || !isCurrency(to)) return undefined;
  const month = date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : undefined;
  if (from === to) return { rate: 1, month: month ?? '', exact: true, ids: [] };
  const ix = kb.fxIndex;
  const a = legAt(ix, from, month);
  const b = legAt(ix, to, month);
  if (!a || !b) return undefined;
  const legs = [a, b].filter((l) => l.id);
  const used = pickMonth(
    legs.map((l) => l.month),
    month,
  );
  return { rate: b.perUsd / a.perUsd, month: used, exact: !!month && legs.every((l) => l.month === month), ids: legs.map((l) => l.id!) };
}

/** Of the months of the rates used, the one to name: the farthest from the month asked, else the earliest. */
function pickMonth(months: string[], month?: string): string {
  if (!months.length) return month ?? '';
  if (!month) return [...months].sort()[0]!;
  const t = monthNo(month);
  return months.reduce((a, b) => (Math.abs(monthNo(b) - t) > Math.abs(monthNo(a) - t) ? b : a));
}

/** The amount in CNY, USD and JPY at the rates of `date`'s month. */
export function convertMoney(value: number, unit: string, kb: PreparedKb, date?: string, basis: RateBasis = date ? 'figure' : 'latest'): Converted | undefined {
  if (!Number.isFinite(value) || !isCurrency(unit)) return undefined;
  const out: Partial<Converted> = {};
  const months: string[] = [];
  for (const c of READER_CURRENCIES) {
    const r = rateAt(kb, unit, c, date);
    if (!r) return undefined;
    out[c] = value * r.rate;
    if (r.ids.length) months.push(r.month);
  }
  return { ...(out as Omit<Converted, 'rateDate' | 'rateBasis'>), rateDate: pickMonth(months, date?.slice(0, 7)), rateBasis: basis };
}

const YEAR_MS = 366 * 86_400_000;
const ms = (iso: string) => Date.parse(iso.slice(0, 10) + 'T00:00:00Z');

/** The date whose rate converts a figure: its period's end, but a plan's start (announcement) when
 *  the period runs over more than a year (3,800億元 over 2025–2028 is priced at 2025 rates). */
export function rateDateFor(f: Figure): string | undefined {
  const p = f.period;
  if (!p) return undefined;
  return ms(p.end) - ms(p.start) > YEAR_MS ? p.start : p.end;
}

/** When a figure converts, and why: its own date (a period the text states), else the article's,
 *  else a period the analysis inferred, else none (the latest rates). */
function rateDateOf(f: Figure, articleDate?: string): { date?: string; basis: RateBasis } {
  if (f.period && f.via?.period !== 'assumed') return { date: rateDateFor(f), basis: 'figure' };
  if (articleDate) return { date: articleDate, basis: 'article' };
  if (f.period) return { date: rateDateFor(f), basis: 'figure' };
  return { basis: 'latest' };
}

/** Sets `converted` on every money figure with a known currency. */
export function convertFigures(figures: Figure[], kb: PreparedKb, articleDate?: string): void {
  if (!kb.fx.length) return;
  for (const f of figures) {
    if (f.kind !== 'money' || !isCurrency(String(f.unit))) continue;
    const { date, basis } = rateDateOf(f, articleDate);
    const c = convertMoney(f.value, String(f.unit), kb, date, basis);
    if (c) f.converted = c;
  }
}

const OPEN_PAIR = /^\s?[(（]\s?$/;
const SAY_PAIR = /^\s?[、,，]?\s?(?:つまり|すなわち|即|约合|約合|相当于|相当|or|i\.e\.,?|or about|equivalent to)?\s?$/i;
const NEXT_IN_PAREN = /^\s?[、,，/]\s?(?:または|or)?\s?$/;
/** "…398億元だった。日本円にすると約8,400億円": the next sentence opens with the conversion. */
const NEXT_SENTENCE =
  /^[^0-9。\n]{0,12}[。.!！]?\s*(?:これ[はを])?\s?(?:日本円|円|米ドル|ドル|人民元|元|美元|日元|人民币)\s?(?:に換算すると|に換算して|に直すと|にすると|換算で|ベースで|建てで|で|では)\s?$|^[^0-9。\n]{0,12}[。]\s*(?:折合|约合|約合|相当于)(?:人民币|美元|日元)?\s?$/;

/** Conversions an article writes next to an amount: index of the converted figure → its source. */
export function conversionPairs(figures: Figure[], text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  for (let k = 1; k < figures.length; k++) {
    const b = figures[k]!;
    if (b.kind !== 'money' || !statesCurrency(b.surface)) continue;
    const prev = figures[k - 1]!;
    if (prev.kind !== 'money') continue;
    const gap = text.slice(prev.end, b.start);
    const src =
      pairs.has(k - 1) && (NEXT_IN_PAREN.test(gap) || NEXT_SENTENCE.test(gap))
        ? pairs.get(k - 1)!
        : OPEN_PAIR.test(gap) ||
            NEXT_SENTENCE.test(gap) ||
            (SAY_PAIR.test(gap) && (/つまり|すなわち|即|约合|約合|相当|or|i\.e|equivalent/i.test(gap) || /^(?:约合|約合|相当于)/.test(b.surface)))
          ? k - 1
          : -1;
    if (src < 0) continue;
    const a = figures[src]!;
    if (!statesCurrency(a.surface) || a.unit === b.unit) continue;
    pairs.set(k, src);
  }
  return pairs;
}
