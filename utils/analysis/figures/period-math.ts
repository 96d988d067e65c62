// Day arithmetic on periods (ISO dates, UTC): starts and ends in epoch ms, lengths, overlaps.
import type { Period } from '../kb/types';

// Date.parse is slow and the checks compare the same few dates many times: remember them.
const MS = new Map<string, number>();
function dayMs(d: string): number {
  let v = MS.get(d);
  if (v === undefined) {
    if (MS.size >= 4096) MS.clear();
    MS.set(d, (v = Date.parse(d + 'T00:00:00Z')));
  }
  return v;
}
export const startMs = (p: Period) => dayMs(p.start);
const endMs = (p: Period) => dayMs(p.end);
export const days = (p: Period) => Math.round((endMs(p) - startMs(p)) / 86400000) + 1;

/** Days two periods share. */
export function overlapDays(a: Period, b: Period): number {
  const s = Math.max(startMs(a), startMs(b));
  const e = Math.min(endMs(a), endMs(b));
  return e < s ? 0 : Math.round((e - s) / 86400000) + 1;
}

/** Same period within a few days at each end (a quarter vs the same quarter). */
export function samePeriod(a: Period, b: Period): boolean {
  return Math.abs(startMs(a) - startMs(b)) <= 5 * 86400000 && Math.abs(endMs(a) - endMs(b)) <= 5 * 86400000;
}
