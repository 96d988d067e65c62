// Pointer hit-testing against highlighted ranges (caret position from point → binary search in the
// text node's intervals → check the range's boxes), with a dwell delay before the card opens.
import type { HitIndex } from './hit-index';

export interface HoverDeps {
  doc: Document;
  index: HitIndex;
  ranges: (id: number) => Range[];
  delay: () => number;
  /** Is the event inside our card? */
  inCard: (e: Event) => boolean;
  cardOpen: () => boolean;
  onShow: (id: number, anchor: DOMRect) => void;
  onHide: () => void;
}

const HIDE_GRACE_MS = 350;

export function startHover(d: HoverDeps): { stop: () => void; opened: () => void } {
  const win = d.doc.defaultView!;
  let x = 0;
  let y = 0;
  let frame = 0;
  let current = -1; // item under the pointer
  let shown = -1; // item whose card is open via hover
  let dwell = 0;
  let hide = 0;

  const cancelHide = () => {
    win.clearTimeout(hide);
    hide = 0;
  };
  const scheduleHide = () => {
    if (hide || !d.cardOpen()) return;
    hide = win.setTimeout(() => {
      hide = 0;
      shown = -1;
      d.onHide();
    }, HIDE_GRACE_MS);
  };

  const tick = () => {
    frame = 0;
    const hit = hitTest(d, x, y);
    if (hit.id < 0) {
      // Off any highlight (also after leaving the card): a hover-opened card goes after a grace time.
      win.clearTimeout(dwell);
      current = -1;
      if (shown >= 0) scheduleHide();
      return;
    }
    if (hit.id === current) {
      if (hit.id === shown) cancelHide();
      return;
    }
    current = hit.id;
    win.clearTimeout(dwell);
    if (hit.id === shown && d.cardOpen()) return cancelHide();
    const id = hit.id;
    const rect = hit.rect!;
    dwell = win.setTimeout(
      () => {
        cancelHide();
        shown = id;
        d.onShow(id, rect);
      },
      Math.max(0, d.delay()),
    );
  };

  const onMove = (e: MouseEvent) => {
    if (d.inCard(e)) {
      cancelHide();
      win.clearTimeout(dwell);
      current = -1;
      return;
    }
    x = e.clientX;
    y = e.clientY;
    if (!frame) frame = win.requestAnimationFrame(tick);
  };
  const onOut = (e: MouseEvent) => {
    if (e.relatedTarget) return;
    win.clearTimeout(dwell);
    current = -1;
    if (shown >= 0) scheduleHide();
  };

  d.doc.addEventListener('mousemove', onMove, { passive: true, capture: true });
  d.doc.addEventListener('mouseout', onOut, { passive: true, capture: true });
  return {
    stop() {
      d.doc.removeEventListener('mousemove', onMove, { capture: true });
      d.doc.removeEventListener('mouseout', onOut, { capture: true });
      win.cancelAnimationFrame(frame);
      win.clearTimeout(dwell);
      cancelHide();
    },
    /** A card was opened another way (keyboard): it stays until Escape or a click outside. */
    opened() {
      shown = -1;
      current = -1;
      win.clearTimeout(dwell);
      cancelHide();
    },
  };
}

/** The text position under (x, y): caretPositionFromPoint (Chrome 128+, Firefox; see the manifest's minimum versions). */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const p = doc.caretPositionFromPoint(x, y);
  return p ? { node: p.offsetNode, offset: p.offset } : null;
}

/** The highlighted item under (x, y), with the box of its line under the pointer. */
export function hitTest(d: Pick<HoverDeps, 'doc' | 'index' | 'ranges'>, x: number, y: number): { id: number; rect?: DOMRect } {
  const caret = caretAt(d.doc, x, y);
  if (!caret || caret.node.nodeType !== 3 || !d.index.has(caret.node)) return { id: -1 };
  for (const id of d.index.find(caret.node, caret.offset)) {
    for (const r of d.ranges(id)) {
      for (const box of Array.from(r.getClientRects())) {
        if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) return { id, rect: box };
      }
    }
  }
  return { id: -1 };
}
