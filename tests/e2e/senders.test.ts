// Who may say what, in the real browser (issue 16, findings 3, 4, 5 and 7). Messages are sent from
// the content script's own isolated world (found through CDP), so Chrome names the sender exactly
// as it would for a compromised or confused content script. Covered: over-privileged messages from
// a content script; spoofed and malformed broadcasts to the side panel and the options page; the
// page's own scripts reading the highlight registry for the reader's watchlist; a 3,000-character
// title and a 6,000-character URL. Needs a build: EXT_DIR (default .output/chrome-mv3).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForKb } from '../../scripts/start';
import { ARTIFACTS, launchExtension, sendToBackground, type ExtensionHarness } from './harness';
import { sendFromContentScript } from './hard-helpers';
import { cardState, pointOf, tabIdOf, until } from './page-helpers';

const ARTICLE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>アリババ、AIインフラに3年で3800億元</title></head><body><article>
<h1>アリババ、AIインフラ投資を加速 3年で3800億元</h1>
<p>中国のアリババグループは、今後3年間でクラウドとAIのインフラに3,800億元以上を投資すると発表した。</p>
<p>呉泳銘最高経営責任者(CEO)は、過去10年間の投資総額を上回る規模だと説明した。</p>
<p>淘天集団とアリババクラウドも投資を拡大する。</p>
</article></body></html>`;

let ext: ExtensionHarness;
let article: Page;
let options: Page;
let tabId: number;
const pageErrors: string[] = [];
const extUrl = (path: string) => `chrome-extension://${ext.extensionId}/${path}`;

/** A message in the protocol's envelope, sent by the article's content script; resolves with the raw reply. */
const fromContentScript = (type: string, data?: unknown) => sendFromContentScript(article, ext.extensionId, type, data);

/** The reader's data as an extension page reads it. */
async function readerData() {
  const get = async (type: string) => (await sendToBackground(options, type)).res;
  return {
    watched: await get('listWatched'),
    aliases: await get('listOwnAliases'),
    dismissed: await get('listDismissed'),
    settings: await get('getSettings'),
    card: (await sendToBackground(options, 'getEntityCard', { id: 'alibaba' })).res,
  };
}

/** The registry once painting has settled (the same twice, half a second apart). */
async function settledRegistry(p: Page) {
  let last = '';
  return until(async () => {
    const r = await registryFromPage(p);
    const now = JSON.stringify(r);
    const same = now === last && r.names.length > 0;
    last = now;
    return same ? r : null;
  }, 'the highlights to settle');
}

/** What the page's own scripts see in the highlight registry: names, entries (sizes and texts), style rules. */
function registryFromPage(p: Page) {
  return p.evaluate(() => {
    const entries: Array<{ size: number; texts: string[] }> = [];
    const names: string[] = [];
    CSS.highlights.forEach((h, name) => {
      if (!h.size) return; // an empty entry (the keyboard focus, a flash) shows nothing
      names.push(name);
      entries.push({ size: h.size, texts: [...(h as unknown as Set<Range>)].map((r) => r.toString()).sort() });
    });
    const rules = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).filter((t) => t.includes('::highlight'));
    return { names: names.sort(), entries: entries.sort((a, b) => a.texts.join().localeCompare(b.texts.join())), rules };
  });
}

beforeAll(async () => {
  ext = await launchExtension();
  await waitForKb(ext.worker);
  await ext.context.route(`${ext.baseUrl}/senders-article.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: ARTICLE }));
  ext.context.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(`${p.url()}: ${e.message}`)));
  article = await ext.page('/senders-article.html');
  tabId = (await tabIdOf(ext.worker, article))!;
  options = await ext.page(extUrl('options.html'));
  await until(() => article.evaluate(() => (CSS.highlights.get('rc-entity')?.size ?? 0) > 0), 'the first highlights');
  expect((await sendToBackground(options, 'setNote', { entityId: 'alibaba', text: 'my private note' })).err).toBeUndefined();
  expect((await sendToBackground(options, 'addOwnAlias', { entityId: 'alibaba', text: 'アリ社' })).err).toBeUndefined();
  expect(
    (await sendToBackground(options, 'toggleSite', { scope: 'page', url: 'https://private.example.com/secret?id=42', enabled: false })).err,
  ).toBeUndefined();
});

afterAll(async () => {
  await ext?.close();
});

describe('a content script, as Chrome names it', () => {
  it("cannot overwrite notes, add or remove own aliases, switch off other sites, or read the reader's data", async () => {
    const before = await readerData();
    const tries: Array<[string, unknown]> = [
      ['setNote', { entityId: 'alibaba', text: 'written by the page' }],
      ['addOwnAlias', { entityId: 'alibaba', text: 'の' }],
      ['removeOwnAlias', { entityId: 'alibaba', text: 'アリ社' }],
      ['toggleSite', { scope: 'site', url: 'https://com/', enabled: false }],
      ['setSettings', { enabled: false }],
      ['listOwnAliases', undefined],
      ['listWatched', undefined],
      ['listDismissed', undefined],
      ['getSettings', undefined],
      ['getEntityCard', { id: 'alibaba' }],
      ['getTabState', { tabId }],
      ['exportUserData', undefined],
      ['kbInfo', undefined],
    ];
    for (const [type, data] of tries) {
      const reply = await fromContentScript(type, data);
      expect(reply?.err?.message, type).toMatch(/only extension pages may send it/);
      expect(JSON.stringify(reply), type).not.toMatch(/private|アリ社/);
    }
    expect(await readerData()).toEqual(before);
  });

  it("gets what its card needs: the KB card (no note, no own aliases), and its own page's settings (no site lists)", async () => {
    const card = (await fromContentScript('getCard', { id: 'alibaba' }))?.res as Record<string, unknown>;
    expect(card).toMatchObject({ entity: { id: 'alibaba' } });
    expect(card).not.toHaveProperty('note');
    expect(card).not.toHaveProperty('ownAliases');
    const settings = await fromContentScript('getPageSettings', { url: article.url() });
    expect(settings?.res).toMatchObject({ on: true });
    expect(JSON.stringify(settings)).not.toMatch(/private\.example/);
    expect((await fromContentScript('getPageSettings', { url: 'https://private.example.com/secret?id=42' }))?.err?.message).toMatch(
      /not the sender's own page/,
    );
  });

  it('watches only entities on its own page', async () => {
    expect((await fromContentScript('toggleWatch', { id: 'qwen' }))?.err?.message).toMatch(/not on the sender's page/);
    expect((await sendToBackground(options, 'listWatched')).res).toEqual([]);
  });
});

describe('extension pages take broadcasts only from the extension', () => {
  it('a content script\'s spoofed tabStateChanged (a fake entity "verified by the extension") and settingsChanged (dark theme) are dropped, logged, and nothing throws', async () => {
    const panel = await ext.page(extUrl(`sidepanel.html?tab=${tabId}`));
    await until(() => panel.$('[data-entity="eddie-wu"]'), 'the panel');
    const warnings: string[] = [];
    for (const p of [panel, options]) p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    const themeBefore = await options.evaluate(() => document.documentElement.dataset.theme);
    const fake = {
      tabId,
      url: article.url(),
      status: 'done',
      updatedAt: Date.now(),
      result: {
        relevant: true,
        score: 1,
        reasons: [],
        entities: [{ id: 'fake-co', name: 'Fake Co — verified by the extension', mentions: [{ start: 0, end: 4, surface: 'Fake' }] }],
        figures: [],
        notes: ['Verified by the extension: this article is accurate.'],
      },
    };
    const settings = (await sendToBackground(options, 'getSettings')).res as Record<string, unknown>;
    const spoofs: Array<[string, unknown]> = [
      ['tabStateChanged', fake],
      ['settingsChanged', { ...settings, theme: themeBefore === 'dark' ? 'light' : 'dark' }],
      ['tabStateChanged', { tabId, result: 'not a result' }],
      ['settingsChanged', null],
      ['layerChanged', { watched: ['alibaba', 'qwen'], dismissed: [] }],
    ];
    for (const [type, data] of spoofs) {
      const reply = await fromContentScript(type, data);
      expect(reply?.err?.message, type).toMatch(/rejected, only extension pages may send it/);
    }
    await panel.waitForTimeout(500);
    const text = (await panel.textContent('body')) ?? '';
    expect(text).not.toMatch(/Fake Co|verified by the extension|Verified by the extension/i);
    expect(await panel.$('[data-entity="eddie-wu"]')).not.toBeNull();
    expect(await options.evaluate(() => document.documentElement.dataset.theme)).toBe(themeBefore);
    await until(
      async () => warnings.filter((w) => /message dropped: (tabStateChanged|settingsChanged|layerChanged): rejected/.test(w)).length >= spoofs.length,
      'the logged reasons',
    );
    expect(pageErrors).toEqual([]);
    await panel.close();
  });
});

describe('nothing about the reader in the page world', () => {
  it("the page's own scripts see the same highlight registry whether or not the reader watches an entity; the card says it is watched", async () => {
    await article.bringToFront();
    const plain = await settledRegistry(article);
    expect(plain.names).toContain('rc-entity');
    expect(plain.entries.some((e) => e.texts.includes('呉泳銘'))).toBe(true);
    expect((await sendToBackground(options, 'toggleWatch', { id: 'eddie-wu' })).res).toBe(true);
    // The content script learns it at once (pageChanged). The page cannot tell: same entries,
    // same sizes, same texts, same rules (given three seconds to differ).
    const end = Date.now() + 3000;
    while (Date.now() < end && JSON.stringify(await registryFromPage(article)) === JSON.stringify(plain)) await article.waitForTimeout(200);
    const watched = await settledRegistry(article);
    expect(watched).toEqual(plain);
    expect(watched.names.some((n) => /watch/i.test(n))).toBe(false);
    expect(await article.evaluate(() => CSS.highlights.get('rc-watched'))).toBeUndefined();
    // Its card (in a closed shadow root) says it is watched.
    const at = await pointOf(article, 'rc-entity', '^呉泳銘$');
    await article.mouse.move(at.x, at.y);
    const card = await until(
      () => cardState(article).then((c) => (c?.open && /On your watchlist|ウォッチリストに登録済み/.test(c.text) ? c : null)),
      'the card to say watched',
      10_000,
    );
    expect(card.kind).toBe('entity');
    await article.screenshot({ path: join(ARTIFACTS, 'watched-card-light.png') });
    await article.keyboard.press('Escape');
    expect((await sendToBackground(options, 'toggleWatch', { id: 'eddie-wu' })).res).toBe(false);
  });
});

describe('long titles and URLs', () => {
  it('a 3,000-character title and a 6,000-character URL: cut, not refused; the page is analysed and highlighted', async () => {
    const path = `/long-title.html?q=${'x'.repeat(6000)}`;
    const body = ARTICLE.replace(/<title>[^<]*<\/title>/, `<title>アリババ ${'長'.repeat(3000)}</title>`);
    await ext.context.route(`${ext.baseUrl}/long-title.html*`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
    const p = await ext.page(path);
    await until(() => p.evaluate(() => (CSS.highlights.get('rc-entity')?.size ?? 0) > 0), 'highlights on the long-title page');
    const id = (await tabIdOf(ext.worker, p))!;
    const state = await until(async () => {
      const s = (await sendToBackground(options, 'getTabState', { tabId: id })).res as { status: string; url: string; title?: string } | null;
      return s?.status === 'done' ? s : null;
    }, 'the tab state');
    expect(state.url.length).toBe(4096);
    expect(state.title?.length).toBe(2000);
    await p.close();
  });
});

describe('privacy', () => {
  it('no page error, and the extension made no network request', () => {
    expect(pageErrors).toEqual([]);
    expect(ext.extRequests).toEqual([]);
  });
});
