// Finds the element holding the article body, so highlights stay out of menus, rankings and ads.
// Plain DOM only (works with linkedom).
import { insideSkipped } from './collect';

/** A candidate must hold at least this share of the page's paragraph text. */
const MIN_SHARE = 0.4;
/** Below this much paragraph text the page has no clear article: use the body. */
const MIN_P_TEXT = 120;

/**
 * <article> / [itemprop=articleBody] / main / [role=main] holding most of the paragraph text,
 * else the element whose direct <p> children hold the most text, else the body.
 */
export function findArticleRoot(doc: Document): Element {
  const { body, paras, memo } = paragraphs(doc);
  const lens = new Map<Element, number>();
  for (const p of paras) lens.set(p, textLen(p));
  return pick(body, lens, memo);
}

/**
 * The same, with the paragraphs measured in slices of about `budgetMs` (a 1 MB page has thousands):
 * the content script yields to the page between them instead of holding it for one long task.
 */
export async function findArticleRootSliced(doc: Document, budgetMs = 8, cancelled?: () => boolean): Promise<Element> {
  const { body, paras, memo } = paragraphs(doc);
  const lens = new Map<Element, number>();
  let t0 = performance.now();
  for (const p of paras) {
    lens.set(p, textLen(p));
    if (performance.now() - t0 < budgetMs) continue;
    await new Promise((r) => setTimeout(r, 0));
    if (cancelled?.()) return body;
    t0 = performance.now();
  }
  return pick(body, lens, memo);
}

function paragraphs(doc: Document): { body: Element; paras: Element[]; memo: Map<Element, boolean> } {
  const body = doc.body ?? doc.documentElement;
  const memo = new Map<Element, boolean>();
  const paras = Array.from(body.querySelectorAll('p')).filter((p) => !insideSkipped(p, {}, memo));
  return { body, paras, memo };
}

/** The root, from each paragraph's text length. */
function pick(body: Element, lens: Map<Element, number>, memo: Map<Element, boolean>): Element {
  let total = 0;
  for (const n of lens.values()) total += n;
  if (total < MIN_P_TEXT) return body;

  // Paragraph text under each candidate container, by climbing from each <p> once.
  const candidates = new Set<Element>(Array.from(body.querySelectorAll('[itemprop=articleBody], article, main, [role=main]')));
  const under = new Map<Element, number>();
  const score = new Map<Element, number>(); // parent gets the full length, grandparent half
  for (const [p, n] of lens) {
    const parent = p.parentElement;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + n);
    const grand = parent?.parentElement;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + n / 2);
    for (let el = parent; el; el = el.parentElement) {
      if (candidates.has(el)) under.set(el, (under.get(el) ?? 0) + n);
    }
  }
  for (const sel of ['[itemprop=articleBody]', 'article', 'main, [role=main]']) {
    let best: Element | null = null;
    let bestLen = 0;
    for (const el of Array.from(body.querySelectorAll(sel))) {
      const n = under.get(el) ?? 0;
      if (n > bestLen && !insideSkipped(el, {}, memo)) {
        best = el;
        bestLen = n;
      }
    }
    if (best && bestLen >= total * MIN_SHARE) return best;
  }

  // Otherwise the container that scores best on its own and grandchild paragraphs.
  let best: Element = body;
  let bestScore = 0;
  for (const [el, n] of score) {
    if (n > bestScore) {
      best = el;
      bestScore = n;
    }
  }
  if (best === body) return body;
  let inside = 0;
  for (const [p, n] of lens) if (best.contains(p)) inside += n;
  return inside >= total * MIN_SHARE ? best : body;
}

function textLen(el: Element): number {
  return (el.textContent ?? '').trim().length;
}
