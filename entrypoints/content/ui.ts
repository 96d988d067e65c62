// What the reader interacts with on a relevant page: hover cards, keyboard stepping, Escape and
// outside clicks, scroll-to-mention. Installed only after the page was found relevant.
import { CardHost } from './card-host';
import { CardSource } from './cards';
import { startHover } from './hover';
import type { Session } from './session';

export class PageUi {
  private host: CardHost;
  private src: CardSource;
  private hover: ReturnType<typeof startHover> | null = null;
  private openId = -1;
  private token = 0;
  private cursor = -1;
  private anchor: { rect: DOMRect; base: DOMRect; range: Range } | null = null;
  private prevFocus: Element | null = null;
  private frame = 0;
  private win: Window;

  constructor(
    private s: Session,
    private onDisabled: () => void,
  ) {
    this.win = s.doc.defaultView!;
    this.host = new CardHost(s.doc);
    this.src = new CardSource(s, {
      refresh: () => void this.refresh(),
      close: () => this.close(),
      disabled: () => this.onDisabled(),
    });
    this.applyTheme();
  }

  start(): void {
    const d = this.s.doc;
    this.hover = startHover({
      doc: d,
      index: this.s.index,
      ranges: (id) => this.s.items[id]?.ranges ?? [],
      delay: () => this.s.settings.hoverDelayMs,
      inCard: (e) => this.host.contains(e),
      cardOpen: () => this.host.open,
      onShow: (id, rect) => void this.open(id, rect, false),
      onHide: () => this.close(),
    });
    this.win.addEventListener('keydown', this.onKey, true);
    d.addEventListener('pointerdown', this.onPointerDown, true);
    this.win.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    this.win.addEventListener('resize', this.onScroll, { passive: true });
  }

  stop(): void {
    this.hover?.stop();
    this.win.removeEventListener('keydown', this.onKey, true);
    this.s.doc.removeEventListener('pointerdown', this.onPointerDown, true);
    this.win.removeEventListener('scroll', this.onScroll, true);
    this.win.removeEventListener('resize', this.onScroll);
    this.win.cancelAnimationFrame(this.frame);
    this.host.destroy();
  }

  applyTheme(): void {
    this.host.setTheme(this.s.settings.theme);
  }

  /** The layer, the enrichment or the settings changed: cards are fetched again, the open one redrawn. */
  redraw(): void {
    this.src.forget();
    void this.refresh();
  }

  /** Next (1) / previous (-1) highlight in document order: scroll, mark, open its card. */
  step(dir: 1 | -1): boolean {
    const order = this.s.order();
    if (!order.length) return false;
    const at = order.indexOf(this.cursor);
    const next = at < 0 ? (dir > 0 ? 0 : order.length - 1) : (at + dir + order.length) % order.length;
    const id = order[next]!;
    this.cursor = id;
    const ranges = this.s.items[id]!.ranges;
    reveal(ranges[0]!, this.win);
    this.s.focus(ranges);
    void this.open(id, ranges[0]!.getClientRects()[0] ?? ranges[0]!.getBoundingClientRect(), true);
    this.hover?.opened();
    return true;
  }

  scrollToMention(start: number, end: number): boolean {
    const ranges = this.s.rangesAt(start, end);
    if (!ranges.length) return false;
    reveal(ranges[0]!, this.win);
    this.s.flash(ranges);
    return true;
  }

  private async open(id: number, rect: DOMRect, byKey: boolean): Promise<void> {
    const item = this.s.items[id];
    if (!item) return;
    const tk = ++this.token;
    const view = await this.src.build(item);
    if (tk !== this.token || this.s.stopped || !view) return;
    this.anchor = { rect, base: item.ranges[0]!.getBoundingClientRect(), range: item.ranges[0]! };
    this.host.show(view, rect);
    this.openId = id;
    if (byKey) {
      const active = this.s.doc.activeElement;
      if (!this.host.hasFocus()) this.prevFocus = active;
      this.host.focus();
    }
  }

  private async refresh(): Promise<void> {
    const item = this.s.items[this.openId];
    if (!item || !this.host.open) return;
    const tk = this.token;
    const view = await this.src.build(item);
    if (tk === this.token && view) this.host.update(view);
  }

  close(): void {
    this.token++;
    const hadFocus = this.host.hasFocus();
    this.host.hide();
    this.openId = -1;
    this.anchor = null;
    this.s.focus(null);
    if (hadFocus) {
      const prev = this.prevFocus as HTMLElement | null;
      if (prev?.isConnected && typeof prev.focus === 'function' && prev !== this.s.doc.body) prev.focus({ preventScroll: true });
      else (this.s.doc.activeElement as HTMLElement | null)?.blur?.();
    }
    this.prevFocus = null;
  }

  private onKey = (e: KeyboardEvent): void => {
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyJ' || e.code === 'KeyK')) {
      if (editable(e) && !this.host.contains(e)) return;
      e.preventDefault();
      this.step(e.code === 'KeyJ' ? 1 : -1);
    } else if (e.key === 'Escape' && this.host.open) {
      e.preventDefault();
      e.stopPropagation();
      this.close();
    }
  };

  private onPointerDown = (e: PointerEvent): void => {
    if (this.host.open && !this.host.contains(e)) this.close();
  };

  private onScroll = (): void => {
    if (!this.host.open || this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      const a = this.anchor;
      if (!a) return;
      const now = a.range.getBoundingClientRect();
      const moved = new DOMRect(a.rect.x + now.x - a.base.x, a.rect.y + now.y - a.base.y, a.rect.width, a.rect.height);
      this.host.reanchor(a.range.startContainer.isConnected ? moved : null);
    });
  };
}

function editable(e: Event): boolean {
  const t = e.composedPath()[0] as HTMLElement | undefined;
  if (!t || t.nodeType !== 1) return false;
  return t.isContentEditable || /^(input|textarea|select)$/i.test(t.tagName);
}

/** Brings a range into view (nested scrollers first, then the window). */
export function reveal(range: Range, win: Window): void {
  const vh = win.innerHeight;
  let r = range.getBoundingClientRect();
  if (r.top >= 40 && r.bottom <= vh - 40) return;
  const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  r = range.getBoundingClientRect();
  if (r.top < 0 || r.bottom > vh) win.scrollBy({ top: r.top - vh / 2, behavior: 'instant' });
}
