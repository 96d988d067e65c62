// Currency conversion with the KB's FX references (nearest in date to the figure's period end,
// the latest when unknown; cross rates through USD), and the conversion pairs an article writes:
// 3,800億元(約7.8兆円), 3,800億元、つまり約530億ドル, RMB236.5 billion (US$33.7 billion).
import type { FxEdge, FxGraph, PreparedKb } from '../prepared-kb';
import type { FxRate } from '../kb/types';
import type { Converted, Figure } from '../types';
import { statesCurrency } from './units';
import { isCurrency, READER_CURRENCIES } from '../vocabulary/currencies';

const MS = new Map<string, number>(); // Date.parse is slow; the same few dates come back
function dayMs(iso: string): number {
  let v = MS.get(iso);
  if (v === undefined) {
    if (MS.size >= 4096) MS.clear();
    MS.set(iso, (v = Date.parse(iso.slice(0, 10) + 'T00:00:00Z')));
  }
  return v;
}

type Edge = FxEdge;
type Graph = FxGraph;

/** graphAt, kept per date in the prepared KB. */
function graph(kb: PreparedKb, date?: string): Graph {
  const key = date?.slice(0, 10) ?? '';
  let g = kb.fxGraphs.get(key);
  if (!g) {
    if (kb.fxGraphs.size >= 4096) kb.fxGraphs.clear();
    kb.fxGraphs.set(key, (g = graphAt(kb.fx, date)));
  }
  return g;
}

/** For each currency pair, the FX record nearest to `date` (the latest when no date). */
function graphAt(fx: FxRate[], date?: string): Graph {
  const best = new Map<string, FxRate>();
  const t = date ? dayMs(date) : Infinity;
  for (const r of fx) {
    const key = [r.base, r.quote].sort().join('|');
    const cur = best.get(key);
    const d = Math.abs(dayMs(r.date) - t);
    if (!cur || d < Math.abs(dayMs(cur.date) - t) || (d === Math.abs(dayMs(cur.date) - t) && r.date > cur.date)) best.set(key, r);
  }
  const g = new Map<string, Edge[]>();
  const add = (from: string, e: Edge) => (g.get(from) ?? g.set(from, []).get(from)!).push(e);
  for (const r of best.values()) {
    add(r.base, { to: r.quote, rate: r.rate, date: r.date });
    add(r.quote, { to: r.base, rate: 1 / r.rate, date: r.date });
  }
  return g;
}

/** Rate from → to (1 from = rate to) over the fewest FX records; dates of the records used. */
function pathRate(g: Map<string, Edge[]>, from: string, to: string): { rate: number; dates: string[] } | undefined {
  if (from === to) return { rate: 1, dates: [] };
  const seen = new Map<string, { rate: number; dates: string[] }>([[from, { rate: 1, dates: [] }]]);
  let frontier = [from];
  for (let depth = 0; depth < 3 && frontier.length; depth++) {
    const next: string[] = [];
    for (const c of frontier) {
      const here = seen.get(c)!;
      for (const e of g.get(c) ?? []) {
        if (seen.has(e.to)) continue;
        const v = { rate: here.rate * e.rate, dates: [...here.dates, e.date] };
        if (e.to === to) return v;
        seen.set(e.to, v);
        next.push(e.to);
      }
    }
    frontier = next;
  }
  return undefined;
}

/** 1 `from` in `to` at `date`, via USD when there is no direct record; undefined when unknown. */
export function rateAt(kb: PreparedKb, from: string, to: string, date?: string): { rate: number; date: string } | undefined {
  if (!isCurrency(from) || !isCurrency(to)) return undefined;
  if (from === to) return { rate: 1, date: date ?? '' };
  const g = graph(kb, date);
  const viaUsd = from !== 'USD' && to !== 'USD' ? [pathRate(g, from, 'USD'), pathRate(g, 'USD', to)] : null;
  const p = viaUsd && viaUsd[0] && viaUsd[1]
    ? { rate: viaUsd[0].rate * viaUsd[1].rate, dates: [...viaUsd[0].dates, ...viaUsd[1].dates] }
    : pathRate(g, from, to);
  if (!p) return undefined;
  return { rate: p.rate, date: farthest(p.dates, date) };
}

function farthest(dates: string[], date?: string): string {
  if (!dates.length) return date ?? '';
  if (!date) return [...dates].sort()[0]!;
  const t = dayMs(date);
  return dates.reduce((a, b) => (Math.abs(dayMs(b) - t) > Math.abs(dayMs(a) - t) ? b : a));
}

/** The amount in CNY, USD and JPY with the FX reference nearest to `date`. */
export function convertMoney(value: number, unit: string, kb: PreparedKb, date?: string): Converted | undefined {
  if (!Number.isFinite(value) || !isCurrency(unit)) return undefined;
  const out: Partial<Converted> = {};
  const used: string[] = [];
  for (const c of READER_CURRENCIES) {
    const r = rateAt(kb, unit, c, date);
    if (!r) return undefined;
    out[c] = value * r.rate;
    if (r.date) used.push(r.date);
  }
  return { ...(out as Omit<Converted, 'rateDate'>), rateDate: farthest(used, date) };
}

const YEAR_MS = 366 * 86_400_000;

/** The date whose rate converts a figure: its period's end, but a plan's start (announcement) when
 *  the period runs over more than a year (3,800億元 over 2025–2028 is priced at 2025 rates). */
export function rateDateFor(f: Figure): string | undefined {
  const p = f.period;
  if (!p) return undefined;
  return dayMs(p.end) - dayMs(p.start) > YEAR_MS ? p.start : p.end;
}

/** Sets `converted` on every money figure with a known currency. */
export function convertFigures(figures: Figure[], kb: PreparedKb): void {
  if (!kb.fx.length) return;
  for (const f of figures) {
    if (f.kind !== 'money' || !isCurrency(String(f.unit))) continue;
    const c = convertMoney(f.value, String(f.unit), kb, rateDateFor(f));
    if (c) f.converted = c;
  }
}

/** Every rate the KB can give for from → to (each FX date, direct and via USD), for lenient checks. */
export function allRates(kb: PreparedKb, from: string, to: string): Array<{ rate: number; date: string }> {
  const key = `${from}|${to}`;
  let out = kb.fxRates.get(key);
  if (!out) kb.fxRates.set(key, (out = ratesOverDates(kb, from, to)));
  return out;
}

function ratesOverDates(kb: PreparedKb, from: string, to: string): Array<{ rate: number; date: string }> {
  const out: Array<{ rate: number; date: string }> = [];
  const dates = [...new Set(kb.fx.map((r) => r.date))];
  for (const d of dates) {
    const r = rateAt(kb, from, to, d);
    if (r) out.push({ rate: r.rate, date: r.date || d });
    const g = graph(kb, d);
    const direct = pathRate(g, from, to);
    if (direct) out.push({ rate: direct.rate, date: farthest(direct.dates, d) });
  }
  return out;
}

const OPEN_PAIR = /^\s?[(（]\s?$/;
const SAY_PAIR = /^\s?[、,，]?\s?(?:つまり|すなわち|即|约合|約合|相当于|相当|or|i\.e\.,?|or about|equivalent to)?\s?$/i;
const NEXT_IN_PAREN = /^\s?[、,，/]\s?(?:または|or)?\s?$/;
/** "…398億元だった。日本円にすると約8,400億円": the next sentence opens with the conversion. */
const NEXT_SENTENCE = /^[^0-9。\n]{0,12}[。.!！]?\s*(?:これ[はを])?\s?(?:日本円|円|米ドル|ドル|人民元|元|美元|日元|人民币)\s?(?:に換算すると|に換算して|に直すと|にすると|換算で|ベースで|建てで|で|では)\s?$|^[^0-9。\n]{0,12}[。]\s*(?:折合|约合|約合|相当于)(?:人民币|美元|日元)?\s?$/;

/** Conversions an article writes next to an amount: index of the converted figure → its source. */
export function conversionPairs(figures: Figure[], text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  for (let k = 1; k < figures.length; k++) {
    const b = figures[k]!;
    if (b.kind !== 'money' || !statesCurrency(b.surface)) continue;
    const prev = figures[k - 1]!;
    if (prev.kind !== 'money') continue;
    const gap = text.slice(prev.end, b.start);
    const src = pairs.has(k - 1) && (NEXT_IN_PAREN.test(gap) || NEXT_SENTENCE.test(gap)) ? pairs.get(k - 1)! : OPEN_PAIR.test(gap) || NEXT_SENTENCE.test(gap) || (SAY_PAIR.test(gap) && (/つまり|すなわち|即|约合|約合|相当|or|i\.e|equivalent/i.test(gap) || /^(?:约合|約合|相当于)/.test(b.surface))) ? k - 1 : -1;
    if (src < 0) continue;
    const a = figures[src]!;
    if (!statesCurrency(a.surface) || a.unit === b.unit) continue;
    pairs.set(k, src);
  }
  return pairs;
}

