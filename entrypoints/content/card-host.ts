// The one element this script adds to a page: a host with a closed shadow root holding the card.
// `all: initial !important` inline (beats page `!important` rules), max z-index and last in the
// document (wins ties with page overlays at the same z-index), so page CSS cannot restyle or cover it.
// (Not the popover top layer: Chrome then forces its own position and inset on the host.)
import { render, type ComponentChild } from 'preact';
import cardCss from '../../components/card/card.css?raw';
import chartCss from '../../components/chart/chart.css?raw';
import { UI_HOST_ATTR } from '../../utils/dom/collect';

const BASE =
  'all: initial !important; position: fixed !important; z-index: 2147483647 !important; display: block !important;' +
  'visibility: visible !important; opacity: 1 !important; pointer-events: auto !important; margin: 0 !important;' +
  'padding: 0 !important; border: 0 !important; transform: none !important; overflow: visible !important;' +
  'width: max-content !important; height: auto !important; inset: auto !important; background: transparent !important;';
const GAP = 6;
const EDGE = 8;

export class CardHost {
  private host: HTMLElement | null = null;
  private wrap: HTMLElement | null = null;
  private anchor: DOMRect | null = null;
  private theme: 'light' | 'dark' | 'auto' = 'auto';
  open = false;

  constructor(private doc: Document) {}

  /** Is this event from inside the card? (Closed shadow: events are retargeted to the host.) */
  contains(e: Event): boolean {
    return !!this.host && e.composedPath().includes(this.host);
  }

  isHost(node: Node | null): boolean {
    return !!node && node === this.host;
  }

  setTheme(theme: 'light' | 'dark' | 'auto'): void {
    this.theme = theme;
    this.wrap?.setAttribute('data-theme', theme);
  }

  show(view: ComponentChild, anchor: DOMRect): void {
    const { host, wrap } = this.ensure();
    this.anchor = anchor;
    render(view, wrap);
    const html = this.doc.documentElement;
    if (html.lastElementChild !== host) html.appendChild(host);
    this.setStyle(-10000, -10000);
    this.open = true;
    this.place();
  }

  /** Re-render in place (after a button changed state). */
  update(view: ComponentChild): void {
    if (!this.open || !this.wrap) return;
    render(view, this.wrap);
    this.place();
  }

  /** Follow the anchor after scrolling; hide when it left the viewport. */
  reanchor(anchor: DOMRect | null): void {
    if (!this.open) return;
    const vh = this.doc.documentElement.clientHeight;
    if (!anchor || anchor.bottom < 0 || anchor.top > vh) return this.hide();
    this.anchor = anchor;
    this.place();
  }

  focus(): void {
    (this.wrap?.firstElementChild as HTMLElement | null)?.focus({ preventScroll: true });
  }

  hasFocus(): boolean {
    return !!this.host && this.doc.activeElement === this.host;
  }

  hide(): void {
    if (!this.open || !this.host || !this.wrap) return;
    this.open = false;
    render(null, this.wrap);
    this.host.setAttribute('style', `${BASE} display: none !important;`);
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = this.wrap = null;
  }

  private ensure(): { host: HTMLElement; wrap: HTMLElement } {
    if (this.host && this.wrap) return { host: this.host, wrap: this.wrap };
    const host = this.doc.createElement('div');
    host.setAttribute(UI_HOST_ATTR, '');
    host.setAttribute('style', `${BASE} display: none !important;`);
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    // No :host rule: an !important one there would beat the host's inline styles (inner context wins).
    style.textContent = `.rc-wrap { all: initial; display: block; }\n${cardCss}\n${chartCss}`;
    const wrap = this.doc.createElement('div');
    wrap.className = 'rc-wrap';
    wrap.setAttribute('data-theme', this.theme);
    root.append(style, wrap);
    this.host = host;
    this.wrap = wrap;
    return { host, wrap };
  }

  private setStyle(left: number, top: number): void {
    this.host!.setAttribute('style', `${BASE} left: ${Math.round(left)}px !important; top: ${Math.round(top)}px !important;`);
  }

  /** Below the anchor, or above when there is no room; always inside the viewport. */
  private place(): void {
    if (!this.host || !this.anchor) return;
    const a = this.anchor;
    const vw = this.doc.documentElement.clientWidth || this.doc.defaultView!.innerWidth;
    const vh = this.doc.documentElement.clientHeight || this.doc.defaultView!.innerHeight;
    const box = this.host.getBoundingClientRect();
    const w = box.width;
    const h = box.height;
    let top = a.bottom + GAP;
    if (top + h > vh - EDGE && a.top - GAP - h >= EDGE) top = a.top - GAP - h;
    top = Math.max(EDGE, Math.min(top, vh - h - EDGE));
    const left = Math.max(EDGE, Math.min(a.left, vw - w - EDGE));
    this.setStyle(left, top);
    // A page that gives the root a transform or filter makes it the containing block of fixed
    // elements (the card would scroll away with the page): shift by the offset actually seen.
    const got = this.host.getBoundingClientRect();
    const dx = left - got.left;
    const dy = top - got.top;
    if (Math.abs(dx) > 0.5 || Math.abs(dy) > 0.5) this.setStyle(left + dx, top + dy);
  }
}
