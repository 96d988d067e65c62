// Paints highlights with the CSS Custom Highlight API (no DOM change), or, where that API is
// missing, by wrapping text in <mark data-rc> elements.
import type { Settings } from '../../utils/messaging/protocol';
import type { NodeSpan } from '../../utils/dom/collect';
import type { HlKind } from './items';
import { HL_NAME, highlightCss, markStyle, pageIsDark } from './paint-style';

export interface Painter {
  /** True when painting changes the page's text nodes (the fallback painter). */
  readonly splitsText: boolean;
  /** Paints ranges; returns the text spans to hit-test afterwards (they change when marks wrap text). */
  add(kind: HlKind, ranges: Range[], spans: NodeSpan[]): NodeSpan[];
  /** Moves already painted ranges to another kind (watch / dismiss). */
  move(from: HlKind, to: HlKind, ranges: Range[]): void;
  flash(ranges: Range[]): void;
  focus(ranges: Range[] | null): void;
  restyle(style: Settings['highlightStyle']): void;
  clear(): void;
}

const PRIORITY: Record<HlKind, number> = { entity: 1, watched: 2, date: 3, count: 3, percent: 3, money: 3, bad: 4 };

export function createPainter(doc: Document, style: Settings['highlightStyle']): Painter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (win && typeof win.Highlight === 'function' && win.CSS?.highlights) return new HighlightPainter(doc, win, style);
  return new MarkPainter(doc, style);
}

class HighlightPainter implements Painter {
  private sheet: CSSStyleSheet | null = null;
  private sets = new Map<string, Highlight>();
  private flashTimer = 0;
  readonly splitsText = false;

  constructor(private doc: Document, private win: Window & typeof globalThis, style: Settings['highlightStyle']) {
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

  add(kind: HlKind, ranges: Range[], spans: NodeSpan[]): NodeSpan[] {
    const h = this.hl(HL_NAME[kind], PRIORITY[kind]);
    for (const r of ranges) h.add(r);
    return spans;
  }

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

  restyle(style: Settings['highlightStyle']): void {
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

/** Fallback: the only case where page DOM is changed. Marks keep the text and can be unwrapped. */
class MarkPainter implements Painter {
  private marks: HTMLElement[] = [];
  private byRange = new Map<Range, HTMLElement>();
  private dark: boolean;
  readonly splitsText = true;

  constructor(private doc: Document, private style: Settings['highlightStyle']) {
    this.dark = pageIsDark(doc);
  }

  add(kind: HlKind, ranges: Range[], spans: NodeSpan[]): NodeSpan[] {
    const out: NodeSpan[] = [];
    ranges.forEach((r) => {
      const sc = r.startContainer;
      if (sc.nodeType !== 3 || sc !== r.endContainer || sc.parentElement?.closest('mark[data-rc]')) return;
      const mark = this.doc.createElement('mark');
      mark.setAttribute('data-rc', kind);
      mark.setAttribute('style', markStyle(kind, this.style, this.dark));
      try {
        r.surroundContents(mark);
      } catch {
        return;
      }
      this.marks.push(mark);
      this.byRange.set(r, mark);
      if (mark.firstChild?.nodeType === 3) out.push({ node: mark.firstChild as Text, start: 0, end: (mark.firstChild as Text).length });
    });
    return out.length || !spans.length ? out : [];
  }

  move(_from: HlKind, to: HlKind, ranges: Range[]): void {
    for (const r of ranges) {
      const m = this.byRange.get(r);
      if (!m) continue;
      m.setAttribute('data-rc', to);
      m.setAttribute('style', markStyle(to, this.style, this.dark));
    }
  }

  flash(ranges: Range[]): void {
    for (const r of ranges) {
      const m = this.byRange.get(r);
      if (!m) continue;
      m.style.backgroundColor = 'rgba(251, 188, 4, 0.55)';
      setTimeout(() => m.setAttribute('style', markStyle((m.getAttribute('data-rc') as HlKind) ?? 'entity', this.style, this.dark)), 1600);
    }
  }

  focus(ranges: Range[] | null): void {
    for (const m of this.marks) m.style.boxShadow = '';
    for (const r of ranges ?? []) {
      const m = this.byRange.get(r);
      if (m) m.style.boxShadow = '0 0 0 2px rgba(26,115,232,0.6)';
    }
  }

  restyle(style: Settings['highlightStyle']): void {
    this.style = style;
    for (const m of this.marks) m.setAttribute('style', markStyle((m.getAttribute('data-rc') as HlKind) ?? 'entity', style, this.dark));
  }

  clear(): void {
    for (const m of this.marks) {
      const parent = m.parentNode;
      if (!parent) continue;
      while (m.firstChild) parent.insertBefore(m.firstChild, m);
      parent.removeChild(m);
      parent.normalize();
    }
    this.marks = [];
    this.byRange.clear();
  }
}
