// Helpers for the hardening tests (hard-pages, hostile, faults, privacy): tab state and side-panel
// notes, signs of life of a page, and pointing at highlights inside frames.
import type { Note } from '../../utils/analysis/notes';
import type { Frame, Page } from 'playwright-core';
import { sendToBackground, type ExtensionHarness } from './harness';
import { pointOf, tabIdOf, until } from './page-helpers';

export interface StateView {
  status: string;
  note?: Note;
  result?: { relevant: boolean; notes?: Note[]; entities: Array<{ id: string; mentions: unknown[] }>; figures: unknown[] };
}

/** An extension page to talk to the background from (as the side panel does). */
export async function extPage(ext: ExtensionHarness): Promise<Page> {
  return ext.page(`chrome-extension://${ext.extensionId}/options.html`);
}

export async function tabState(from: Page, tabId: number): Promise<StateView | null> {
  return ((await sendToBackground(from, 'getTabState', { tabId })).res as StateView | null) ?? null;
}

/** Waits for the tab's analysis to finish (done or irrelevant) and returns its state. */
export function settled(from: Page, tabId: number, ms = 90_000): Promise<StateView> {
  return until(
    async () => {
      const s = await tabState(from, tabId);
      return s && (s.status === 'done' || s.status === 'irrelevant') ? s : null;
    },
    `tab ${tabId} analysed`,
    ms,
  );
}

/**
 * Opens the side panel pinned to the page's tab and waits until its notes box shows `re`; returns
 * the notes text. The panel is closed afterwards.
 */
export async function panelNote(ext: ExtensionHarness, p: Page, re: RegExp, ms = 60_000): Promise<string> {
  const tabId = await tabIdOf(ext.worker, p);
  const panel = await ext.page(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
  try {
    return await until(
      async () => {
        const text = await panel.locator('.summary [role="note"]').textContent({ timeout: 1000 });
        return text && re.test(text) ? text : null;
      },
      `side panel note ${re}`,
      ms,
    );
  } finally {
    await panel.close();
  }
}

/** The page's own timer and click handler still work: its counter advances, a click is handled. */
export async function pageStillWorks(p: Page): Promise<{ tickBefore: number; tickAfter: number; clicked: number }> {
  const tick = () => p.evaluate(() => Number(document.getElementById('tick')!.textContent));
  const tickBefore = await tick();
  const tickAfter = await until(async () => {
    const t = await tick();
    return t > tickBefore ? t : null;
  }, 'the page counter to advance');
  const clickedBefore = await p.evaluate(() => Number(document.getElementById('clicked')!.textContent));
  await p.click('#btn');
  const clicked = await until(async () => {
    const c = await p.evaluate(() => Number(document.getElementById('clicked')!.textContent));
    return c > clickedBefore ? c : null;
  }, 'the click handler');
  return { tickBefore, tickAfter, clicked: clicked - clickedBefore };
}

/** Number of ranges per highlight name in a frame (or page). */
export function highlightSizes(f: Frame | Page): Promise<Record<string, number>> {
  return f.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((h, name) => (out[name] = h.size));
    return out;
  });
}

/**
 * Page coordinates of the centre of the first range of highlight `name` matching `re` inside a
 * frame (scrolled into view), adding the frame element's offset in the top page.
 */
export async function pointInFrame(p: Page, frame: Frame, name: string, re: string): Promise<{ x: number; y: number }> {
  const inner = await pointOf(frame, name, re);
  const el = await frame.frameElement();
  const box = (await el.boundingBox())!;
  // The iframe's border and padding: its content box starts at clientLeft/clientTop.
  const edge = await el.evaluate((e) => ({ x: (e as HTMLElement).clientLeft, y: (e as HTMLElement).clientTop }));
  return { x: box.x + edge.x + inner.x, y: box.y + edge.y + inner.y };
}

/** Is the card host in this frame (or page) shown? (Its content is in a closed shadow root.) */
export function cardShown(f: Frame | Page): Promise<boolean> {
  return f.evaluate(() => {
    const h = document.querySelector('[data-rc-host]');
    return !!h && getComputedStyle(h).display !== 'none';
  });
}

/**
 * Evaluates an expression through CDP, in a fresh isolated world of the page's main frame (clean
 * built-ins, shared DOM and highlight registry) or, with world 'main', in the page's own world.
 * For pages that break the built-ins Playwright's own evaluate relies on.
 */
export async function cdpEval<T>(p: Page, expression: string, world: 'isolated' | 'main' = 'isolated'): Promise<T> {
  const cdp = await p.context().newCDPSession(p);
  try {
    let contextId: number | undefined;
    if (world === 'isolated') {
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      contextId = ((await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'hard-probe' })) as { executionContextId: number })
        .executionContextId;
    }
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (r.exceptionDetails) throw new Error(`${r.exceptionDetails.text} ${r.exceptionDetails.exception?.description ?? ''}`);
    return r.result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

interface DomNode {
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** Text inside the card host's closed shadow root, read through CDP only (no page-world script). */
export async function cardTextCdp(p: Page): Promise<string> {
  const cdp = await p.context().newCDPSession(p);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const texts: string[] = [];
    const walk = (n: DomNode, inHost: boolean) => {
      const here = inHost || (n.attributes ?? []).some((a, i) => i % 2 === 0 && a === 'data-rc-host');
      if (here && n.nodeType === 3 && n.nodeValue) texts.push(n.nodeValue);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c, here);
    };
    walk(root, false);
    return texts.join(' ');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Evaluates `expression` in the extension's content-script world of the page's main frame (found
 * through CDP): messages sent from there reach the background as Chrome names a content script.
 */
async function inContentScript<T>(p: Page, extensionId: string, expression: string): Promise<T> {
  const cdp = await p.context().newCDPSession(p);
  try {
    const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; frameId?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const ctx = await until(
      async () =>
        contexts.find((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.origin === `chrome-extension://${extensionId}`),
      'the content script world',
    );
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId: ctx.id, awaitPromise: true, returnByValue: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text: string };
    };
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** A message in the protocol's envelope, sent from the page's content script; resolves with the raw reply. */
export function sendFromContentScript(
  p: Page,
  extensionId: string,
  type: string,
  data?: unknown,
): Promise<{ res?: unknown; err?: { message?: string } } | null> {
  const msg = JSON.stringify({ id: 1, type, data });
  return inContentScript(
    p,
    extensionId,
    `chrome.runtime.sendMessage(Object.assign(${msg}, { timestamp: Date.now() })).then((r) => r ?? null, (e) => ({ err: { message: String(e) } }))`,
  );
}
