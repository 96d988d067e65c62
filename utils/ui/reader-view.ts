// What the reader sees of a page's figures, made consistent once in the background before any view
// shows them: every amount converted at ONE rate for the page (the article's month, else the
// latest), so one figure never shows two yen amounts; a date the article writes without a year
// (2月24日, Sept. 10) placed in the year nearest the article's date. Pure.
import type { Converted, Figure } from '../analysis/types';

/** Converts an amount at one month's reference rates (the background passes the KB's). */
export type Convert = (value: number, unit: string) => Converted | undefined;

const ms = (iso: string) => Date.parse(iso.slice(0, 10) + 'T00:00:00Z');
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Does the text of a date state its year? (2025年2月24日, Feb 24, 2025, 2025-02-24, '25) */
export function statesYear(surface: string): boolean {
  return /\d{4}|[0-9０-９]{2}\s*年|['’]\d{2}\b|[一二三四五六七八九〇零]{4}年|今年|昨年|去年|来年|前年|明年|本年/.test(surface);
}

/** The same month and day in the year that puts it nearest the article's date. */
export function nearestYear(date: string, articleDate: string): string {
  const a = ms(articleDate);
  const [, m, d] = date.split('-');
  const y = Number(articleDate.slice(0, 4));
  let best = date;
  let gap = Infinity;
  for (const year of [y - 1, y, y + 1]) {
    const cand = `${year}-${m}-${d}`;
    const t = ms(cand);
    if (!Number.isFinite(t) || iso(t) !== cand) continue; // 2月29日 in a year without one
    if (Math.abs(t - a) < gap) {
      gap = Math.abs(t - a);
      best = cand;
    }
  }
  return best;
}

/** A year-less one-day date figure moved to the year nearest the article's date (others as they are). */
export function placeDate(f: Figure, articleDate: string): Figure {
  if (f.kind !== 'date' || !f.period || f.period.start !== f.period.end || statesYear(f.surface)) return f;
  const day = nearestYear(f.period.start, articleDate);
  if (day === f.period.start) return f;
  return { ...f, value: ms(day), period: { ...f.period, start: day, end: day, label: day } };
}

/**
 * The page's figures as the reader sees them. `convert` converts at the article's month (or the
 * latest when the article has no date); the check keeps its own rate, which the card names.
 */
export function readerFigures(figures: Figure[], opts: { articleDate?: string; convert?: Convert }): Figure[] {
  return figures.map((f) => {
    let out = f;
    if (opts.articleDate) out = placeDate(out, opts.articleDate);
    if (opts.convert && out.kind === 'money') {
      const c = opts.convert(out.value, String(out.unit));
      if (c) out = { ...out, converted: c };
    }
    return out;
  });
}
