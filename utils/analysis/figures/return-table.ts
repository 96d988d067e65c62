// Market tables whose columns are returns over a span up to an as-of date (broker columns:
// "騰落率(5日) 騰落率(1ヵ月) 騰落率(3ヵ月)" under "(1/11(水)までの騰落率)"): the k-th percentage of
// each row is about the k-th column's span. N日 counts trading days (weekdays) back from the as-of
// day; Nヵ月 / N年 count calendar months back (the day after the same date). Linear in the text.
import type { Period } from '../kb/types';
import type { Figure } from '../types';

const HEADER = /騰落率\s*[(（]\s*(\d{1,2})\s*(日|営業日|週|ヵ月|カ月|か月|ヶ月|ケ月|年)\s*[)）]/g;
const AS_OF = /(\d{1,2})\/(\d{1,2})\s*[(（][月火水木金土日][)）]\s*まで/g;
const ROW_START = /^\s*\d{4,6}\s/;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The span of a column ending on `end` (ISO). */
function span(n: number, unit: string, end: string): Period {
  const e = new Date(end + 'T00:00:00Z');
  const s = new Date(e);
  if (unit === '日' || unit === '営業日') {
    for (let left = n - 1; left > 0;) {
      s.setUTCDate(s.getUTCDate() - 1);
      if (s.getUTCDay() !== 0 && s.getUTCDay() !== 6) left--;
    }
  } else if (unit === '週') {
    s.setUTCDate(s.getUTCDate() - 7 * n + 1);
  } else {
    const months = unit === '年' ? 12 * n : n;
    const day = e.getUTCDate();
    s.setUTCDate(1);
    s.setUTCMonth(s.getUTCMonth() - months);
    const last = new Date(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 0)).getUTCDate();
    s.setUTCDate(Math.min(day, last) + 1);
  }
  return { start: iso(s), end, label: `${n}${unit} to ${end}` };
}

/** The as-of day (M/D) in the year that puts it on or before the article's date. */
function asOf(m: number, d: number, articleDate: string): string | undefined {
  const y = Number(articleDate.slice(0, 4));
  for (const yy of [y, y - 1]) {
    const t = new Date(Date.UTC(yy, m - 1, d));
    if (t.getUTCMonth() === m - 1 && iso(t) <= articleDate.slice(0, 10)) return iso(t);
  }
  return undefined;
}

/** Percent figures of return-table rows → the span of their column. */
export function returnTablePeriods(text: string, figures: Figure[], articleDate: string | undefined): Map<Figure, Period> {
  const out = new Map<Figure, Period>();
  if (!articleDate || !text.includes('騰落率')) return out;
  const heads = [...text.matchAll(HEADER)];
  if (heads.length < 2) return out;
  // columns: consecutive header labels (closer than 40 chars), with the as-of date before them
  const cols: Array<{ n: number; unit: string }> = [];
  let end = -1;
  let headEnd = 0;
  for (const h of heads) {
    if (cols.length && h.index! - headEnd > 40) break;
    cols.push({ n: Number(h[1]), unit: h[2]! });
    headEnd = h.index! + h[0].length;
  }
  let day: string | undefined;
  for (const a of text.slice(0, heads[0]!.index).matchAll(AS_OF)) day = asOf(Number(a[1]), Number(a[2]), articleDate) ?? day;
  if (!day || cols.length < 2) return out;
  const periods = cols.map((c) => span(c.n, c.unit, day));
  end = headEnd;
  // rows: lines after the header that start with a security code and hold one percentage per column
  const pct = figures.filter((f) => f.kind === 'percent' && f.start >= end);
  let k = 0;
  for (let la = end; la < text.length;) {
    let lb = text.indexOf('\n', la);
    if (lb < 0) lb = text.length;
    const row: Figure[] = [];
    while (k < pct.length && pct[k]!.start < lb) {
      if (pct[k]!.start >= la) row.push(pct[k]!);
      k++;
    }
    if (ROW_START.test(text.slice(la, lb)) && row.length >= cols.length) row.slice(0, cols.length).forEach((f, c) => out.set(f, periods[c]!));
    la = lb + 1;
  }
  return out;
}
