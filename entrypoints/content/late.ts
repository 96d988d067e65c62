// Late content: text added after the first pass (infinite scroll, live blogs, lazy article bodies).
// Collects only ADDED subtrees, debounced, and hands them over as a new chunk. Backs off on pages
// that keep rewriting themselves.
import { collectText, insideSkipped, type CollectOptions, type Segment } from '../../utils/dom/collect';
import { precheck } from '../../utils/analysis/precheck/precheck';
import type { PageNote } from '../../utils/analysis/notes';

export interface LateDeps {
  doc: Document;
  opts: CollectOptions;
  /** Text nodes already analysed (moved nodes are not sent twice). */
  known: (t: Text) => boolean;
  /** Whether an added node may hold article text (see late-filter.ts). */
  accept: (n: Node) => boolean;
  emit: (text: string, segments: Segment[], note?: PageNote) => void;
}

const DEBOUNCE_MS = 300;
const MAX_DELAY_MS = 8000;
const WINDOW_MS = 10_000;
const WINDOW_CHARS = 150_000; // per window before backing off
const WINDOW_BATCHES = 12;
const TOTAL_CHARS = 2_000_000; // then stop watching
const SHORT = 20;

export class LateContent {
  private mo: MutationObserver;
  private pending = new Set<Node>();
  private timer = 0;
  private delay = DEBOUNCE_MS;
  private windowStart = 0;
  private windowChars = 0;
  private windowBatches = 0;
  private total = 0;
  private note: PageNote | undefined;
  /** While held, added nodes are only gathered (see hold()). */
  private held = false;
  stopped = false;

  constructor(private d: LateDeps) {
    const win = d.doc.defaultView!;
    this.mo = new win.MutationObserver((records) => this.onRecords(records));
  }

  start(): void {
    if (this.d.doc.body) this.mo.observe(this.d.doc.body, { childList: true, subtree: true });
  }

  /** Watches from now on but sends nothing until release() (used while the first pass runs). */
  hold(): void {
    this.held = true;
    this.start();
  }

  release(): void {
    this.held = false;
    if (this.pending.size && !this.timer && !this.stopped) this.timer = this.d.doc.defaultView!.setTimeout(() => this.flush(), this.delay);
  }

  stop(): void {
    this.stopped = true;
    this.mo.disconnect();
    clearTimeout(this.timer);
    this.pending.clear();
  }

  private onRecords(records: MutationRecord[]): void {
    for (const r of records) {
      r.addedNodes.forEach((n) => {
        if (n.nodeType === 1 || n.nodeType === 3) this.pending.add(n);
      });
    }
    if (this.pending.size && !this.timer && !this.held) {
      this.timer = this.d.doc.defaultView!.setTimeout(() => this.flush(), this.delay);
    }
  }

  private flush(): void {
    this.timer = 0;
    if (this.stopped) return;
    const nodes = [...this.pending].filter((n) => n.isConnected && !this.hasPendingAncestor(n));
    this.pending.clear();
    const parts: string[] = [];
    const segments: Segment[] = [];
    let len = 0;
    for (const n of nodes) {
      if (!this.d.accept(n) || insideSkipped(n, this.d.opts)) continue;
      const got = n.nodeType === 3 ? textNode(n as Text) : collectText(n as Element, this.d.opts);
      const fresh = got.segments.filter((s) => !this.d.known(s.node));
      const trimmed = got.text.trim();
      if (!fresh.length || !trimmed) continue;
      // Short bits (clocks, counters, "updated 18:40") go only when they name something we follow.
      if (trimmed.length < SHORT && !precheck(trimmed).pass) continue;
      if (len) {
        parts.push('\n');
        len++;
      }
      for (const s of fresh) segments.push({ node: s.node, start: s.start + len, end: s.end + len });
      parts.push(got.text);
      len += got.text.length;
    }
    if (!len) return;
    const text = parts.join('');
    this.budget(len);
    this.d.emit(text, segments, this.note);
  }

  /** Counts work per window; slows down (and finally stops) on pages that never settle. */
  private budget(chars: number): void {
    const now = Date.now();
    if (now - this.windowStart > WINDOW_MS) {
      if (this.windowChars < WINDOW_CHARS / 4 && this.windowBatches < WINDOW_BATCHES / 2) this.delay = DEBOUNCE_MS;
      this.windowStart = now;
      this.windowChars = 0;
      this.windowBatches = 0;
    }
    this.windowChars += chars;
    this.windowBatches++;
    this.total += chars;
    if (this.windowChars > WINDOW_CHARS || this.windowBatches > WINDOW_BATCHES) {
      this.delay = Math.min(this.delay * 2, MAX_DELAY_MS);
      this.note = { code: 'lateSlower' };
    }
    if (this.total > TOTAL_CHARS) {
      this.note = { code: 'lateStopped' };
      this.stop();
    }
  }

  private hasPendingAncestor(n: Node): boolean {
    for (let p = n.parentNode; p; p = p.parentNode) if (this.pending.has(p)) return true;
    return false;
  }
}

function textNode(t: Text): { text: string; segments: Segment[] } {
  return { text: t.data, segments: [{ node: t, start: 0, end: t.data.length }] };
}
