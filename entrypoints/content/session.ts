// One analysed page: its text chunks (first pass + late content), their results, the painted
// items and the hit-test index. Chunk k starts at `offset` in the page's text (chunks joined by '\n').
// The page's part of the reader's layer (watched entities, dismissed flags) and the tokenizer's
// readings come from the background: with each reply, then with every change (applyView).
import type { AnalysisResult, Figure } from '../../utils/analysis/types';
import { MAX_HIGHLIGHTS, toBackground, type PageView } from '../../utils/messaging/protocol';
import type { PageSettings } from '../../utils/settings';
import { spansFor, type NodeSpan, type Segment } from '../../utils/dom/collect';
import { figureKind, itemsFor, type HlKind, type Item } from './items';
import { Painter } from './paint';
import { HitIndex } from './hit-index';
import type { PageNote } from '../../utils/analysis/notes';
import { nearFirst, SLICE, viewportOffset, yieldToPage } from './slices';
import { WINDOW_ALL, band, offsetSpan, watchScroll } from './paint-window';

interface Chunk {
  offset: number;
  text: string;
  segments: Segment[];
  result?: AnalysisResult;
}

export interface Painted extends Item {
  chunk: number;
  ranges: Range[];
  /** Registered with the browser now (see paint-window.ts). */
  shown: boolean;
}

export interface PageInfo {
  url: string;
  title: string;
  lang?: 'ja' | 'zh' | 'en';
  date?: string; // publication date from the page's metadata (ISO)
}

export class Session {
  readonly chunks: Chunk[] = [];
  readonly items: Painted[] = [];
  readonly index = new HitIndex();
  private painter: Painter | null = null;
  private known = new WeakSet<Text>();
  private nextOffset = 0;
  /** Items the replies so far carried (what the highlight budget is spent on). */
  private promised = 0;
  /** Painting jobs run one after the other; a new generation (repaint, stop) drops the old ones. */
  private queue: Promise<void> = Promise.resolve();
  private gen = 0;
  stopped = false;
  readonly watched = new Set<string>();
  readonly dismissed = new Set<string>();
  private readings = new Map<string, string>();
  /** Per chunk, the local offsets whose items are registered; null: every item (small pages). */
  private window: Array<[number, number]> | null = null;
  private unwatch: (() => void) | null = null;
  /** Items registered now. */
  private shownCount = 0;
  /** More items than WINDOW_ALL: only those near the viewport are registered. */
  private windowed = false;

  constructor(
    readonly doc: Document,
    public settings: PageSettings,
    readonly page: PageInfo,
  ) {}

  isKnown = (t: Text): boolean => this.known.has(t);

  get relevant(): boolean {
    return !!this.chunks[0]?.result?.relevant;
  }

  /** Sends a chunk for analysis; paints it when the page is relevant (the first chunk decides). */
  async send(text: string, segments: Segment[], note?: PageNote): Promise<AnalysisResult> {
    const chunk: Chunk = { offset: this.nextOffset, text, segments };
    const first = this.chunks.length === 0;
    this.nextOffset += text.length + 1;
    this.chunks.push(chunk);
    for (const s of segments) this.known.add(s.node);
    const { url, title, lang, date } = this.page;
    const near = viewportOffset(segments, this.doc);
    const max = Math.max(0, MAX_HIGHLIGHTS - this.promised);
    const req = { url, title, text, chunk: chunk.offset, near, max, ...(lang ? { lang } : {}), ...(date ? { date } : {}), ...(note ? { note } : {}) };
    const result = await toBackground('analyze', req);
    if (this.stopped) return result;
    chunk.result = result;
    for (const id of result.watched) this.watched.add(id);
    for (const key of result.dismissed) this.dismissed.add(key);
    for (const [id, r] of Object.entries(result.readings ?? {})) this.readings.set(id, r);
    this.promised += result.figures.length + result.entities.reduce((n, e) => n + e.mentions.length, 0);
    if (first ? result.relevant : this.relevant) this.paintChunk(this.chunks.indexOf(chunk));
    return result;
  }

  /**
   * The same page under a new address (SPA navigation that kept the article): the background gets
   * every chunk again for the tab's state (its cache answers without analysing); the highlights stay
   * as they are, the reply is not used.
   */
  async resend(url: string, title: string, note?: PageNote): Promise<void> {
    this.page.url = url;
    this.page.title = title;
    const { lang, date } = this.page;
    for (const c of this.chunks) {
      if (this.stopped) return;
      const first = c.offset === 0;
      await toBackground('analyze', {
        url,
        title,
        text: c.text,
        chunk: c.offset,
        ...(lang ? { lang } : {}),
        ...(date ? { date } : {}),
        ...(first && note ? { note } : {}),
      });
    }
  }

  /** Queues a chunk's painting; its first slice runs at once when nothing else is painting. */
  private paintChunk(ci: number): void {
    const gen = this.gen;
    const job = () => (gen === this.gen && !this.stopped ? this.paintSlices(ci, gen) : undefined);
    this.queue = this.queue.then(job, job);
  }

  /** Paints a chunk a slice per task, the reader's part of the page first. Items enter the hit index as they are painted. */
  private async paintSlices(ci: number, gen: number): Promise<void> {
    const c = this.chunks[ci]!;
    if (!c.result) return;
    // Layout is read only before the first painting (and after scrolls): a read once highlights
    // and their stylesheet are in would force a synchronous restyle of the whole page.
    const first = !this.painter;
    const near = first ? viewportOffset(c.segments, this.doc) : 0;
    if (first) this.measureWindow();
    else if (this.window && !this.window[ci]) this.window[ci] = this.guessWindow(ci);
    if (this.promised > WINDOW_ALL) this.applyWindow();
    const painter = (this.painter ??= new Painter(this.doc, this.settings.highlightStyle));
    const order = nearFirst(itemsFor(c.result, this.settings, this.watched, this.dismissed, c.text.length), near);
    for (let k = 0; k < order.length; k += SLICE) {
      if (k > 0) {
        await yieldToPage(this.doc.defaultView!);
        if (gen !== this.gen || this.stopped) return;
      }
      for (const it of order.slice(k, k + SLICE)) {
        if (this.items.length >= MAX_HIGHLIGHTS) break;
        const spans = spansFor(c.segments, it.start, it.end).filter((sp) => sp.node.isConnected);
        // The page may have rewritten a node since it was read: paint only text that is still the same.
        if (!spans.length || spans.map((sp) => sp.node.data.slice(sp.start, sp.end)).join('') !== c.text.slice(it.start, it.end)) continue;
        this.put(painter, ci, it, spans);
      }
    }
  }

  private put(painter: Painter, ci: number, it: Item, spans: NodeSpan[]): void {
    // Watch / dismiss may have changed while earlier slices were painted.
    const kind = this.kindOf(it);
    const ranges = spans.map((sp) => this.range(sp));
    const id = this.items.length;
    const shown = this.inWindow(ci, it.start);
    this.items.push({ ...it, kind, chunk: ci, ranges, shown });
    if (shown) {
      painter.add(kind, ranges);
      this.shownCount++;
    }
    this.index.add(spans, id);
  }

  /** Registered now: everything on a page with few items, else only what is near the viewport. */
  private inWindow(ci: number, start: number): boolean {
    if (!this.windowed) return true;
    return this.inBand(ci, start) && this.shownCount < WINDOW_ALL;
  }

  private inBand(ci: number, start: number): boolean {
    const w = this.window?.[ci];
    return !w || (start >= w[0] && start < w[1]);
  }

  /** A chunk that arrived after the window was measured (later pieces, late content), without
   *  reading layout: all of it while the band reached past the chunks before, else none of it
   *  (scrolling measures again). */
  private guessWindow(ci: number): [number, number] {
    const open = this.window!.slice(0, ci).some((w) => w && w[1] === Infinity);
    return open ? [0, Infinity] : [0, 0];
  }

  /** Where the viewport's band is, in each chunk's text (reads layout: before painting, or after a scroll). */
  private measureWindow(): void {
    const [top, bottom] = band(this.doc.defaultView!);
    this.window = this.chunks.map((c) => offsetSpan(c.segments, this.doc, top, bottom));
  }

  /**
   * Once the replies promise more than WINDOW_ALL items, only those near the viewport stay
   * registered (paint-window.ts), and the window follows the reader's scrolling.
   */
  private applyWindow(): void {
    if (this.stopped) return;
    this.windowed = true;
    this.unwatch ??= watchScroll(this.doc, () => {
      this.measureWindow();
      this.applyWindow();
    });
    const painter = this.painter;
    if (!painter) return;
    // Out first, so the cap counts only what stays.
    for (const it of this.items) {
      if (!it.shown || this.inBand(it.chunk, it.start)) continue;
      it.shown = false;
      this.shownCount--;
      painter.remove(it.kind, it.ranges);
    }
    for (const it of this.items) {
      if (it.shown || !this.inWindow(it.chunk, it.start)) continue;
      it.shown = true;
      this.shownCount++;
      painter.add(it.kind, it.ranges);
    }
  }

  private kindOf(it: Item): HlKind {
    if (it.figure) return figureKind(it.figure, this.dismissed);
    return it.entityId && this.watched.has(it.entityId) ? 'watched' : 'entity';
  }

  private range(sp: NodeSpan): Range {
    const r = this.doc.createRange();
    r.setStart(sp.node, sp.start);
    r.setEnd(sp.node, sp.end);
    return r;
  }

  /** Settings changed: restyle, or rebuild the items when what is highlighted changed. */
  applySettings(s: PageSettings): void {
    const old = this.settings;
    this.settings = s;
    if (JSON.stringify(old.categories) !== JSON.stringify(s.categories)) return this.repaint();
    if (old.highlightStyle !== s.highlightStyle) this.painter?.restyle(s.highlightStyle);
  }

  repaint(): void {
    this.gen++;
    this.painter?.clear();
    this.painter = null;
    this.index.clear();
    this.items.length = 0;
    this.shownCount = 0;
    if (!this.relevant) return;
    this.chunks.forEach((c, i) => c.result && this.paintChunk(i));
  }

  /**
   * The background's view of this page changed (watchlist, dismissed flags, readings): replace the
   * page's part of the layer and move painted items to their new kind.
   */
  applyView(view: PageView): void {
    this.watched.clear();
    for (const id of view.watched) this.watched.add(id);
    this.dismissed.clear();
    for (const key of view.dismissed) this.dismissed.add(key);
    for (const [id, r] of Object.entries(view.readings)) this.readings.set(id, r);
    this.restyleItems();
  }

  /** After the reader changed a watch or a dismissal here (the background's view follows). */
  setWatched(entityId: string, on: boolean): void {
    if (on) this.watched.add(entityId);
    else this.watched.delete(entityId);
    this.restyleItems();
  }

  setDismissed(key: string): void {
    this.dismissed.add(key);
    this.restyleItems();
  }

  private restyleItems(): void {
    for (const it of this.items) {
      const to = this.kindOf(it);
      if (to === it.kind) continue;
      if (it.shown) this.painter?.move(it.kind, to, it.ranges);
      it.kind = to;
    }
  }

  /** Ranges for page-text offsets [start, end) (as the merged result reports them). */
  rangesAt(start: number, end: number): Range[] {
    const c = [...this.chunks].reverse().find((x) => x.offset <= start);
    if (!c || start >= c.offset + c.text.length) return [];
    return spansFor(c.segments, start - c.offset, Math.min(end, c.offset + c.text.length) - c.offset)
      .filter((sp) => sp.node.isConnected)
      .map((sp) => this.range(sp));
  }

  flash(ranges: Range[]): void {
    this.painter?.flash(ranges);
  }

  focus(ranges: Range[] | null): void {
    this.painter?.focus(ranges);
  }

  /** Item ids in document order (for keyboard stepping). */
  order(): number[] {
    const ids = this.items.map((_, i) => i).filter((i) => this.items[i]!.ranges[0]!.startContainer.isConnected);
    const START_TO_START = 0;
    return ids.sort((a, b) => this.items[a]!.ranges[0]!.compareBoundaryPoints(START_TO_START, this.items[b]!.ranges[0]!));
  }

  figures(): Figure[] {
    return this.chunks.flatMap((c) => c.result?.figures ?? []);
  }

  entityName(id: string): string | undefined {
    for (const c of this.chunks) {
      const e = c.result?.entities.find((x) => x.id === id);
      if (e) return e.name;
    }
    return undefined;
  }

  reading(id: string): string | undefined {
    return this.readings.get(id);
  }

  stop(): void {
    this.stopped = true;
    this.unwatch?.();
    this.unwatch = null;
    this.gen++;
    this.painter?.clear();
    this.painter = null;
    this.index.clear();
    this.items.length = 0;
    this.shownCount = 0;
  }
}
