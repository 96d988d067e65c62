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
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'code', 'pre', 'kbd', 'samp',
  'textarea', 'input', 'select', 'option', 'button', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'head', 'title', 'nav', 'aside', 'dialog', 'menu',
]);
const SKIP_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar',
]);
/** Elements that end a line of text: their start and end become '\n'. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'center', 'menu', 'body', 'iframe',
]);

/** Marks elements the extension itself adds (card host, fallback marks stay readable). */
export const UI_HOST_ATTR = 'data-rc-host';

function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(tagOf(el));
}

/** True when this element's subtree is not article text (independent of its ancestors). */
export function isSkipped(el: Element, opts: CollectOptions = {}): boolean {
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
  const start: Node | null = isDocument(root) ? root.body ?? root.documentElement : root;
  const parts: string[] = [];
  const segments: Segment[] = [];
  let len = 0;
  let last = '\n'; // treat the start as a line start: no leading newline
  const max = opts.maxChars ?? Infinity;
  const newline = () => {
    if (last !== '\n') {
      parts.push('\n');
      len++;
      last = '\n';
    }
  };
  let n: Node | null = start?.firstChild ?? null;
  while (n && len < max) {
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      if (data.length && !(isBlank(data) && (last === '\n' || last === ' '))) {
        segments.push({ node: n as Text, start: len, end: len + data.length });
        parts.push(data);
        len += data.length;
        last = data[data.length - 1]!;
      }
    } else if (n.nodeType === 1) {
      const el = n as Element;
      const block = isBlock(el);
      if (block) newline();
      if (el.firstChild && !isSkipped(el, opts)) {
        n = el.firstChild;
        continue;
      }
      if (block) newline();
    }
    // Advance: next sibling, or climb, closing blocks on the way up.
    while (n && n !== start && !n.nextSibling) {
      n = n.parentNode;
      if (n && n !== start && n.nodeType === 1 && isBlock(n as Element)) newline();
    }
    n = n && n !== start ? n.nextSibling : null;
  }
  const out: Collected = { text: parts.join(''), segments };
  if (n !== null && len >= max) out.truncated = true;
  return out;
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
