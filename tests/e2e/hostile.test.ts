// Hostile pages (tests/fixtures/pages/hard-*.html): scripts that fake the extension's messages and
// events, built-ins broken before the content script runs, page CSS aimed at every element, a
// strict Content-Security-Policy header, and page text that looks like HTML. The extension ignores
// what does not come from itself, renders page text as text only, and its UI keeps working.
// Build: WXT_OUT_DIR=.output-hard npm run build; run with EXT_DIR=.output-hard/chrome-mv3.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForKb } from '../../scripts/start';
import { launchExtension, sendToBackground, type ExtensionHarness } from './harness';
import { cardTextCdp, cdpEval, extPage, highlightSizes, settled } from './hard-helpers';
import { cardState, highlightRanges, pointOf, tabIdOf, until } from './page-helpers';

let ext: ExtensionHarness;
let bg: Page;
const dialogs: string[] = [];

async function open(path: string): Promise<Page> {
  const p = await ext.context.newPage();
  p.on('dialog', (d) => {
    dialogs.push(`${path}: ${d.message()}`);
    void d.dismiss();
  });
  await p.goto(ext.baseUrl + path);
  return p;
}

async function hoverCard(p: Page, name = 'rc-entity', re = '^アリババ') {
  await p.bringToFront();
  const at = await pointOf(p, name, re);
  await p.mouse.move(at.x, at.y);
  return until(() => cardState(p).then((c) => (c?.open ? c : null)), `card on ${p.url()}`);
}

beforeAll(async () => {
  ext = await launchExtension();
  await waitForKb(ext.worker);
  bg = await extPage(ext);
});

afterAll(async () => {
  await ext?.close();
});

describe('fake messages', () => {
  it('window messages and DOM events shaped like the extension’s are ignored', async () => {
    const settingsBefore = (await sendToBackground(bg, 'getSettings')).res;
    const p = await open('/hard-spoof.html');
    await p.bringToFront();
    const tabId = (await tabIdOf(ext.worker, p))!;
    await until(() => highlightRanges(p).then((r) => r.some((x) => x.name === 'rc-entity')), 'highlights');
    await settled(bg, tabId);
    const sizes = await highlightSizes(p);
    const out = await p.evaluate((id) => (window as unknown as { spoof(id: string): { names: number; direct: string } }).spoof(id), ext.extensionId);
    expect(out.direct).toBe('no chrome.runtime.sendMessage in the page');
    // Nothing the extension posted to the page names it (no id to fingerprint or forge events with).
    expect(JSON.stringify(await p.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages))).not.toContain(ext.extensionId);
    await p.waitForTimeout(1500); // a fake rescan or settings change would act within this
    // Still painted as before, not scrolled by the fake scrollToMention, settings untouched.
    expect(await highlightSizes(p)).toEqual(sizes);
    expect(await p.evaluate(() => window.scrollY)).toBe(0);
    expect((await sendToBackground(bg, 'getSettings')).res).toEqual(settingsBefore);
    expect((await sendToBackground(bg, 'getTabState', { tabId })).res).toMatchObject({ status: 'done' });
    // The content script is alive (not invalidated by a forged start-up announcement): the real
    // background still reaches it and the reader can still open cards.
    const stepped = await ext.worker.evaluate(
      (tabId) =>
        (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: unknown, o: unknown): Promise<{ res?: boolean }> } } }).chrome.tabs.sendMessage(
          tabId,
          { id: 1, type: 'stepHighlight', data: { dir: 1 }, timestamp: Date.now() },
          { frameId: 0 },
        ),
      tabId,
    );
    expect(stepped.res).toBe(true);
    await p.keyboard.press('Escape');
    expect((await hoverCard(p)).kind).toBe('entity');
    await p.close();
  });

  it('a page cannot message the extension: no externally_connectable, chrome.runtime.sendMessage is not there', async () => {
    const p = await open('/hard-spoof.html');
    const api = await p.evaluate((id) => {
      const c = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } } }).chrome;
      let connect = 'absent';
      try {
        if (typeof c?.runtime?.connect === 'function') {
          (c.runtime.connect as (id: string) => unknown)(id);
          connect = 'connected';
        }
      } catch (e) {
        connect = `threw: ${(e as Error).message}`;
      }
      return { sendMessage: typeof c?.runtime?.sendMessage, connect };
    }, ext.extensionId);
    expect(api).toEqual({ sendMessage: 'undefined', connect: 'absent' });
    await p.close();
  });
});

describe('broken built-ins', () => {
  it('page overrides of Array, JSON, Node, attachShadow, bind, Promise, normalize… do not reach the content script', async () => {
    // Playwright's own evaluate needs some of these built-ins: probe through CDP instead.
    const p = await open('/hard-builtins.html');
    expect(await cdpEval(p, 'window.overridden === true', 'main')).toBe(true);
    const sizes = () => cdpEval<Record<string, number>>(p, `(() => { const o = {}; CSS.highlights.forEach((h, n) => (o[n] = h.size)); return o; })()`);
    await until(async () => {
      const s = await sizes();
      return (s['rc-entity'] ?? 0) > 0 && (s['rc-money'] ?? 0) > 0;
    }, 'highlights despite the overrides');
    await p.bringToFront();
    const at = await cdpEval<{ x: number; y: number }>(
      p,
      `(() => { const r = [...CSS.highlights.get('rc-entity')].find((x) => x.toString().startsWith('アリババ'));
        const b = r.getClientRects()[0]; return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; })()`,
    );
    await p.mouse.move(at.x, at.y);
    await until(
      () => cdpEval<boolean>(p, `(() => { const h = document.querySelector('[data-rc-host]'); return !!h && getComputedStyle(h).display !== 'none'; })()`),
      'card shown',
    );
    const text = await until(() => cardTextCdp(p), 'card text');
    expect(text).toContain('アリババ');
    // The page's own world keeps its overrides (we neither see nor repair them).
    expect(await cdpEval(p, `(() => { try { [1].map((x) => x); return 'works'; } catch (e) { return e.message; } })()`, 'main')).toBe(
      'page override: Array.prototype.map',
    );
    await p.close();
  });
});

describe('page CSS aimed at every element', () => {
  it('a transform and filter on every element (the root too): the card still shows inside the viewport, by the name', async () => {
    const p = await open('/hard-css.html?mode=transform');
    await until(() => highlightRanges(p).then((r) => r.some((x) => x.text.startsWith('呉泳銘'))), 'highlight far down');
    await p.bringToFront();
    const at = await pointOf(p, 'rc-entity', '^呉泳銘');
    expect(await p.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await p.mouse.move(at.x, at.y);
    await until(() => cardState(p).then((c) => (c?.open ? c : null)), 'card on a transformed page');
    const box = await p.evaluate(() => document.querySelector('[data-rc-host]')!.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(900);
    expect(Math.min(Math.abs(box.top - at.y), Math.abs(box.bottom - at.y))).toBeLessThan(60); // next to the name
    await p.close();
  });

  it('pointer-events: none and user-select: none on every element: hover still opens the card', async () => {
    const p = await open('/hard-css.html?mode=pointer');
    await until(() => highlightRanges(p).then((r) => r.some((x) => x.name === 'rc-entity')), 'highlights');
    expect((await hoverCard(p)).kind).toBe('entity');
    await p.close();
  });
});

describe('strict Content-Security-Policy', () => {
  it("default-src 'none'; style-src 'none'; script-src 'none': highlights are styled, the card shows and is styled", async () => {
    const p = await open('/hard-csp.html');
    const violations: string[] = [];
    p.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    const res = await p.request.get(p.url());
    expect(res.headers()['content-security-policy']).toBe("default-src 'none'; style-src 'none'; script-src 'none'");
    await until(() => highlightRanges(p).then((r) => r.some((x) => x.name === 'rc-money')), 'highlights under CSP');
    const styled = await p.evaluate(() =>
      document.adoptedStyleSheets.some((s) => Array.from(s.cssRules).some((r) => r.cssText.includes('::highlight(rc-entity)'))),
    );
    expect(styled).toBe(true);
    const card = await hoverCard(p);
    expect(card.kind).toBe('entity');
    // The card's stylesheet applied (a styled card has a background and padding, not the defaults).
    expect(card.style['background-color']).not.toBe('rgba(0, 0, 0, 0)');
    expect(card.style['padding-top']).not.toBe('0px');
    const host = await p.evaluate(() => getComputedStyle(document.querySelector('[data-rc-host]')!).position);
    expect(host).toBe('fixed');
    console.log(`[hostile] CSP page: ${violations.length} CSP console messages`, violations.slice(0, 3));
    await p.close();
  });
});

describe('page text that looks like HTML', () => {
  it('is shown as text in the card and the side panel; no element is created from it', async () => {
    const p = await open('/hard-xss.html');
    const tabId = (await tabIdOf(ext.worker, p))!;
    await until(() => highlightRanges(p).then((r) => r.some((x) => x.name === 'rc-entity')), 'highlights');
    const state = await settled(bg, tabId);
    expect(state.status).toBe('done');
    const card = await hoverCard(p, 'rc-money', '^3,800億元');
    expect(card.kind).toBe('figure');
    expect(await hostHasOnly(p)).toEqual([]);
    const panel = await ext.page(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
    await until(() => panel.$('tr[data-figure]'), 'the figures table');
    const title = await panel.textContent('.page-title');
    expect(title).toContain('<img src=x onerror="document.title=\'pwned-title\'">');
    expect(title).toContain('<script>alert(1)</script>');
    const made = await panel.evaluate(() => ({
      img: document.querySelectorAll('img, iframe, script:not([src]), b[onmouseover]').length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
    }));
    expect(made).toEqual({ img: 0, handlers: 0 });
    await panel.close();
    expect(await p.evaluate(() => document.title)).not.toBe('pwned-title');
    expect(dialogs).toEqual([]);
    await p.close();
  });
});

/** Element names inside the card that could come from page HTML (none of the card's own are like this). */
async function hostHasOnly(p: Page): Promise<string[]> {
  const cdp = await p.context().newCDPSession(p);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const found: string[] = [];
    const walk = (n: Node, inHost: boolean) => {
      const host = inHost || (n.attributes ?? []).includes('data-rc-host');
      if (host && /^(IMG|SCRIPT|IFRAME|B)$/.test(n.nodeName)) found.push(n.nodeName);
      if (host && (n.attributes ?? []).some((a, i) => i % 2 === 0 && a.startsWith('on'))) found.push(`${n.nodeName}[on*]`);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c, host);
    };
    walk(root, false);
    return found;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

interface Node {
  nodeName: string;
  attributes?: string[];
  children?: Node[];
  shadowRoots?: Node[];
}

describe('privacy', () => {
  it('no dialog was opened by page text, and the extension made no network request', () => {
    expect(dialogs).toEqual([]);
    expect(ext.extRequests).toEqual([]);
  });
});
