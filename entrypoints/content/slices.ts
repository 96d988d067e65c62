// Painting many highlights without blocking the page: work in slices, yielding between them, the
// part of the text the reader is looking at first.
import type { Segment } from '../../utils/dom/collect';

/** Items painted per task (a slice costs a few ms). */
export const SLICE = 1000;

/**
 * Lets the page run its own tasks (timers, input, rendering) before the next slice. A plain timer:
 * scheduler.yield() continuations run ahead of the page's timers, which would stay late.
 */
export function yieldToPage(win: Window): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** Text offset (local to the segments' text) of the first segment that reaches into the viewport. */
export function viewportOffset(segments: Segment[], doc: Document): number {
  if (!segments.length || !doc.defaultView || doc.defaultView.scrollY <= 0) return segments[0]?.start ?? 0;
  const r = doc.createRange();
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const node = segments[mid]!.node;
    let above = false;
    if (node.isConnected) {
      r.selectNodeContents(node);
      const rect = r.getBoundingClientRect();
      above = rect.bottom < 0 && (rect.width > 0 || rect.height > 0);
    }
    if (above) lo = mid + 1;
    else hi = mid;
  }
  return segments[Math.min(lo, segments.length - 1)]!.start;
}

/** Items (sorted by start) reordered: from `near` onward first, then the earlier ones nearest first. */
export function nearFirst<T extends { start: number }>(items: T[], near: number): T[] {
  let at = items.findIndex((it) => it.start >= near);
  if (at < 0) at = items.length;
  return at === 0 ? items : [...items.slice(at), ...items.slice(0, at).reverse()];
}
