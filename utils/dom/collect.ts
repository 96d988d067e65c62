// Collects the readable text of a page region as one string plus a map back to its Text nodes.
// Shared by the content script (real DOM) and the CLI (linkedom): plain DOM traversal only.

export interface Segment {
  node: Text;
  /** Offset of node.data[0] in the collected text. */
  start: number;
  /** start + node length at collection time. */
  end: number;
}

export interface Collected {
  text: string;
  segments: Segment[];
  /** True when maxChars stopped the walk before the end of root. */
  truncated?: boolean;
}

export interface CollectOptions {
  /** Called for elements with attributes when given (browser only): false skips the subtree (display:none). */
  isVisible?: (el: Element) => boolean;
  /** Extra skip rule, e.g. the extension's own UI host. */
  skip?: (el: Element) => boolean;
  /** Stop after this many characters (the text is truncated at a node boundary). */
  maxChars?: number;
}

/** Subtrees whose text is never article text. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'code',
  'pre',
  'kbd',
  'samp',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'nav',
  'aside',
  'dialog',
  'menu',
]);
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar']);
/** Elements that end a line of text: their start and end become '\n'. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'center',
  'menu',
  'body',
  'iframe',
]);

/** Marks the one element the extension adds to a page (the card host): never read as page text. */
export const UI_HOST_ATTR = 'data-rc-host';

function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(tagOf(el));
}

/** True when this element's subtree is not article text (independent of its ancestors). */
function isSkipped(el: Element, opts: CollectOptions = {}): boolean {
  const tag = tagOf(el);
  if (SKIP_TAGS.has(tag)) return true;
  if (el.attributes.length === 0) {
    // Fast path for the many attribute-less elements (b, i, span, p...). Page CSS hides things through
    // classes, ids or attributes, so the costly visibility check is left to elements that have some.
    if ((tag === 'header' || tag === 'footer') && !el.parentElement?.closest('article,main,section')) return true;
    return !!opts.skip && opts.skip(el);
  }
  if (el.hasAttribute(UI_HOST_ATTR) || el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role.toLowerCase())) return true;
  // <header>/<footer> are page chrome unless scoped to an article or section.
  if ((tag === 'header' || tag === 'footer') && !el.parentElement?.closest('article,main,section')) return true;
  if (opts.skip?.(el)) return true;
  if (opts.isVisible && !opts.isVisible(el)) return true;
  return false;
}

/** True when node or one of its ancestors (up to the document) is skipped. `memo` caches per element. */
export function insideSkipped(node: Node, opts: CollectOptions = {}, memo?: Map<Element, boolean>): boolean {
  const seen: Element[] = [];
  let out = false;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    const known = memo?.get(el);
    if (known !== undefined) {
      out = known;
      break;
    }
    seen.push(el);
    if (isSkipped(el, opts)) {
      out = true;
      break;
    }
  }
  if (memo) for (const el of seen) memo.set(el, out);
  return out;
}

/**
 * Walks the text nodes under root in document order, skipping non-article subtrees.
 * Block boundaries become a single '\n'. Linear in the number of nodes.
 */
export function collectText(root: Element | Document, opts: CollectOptions = {}): Collected {
  const w = new Walk(root, opts);
  while (!w.done) w.step();
  return w.result();
}

export interface SliceOptions {
  /** Work per slice before yielding to the page, ms. */
  budgetMs?: number;
  /** Stop early (partial result) when this turns true, e.g. the run was replaced. */
  cancelled?: () => boolean;
}

/**
 * collectText in slices: the same walk, yielding to the page (setTimeout 0) every ~budgetMs.
 * Same output as collectText on an unchanged page. When the page removes the walk's next node while
 * it waits, the walk resumes after the last node it read (text added meanwhile is the late path's).
 */
export async function collectTextSliced(root: Element | Document, opts: CollectOptions = {}, slice: SliceOptions = {}): Promise<Collected> {
  const w = new Walk(root, opts);
  const budget = slice.budgetMs ?? 8;
  let t0 = performance.now();
  while (!w.done) {
    for (let k = 0; k < 64 && !w.done; k++) w.step();
    if (w.done || performance.now() - t0 < budget) continue;
    const chain = w.ancestorsOfPrev();
    await new Promise((r) => setTimeout(r, 0));
    if (slice.cancelled?.()) break;
    w.recover(chain);
    t0 = performance.now();
  }
  return w.result();
}

/** The walk's state; step() visits one node (shared by the sync and the sliced walk). */
class Walk {
  private parts: string[] = [];
  private segments: Segment[] = [];
  private len = 0;
  private last = '\n'; // treat the start as a line start: no leading newline
  private max: number;
  private start: Node | null;
  /** Next node to visit. */
  private n: Node | null;
  /** Last node finished (its subtree done); the walk continues after it. */
  private prev: Node | null = null;

  constructor(
    root: Element | Document,
    private opts: CollectOptions,
  ) {
    this.start = isDocument(root) ? (root.body ?? root.documentElement) : root;
    this.n = this.start?.firstChild ?? null;
    this.max = opts.maxChars ?? Infinity;
  }

  get done(): boolean {
    return !this.n || this.len >= this.max;
  }

  step(): void {
    const n = this.n!;
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      if (data.length && !(isBlank(data) && (this.last === '\n' || this.last === ' '))) {
        this.segments.push({ node: n as Text, start: this.len, end: this.len + data.length });
        this.parts.push(data);
        this.len += data.length;
        this.last = data[data.length - 1]!;
      }
    } else if (n.nodeType === 1) {
      const el = n as Element;
      const block = isBlock(el);
      if (block) this.newline();
      if (el.firstChild && !isSkipped(el, this.opts)) {
        this.n = el.firstChild;
        return;
      }
      if (block) this.newline();
    }
    this.prev = n;
    this.n = this.after(n);
  }

  /** Next sibling, or climb, closing blocks on the way up. */
  private after(from: Node): Node | null {
    let n: Node | null = from;
    const start = this.start;
    while (n && n !== start && !n.nextSibling) {
      n = n.parentNode;
      if (n && n !== start && n.nodeType === 1 && isBlock(n as Element)) this.newline();
    }
    return n && n !== start ? n.nextSibling : null;
  }

  private newline(): void {
    if (this.last !== '\n') {
      this.parts.push('\n');
      this.len++;
      this.last = '\n';
    }
  }

  private within(x: Node): boolean {
    return x === this.start || !!this.start?.contains(x);
  }

  ancestorsOfPrev(): Node[] {
    const out: Node[] = [];
    for (let p = this.prev?.parentNode ?? null; p && p !== this.start; p = p.parentNode) out.push(p);
    return out;
  }

  /** After a pause: if the page removed the next node, continue after the last node read. */
  recover(chain: Node[]): void {
    if (!this.n || this.within(this.n)) return;
    if (!this.prev) {
      this.n = this.start?.firstChild ?? null; // nothing read yet: restart (newlines are idempotent here)
      return;
    }
    if (this.within(this.prev)) {
      this.n = this.after(this.prev);
      return;
    }
    // The last node read went too: continue after its nearest ancestor still in place (the rest of
    // that ancestor's subtree is not read).
    const keep = chain.find((a) => this.within(a));
    this.n = keep ? this.after(keep) : null;
  }

  result(): Collected {
    const out: Collected = { text: this.parts.join(''), segments: this.segments };
    if (this.n !== null && this.len >= this.max) out.truncated = true;
    return out;
  }
}

function isDocument(x: Element | Document): x is Document {
  return x.nodeType === 9;
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** One piece of a text span inside one Text node. */
export interface NodeSpan {
  node: Text;
  start: number; // offset inside node
  end: number;
}

/** Index of the first segment whose end is after offset (binary search). */
export function segmentAt(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Maps text offsets [start, end) back to per-node spans (may cross several nodes). */
export function spansFor(segments: Segment[], start: number, end: number): NodeSpan[] {
  const out: NodeSpan[] = [];
  if (end <= start) return out;
  for (let i = segmentAt(segments, start); i < segments.length; i++) {
    const s = segments[i]!;
    if (s.start >= end) break;
    const nodeLen = Math.min(s.end - s.start, s.node.length);
    const a = Math.max(0, start - s.start);
    const b = Math.min(nodeLen, end - s.start);
    if (b > a) out.push({ node: s.node, start: a, end: b });
  }
  return out;
}

/** DOM Ranges for text offsets [start, end): one per Text node touched. */
export function rangeFor(segments: Segment[], start: number, end: number, doc: Document): Range[] {
  return spansFor(segments, start, end).map((sp) => {
    const r = doc.createRange();
    r.setStart(sp.node, sp.start);
    r.setEnd(sp.node, sp.end);
    return r;
  });
}
