// Which added nodes count as article text: inside the article root, or a new article of its own
// (infinite scroll appends the next story outside the first one's root).
const MIN_P_TEXT = 200;

export function acceptLate(n: Node, root: Element): boolean {
  if (root.contains(n) || !root.isConnected) return true;
  if (n.nodeType !== 1) return false;
  const el = n as Element;
  if (el.localName === 'article' || el.querySelector('article, [itemprop=articleBody]')) return true;
  let len = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    len += (p.textContent ?? '').length;
    if (len >= MIN_P_TEXT) return true;
  }
  return false;
}
