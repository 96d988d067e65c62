// Paints highlights with the CSS Custom Highlight API: the page's DOM is never changed. (Every
// browser the manifest allows has it: Chrome 105+, Firefox 140+.)
import type { PageSettings } from '../../utils/settings';
import type { HlKind } from './items';
import { HL_NAME, highlightCss, pageIsDark } from './paint-style';

type Style = PageSettings['highlightStyle'];

const PRIORITY: Record<HlKind, number> = { entity: 1, watched: 2, date: 3, count: 3, percent: 3, money: 3, bad: 4 };

export class Painter {
  private sheet: CSSStyleSheet | null = null;
  private sets = new Map<string, Highlight>();
  private flashTimer = 0;
  private win: Window & typeof globalThis;

  constructor(
    private doc: Document,
    style: Style,
  ) {
    this.win = doc.defaultView as Window & typeof globalThis;
    this.restyle(style);
  }

  private hl(name: string, priority: number): Highlight {
    let h = this.sets.get(name);
    if (!h) {
      h = new this.win.Highlight();
      h.priority = priority;
      this.sets.set(name, h);
      this.win.CSS.highlights.set(name, h);
    }
    return h;
  }

  add(kind: HlKind, ranges: Range[]): void {
    const h = this.hl(HL_NAME[kind], PRIORITY[kind]);
    for (const r of ranges) h.add(r);
  }

  /** Unregisters ranges (they left the paint window). */
  remove(kind: HlKind, ranges: Range[]): void {
    const h = this.sets.get(HL_NAME[kind]);
    if (h) for (const r of ranges) h.delete(r);
  }

  /** Moves already painted ranges to another kind (watch / dismiss). */
  move(from: HlKind, to: HlKind, ranges: Range[]): void {
    const a = this.hl(HL_NAME[from], PRIORITY[from]);
    const b = this.hl(HL_NAME[to], PRIORITY[to]);
    for (const r of ranges) {
      a.delete(r);
      b.add(r);
    }
  }

  flash(ranges: Range[]): void {
    const h = this.hl(HL_NAME.flash, 10);
    h.clear();
    for (const r of ranges) h.add(r);
    clearTimeout(this.flashTimer);
    this.flashTimer = this.win.setTimeout(() => h.clear(), 1600);
  }

  focus(ranges: Range[] | null): void {
    const h = this.hl(HL_NAME.focus, 9);
    h.clear();
    for (const r of ranges ?? []) h.add(r);
  }

  restyle(style: Style): void {
    const css = highlightCss(style, pageIsDark(this.doc));
    if (!this.sheet) {
      this.sheet = new this.win.CSSStyleSheet();
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(css);
  }

  clear(): void {
    clearTimeout(this.flashTimer);
    for (const [name, h] of this.sets) {
      h.clear();
      if (this.win.CSS.highlights.get(name) === h) this.win.CSS.highlights.delete(name);
    }
    this.sets.clear();
    if (this.sheet) {
      const sheet = this.sheet;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
  }
}
