// Which highlights are registered with the browser at a time. Chromium re-validates every range of
// every registered highlight whenever one changes, so on a page with thousands of highlights each
// addition (and the page's next style and paint) costs in proportion to all of them: on a 1 MB
// article 8,000 ranges meant one ~85 ms task. A page with more than WINDOW_ALL items registers only
// those within a few screens of the viewport, and follows the reader's scrolling; the rest stay in
// the hit index and the keyboard order, and are registered when they come near.
import type { Segment } from '../../utils/dom/collect';

/** Pages with at most this many items register them all (no scroll watching). */
export const WINDOW_ALL = 1500;
/** Screens above and below the viewport whose items are registered. */
const SCREENS_ABOVE = 2;
const SCREENS_BELOW = 3;
/** Scrolling settles for this long before the window moves. */
const SCROLL_SETTLE_MS = 120;

/** The span [lo, hi) of local text offsets whose segments lie within [top, bottom] px of the viewport. */
export function offsetSpan(segments: Segment[], doc: Document, top: number, bottom: number): [number, number] {
  if (!segments.length) return [0, 0];
  const r = doc.createRange();
  const rectOf = (i: number): DOMRect | null => {
    const node = segments[i]!.node;
    if (!node.isConnected) return null;
    r.selectNodeContents(node);
    const rect = r.getBoundingClientRect();
    return rect.width > 0 || rect.height > 0 ? rect : null;
  };
  // First segment not entirely above `top`, and first segment entirely below `bottom` (document
  // order follows layout order for article text; hidden nodes count as not above / not below).
  const search = (pred: (rect: DOMRect) => boolean) => {
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const rect = rectOf(mid);
      if (rect && pred(rect)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const first = search((rect) => rect.bottom < top);
  const end = search((rect) => rect.top <= bottom);
  const a = segments[Math.min(first, segments.length - 1)]!.start;
  const b = end >= segments.length ? Infinity : segments[end]!.start;
  return [a, Math.max(a, b)];
}

/** The px band around the viewport whose items are registered. */
export function band(win: Window): [number, number] {
  const h = win.innerHeight || 800;
  return [-SCREENS_ABOVE * h, (1 + SCREENS_BELOW) * h];
}

/** Calls `moved` after the reader scrolled (any scroller in the page), at most once per settle. */
export function watchScroll(doc: Document, moved: () => void): () => void {
  const win = doc.defaultView!;
  let timer = 0;
  const on = () => {
    if (timer) return;
    timer = win.setTimeout(() => {
      timer = 0;
      moved();
    }, SCROLL_SETTLE_MS);
  };
  doc.addEventListener('scroll', on, { capture: true, passive: true });
  win.addEventListener('resize', on, { passive: true });
  return () => {
    win.clearTimeout(timer);
    doc.removeEventListener('scroll', on, { capture: true });
    win.removeEventListener('resize', on);
  };
}
