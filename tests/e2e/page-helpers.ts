// Helpers for tests/e2e/page.test.ts: polling, reading highlights from the page world, and reading
// the hover card inside its closed shadow root through CDP (which sees closed roots).
import type { Frame, Page, Worker } from 'playwright-core';

/** Tab id of a page: bring it to the front and ask for the active tab (no 'tabs' permission needed). */
export async function tabIdOf(worker: Worker, p: Page): Promise<number | undefined> {
  type Api = { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };
  await p.bringToFront();
  return worker.evaluate(async () => (await (globalThis as unknown as { chrome: Api }).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
}

export async function until<T>(probe: () => Promise<T>, what: string, ms = 30_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export interface HlRange {
  name: string;
  collapsed: boolean;
  text: string;
  inside: 'article' | 'other';
  late: boolean;
}

/** Every painted range, read from the page world (the highlight registry is per document). */
export function highlightRanges(p: Page): Promise<HlRange[]> {
  return p.evaluate(() => {
    const out: HlRange[] = [];
    CSS.highlights.forEach((h, name) => {
      for (const r of h as unknown as Set<Range>) {
        const el = r.startContainer.parentElement;
        const ok = !!el?.closest('article') && !el.closest('pre, code, [contenteditable], input, textarea, nav, aside');
        const late = !!el?.closest('p.late');
        out.push({ name, text: r.toString(), collapsed: r.collapsed, inside: ok ? 'article' : 'other', late });
      }
    });
    return out;
  });
}

/** Centre of the first range of highlight `name` whose text matches `re`, scrolled into view
 *  (viewport coordinates of that page or frame). */
export async function pointOf(p: Page | Frame, name: string, re: string): Promise<{ x: number; y: number }> {
  return until(
    () =>
      p.evaluate(
        ([name, re]) => {
          const r = [...((CSS.highlights.get(name) ?? []) as unknown as Set<Range>)].find((x) => new RegExp(re).test(x.toString()));
          if (!r) return null;
          r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
          const b = r.getClientRects()[0]!;
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        },
        [name, re] as const,
      ),
    `a ${name} range matching ${re} in ${p.url()}`,
  );
}

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function walk(n: CdpNode, f: (n: CdpNode) => void): void {
  f(n);
  for (const c of n.children ?? []) walk(c, f);
  for (const s of n.shadowRoots ?? []) walk(s, f);
}
const attr = (n: CdpNode, name: string) => {
  const i = n.attributes?.indexOf(name) ?? -1;
  return i >= 0 && i % 2 === 0 ? n.attributes![i + 1] : undefined;
};

/** The card inside the closed shadow root, through CDP (which sees closed roots). */
export async function cardState(p: Page) {
  const cdp = await p.context().newCDPSession(p);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    let host: CdpNode | undefined;
    walk(root, (n) => {
      if (attr(n, 'data-rc-host') !== undefined) host = n;
    });
    if (!host) return null;
    let card: CdpNode | undefined;
    walk(host, (n) => {
      if (!card && /\brc-card\b/.test(attr(n, 'class') ?? '')) card = n;
    });
    if (!card) return { open: false, kind: '', text: '', focused: false, style: {} as Record<string, string> };
    const texts: string[] = [];
    walk(card, (n) => n.nodeType === 3 && n.nodeValue && texts.push(n.nodeValue));
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: card.nodeId })) as {
      computedStyle: Array<{ name: string; value: string }>;
    };
    const style = Object.fromEntries(computedStyle.map((x) => [x.name, x.value])) as Record<string, string>;
    const shown = await p.evaluate(() => {
      const h = document.querySelector('[data-rc-host]');
      return { open: !!h && getComputedStyle(h).display !== 'none', focused: document.activeElement === h };
    });
    return { ...shown, kind: attr(card, 'data-kind') ?? '', text: texts.join(' '), style };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
