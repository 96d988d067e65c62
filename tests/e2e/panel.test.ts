// The reader-facing pages in the real extension: side panel (pinned to a tab with ?tab=), options,
// popup. Entities and figures listed, flagged figure first, click-to-scroll, settings that persist
// and apply at once, site switch, exports, no network. Screenshots go to tests/artifacts/.
// Needs a build: WXT_OUT_DIR=.output-panel npm run build; EXT_DIR=.output-panel/chrome-mv3.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchExtension, sendToBackground, type ExtensionHarness } from './harness';

// A test article served on the harness origin: the plan is stated correctly once (元) and once
// with the wrong currency (ドル), the kind of slip the checks exist for. A tall spacer puts the
// last mention of アリババ far below the first screen.
const ARTICLE_PATH = '/panel-article.html';
const ARTICLE = `<!doctype html><html lang="ja"><head><meta charset="utf-8">
<title>アリババ、AIインフラ投資を加速 3年で3800億元</title></head><body><article>
<h1>アリババ、AIインフラ投資を加速 3年で3800億元</h1>
<p>中国のアリババグループは、今後3年間でクラウドとAIのインフラに3,800億元(約7兆9,800億円)以上を投資すると発表した。</p>
<p>呉泳銘(エディ・ウー)最高経営責任者(CEO)は、過去10年間の投資総額を上回る規模だと説明した。</p>
<div style="height:3200px"></div>
<p>一方、一部の報道はアリババが3年間で3,800億ドルをAIインフラに投資すると伝えており、通貨の表記が食い違っている。</p>
</article></body></html>`;

let ext: ExtensionHarness;
let article: Page;
let panel: Page;
let tabId: number;
const extUrl = (path: string) => `chrome-extension://${ext.extensionId}/${path}`;

/** Waits until `probe` returns a truthy value (polling; no timing assertions). */
async function until<T>(probe: () => Promise<T>, what: string, ms = 60_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const attrs = (p: Page, sel: string, attr: string) => p.$$eval(sel, (els, a) => els.map((e) => e.getAttribute(a) ?? ''), attr);

interface StateFigure {
  surface: string;
  check?: { status: string };
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ext = await launchExtension();
  await ext.context.route(`${ext.baseUrl}${ARTICLE_PATH}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: ARTICLE }));
  article = await ext.page(ARTICLE_PATH);
  await article.bringToFront();
  tabId = await ext.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
    return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!;
  });
  panel = await ext.page(extUrl(`sidepanel.html?tab=${tabId}`));
  await panel.setViewportSize({ width: 360, height: 900 });
  // Japanese readers are the primary audience: the pages (and screenshots) in Japanese.
  expect((await sendToBackground(panel, 'setSettings', { uiLang: 'ja' })).err).toBeUndefined();
});

afterAll(async () => {
  await ext?.close();
});

describe('side panel', () => {
  it('shows the pinned tab: entities and figures, the flagged figure first', async () => {
    await until(() => panel.$('[data-section="figures"] tr[data-figure]'), 'the figures table', 90_000);
    const state = (await sendToBackground(panel, 'getTabState', { tabId })).res as {
      url: string;
      result: { entities: Array<{ id: string }>; figures: StateFigure[] };
    };
    expect(state.url).toBe(`${ext.baseUrl}${ARTICLE_PATH}`);

    const entityIds = await attrs(panel, '[data-entity]', 'data-entity');
    expect(entityIds).toEqual(expect.arrayContaining(['alibaba', 'eddie-wu']));
    expect(new Set(entityIds)).toEqual(new Set(state.result.entities.map((e) => e.id)));

    const rows = await attrs(panel, 'tr[data-figure]', 'data-figure');
    expect(rows.length).toBe(state.result.figures.length);
    expect(rows.some((s) => s.includes('3,800億元'))).toBe(true);

    // Flags: exactly the background's inconsistent figures, and the currency slip among them.
    const inconsistent = state.result.figures.filter((f) => f.check?.status === 'inconsistent').map((f) => f.surface);
    expect(inconsistent.some((s) => s.includes('3,800億ドル'))).toBe(true);
    const flags = await attrs(panel, '[data-section="flags"] [data-flag]', 'data-flag');
    expect(flags.sort()).toEqual([...inconsistent].sort());
    // Flagged first: the flags section precedes the entities, and flagged rows lead the table.
    const order = await attrs(panel, 'main.panel > [data-section], main.panel > section', 'data-section');
    expect(order.indexOf('flags')).toBe(0);
    const flaggedRows = await panel.$$eval('tr[data-figure]', (trs) => trs.map((tr) => tr.classList.contains('flagged')));
    expect(flaggedRows.slice(0, inconsistent.length).every(Boolean)).toBe(true);
    expect(flaggedRows.slice(inconsistent.length).some(Boolean)).toBe(false);
  });

  it('clicking a mention scrolls the page to it', async () => {
    await article.bringToFront();
    await article.evaluate(() => window.scrollTo(0, 0));
    await panel.click('[data-entity="alibaba"] .ent-name');
    const mentions = panel.locator('[data-entity="alibaba"] .mention');
    await until(async () => (await mentions.count()) > 1, 'the mention list');
    await mentions.last().click();
    const y = await until(() => article.evaluate(() => window.scrollY), 'the page to scroll');
    expect(y).toBeGreaterThan(1000);
  });

  it('pins an entity to the watchlist, seen in the options page', async () => {
    const pin = panel.locator('[data-entity="eddie-wu"] button.pin');
    await pin.click();
    await until(async () => (await pin.getAttribute('aria-pressed')) === 'true', 'the pin to turn on');
    const opts = await ext.page(extUrl('options.html'));
    await until(() => opts.$('[data-watched="eddie-wu"]'), 'the watchlist entry');
    await opts.close();
  });

  it('exports CSV and Markdown as downloads', async () => {
    const [csv] = await Promise.all([panel.waitForEvent('download'), panel.click('[data-export="csv"]')]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text).toMatch(/record,id,name,type,surface,value/);
    expect(text).toContain('3,800億元');
    expect(text).toContain('entity,alibaba,');
    expect(text).toMatch(/figure,.*,inconsistent,/);
    const [md] = await Promise.all([panel.waitForEvent('download'), panel.click('[data-export="md"]')]);
    expect(md.suggestedFilename()).toMatch(/\.md$/);
    const mdText = readFileSync((await md.path())!, 'utf8');
    expect(mdText).toContain(`<${ext.baseUrl}${ARTICLE_PATH}>`);
    expect(mdText).toContain('3,800億ドル');
  });

  it('screenshots, light and dark', async () => {
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-light.png'), fullPage: true });
    await panel.emulateMedia({ colorScheme: 'dark' });
    const bg = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-dark.png'), fullPage: true });
    await panel.emulateMedia({ colorScheme: 'light' });
  });

  it('dismisses a flag; the options page lists it', async () => {
    const before = await panel.locator('[data-section="flags"] [data-flag]').count();
    await panel
      .locator('[data-section="flags"] [data-flag]')
      .first()
      .locator('button', { hasText: /Dismiss|非表示/ })
      .click();
    await until(async () => (await panel.locator('[data-section="flags"] [data-flag]').count()) === before - 1, 'the flag to go');
    const keys = (await sendToBackground(panel, 'listDismissed')).res as string[];
    expect(keys.length).toBe(1);
    const opts = await ext.page(extUrl('options.html'));
    await until(() => opts.$('[data-section="dismissed"] li'), 'the dismissed list');
    expect(await opts.textContent('[data-section="dismissed"] li')).toContain('3,800億ドル');
    await opts.close();
  });
});

describe('options', () => {
  it('currency: saved at once, kept after reload, followed by the open panel', async () => {
    const opts = await ext.page(extUrl('options.html'));
    await opts.waitForSelector('#opt-currency');
    await opts.selectOption('#opt-currency', 'USD');
    await until(() => sendToBackground(opts, 'getSettings').then((r) => (r.res as { currency: string }).currency === 'USD'), 'the setting to be saved');
    await opts.reload();
    await opts.waitForSelector('#opt-currency');
    expect(await opts.inputValue('#opt-currency')).toBe('USD');
    // The panel was not reloaded: it follows the settingsChanged broadcast.
    await until(() => panel.textContent('table.figs thead').then((s) => s?.includes('USD')), 'the panel to show USD');
    await opts.screenshot({ path: join(ARTIFACTS, 'options-light.png'), fullPage: true });
    await opts.close();
  });

  it('UI language overrides the browser language', async () => {
    const opts = await ext.page(extUrl('options.html'));
    await opts.waitForSelector('#opt-uiLang');
    await opts.selectOption('#opt-uiLang', 'en');
    await until(() => panel.textContent('#entities-h').then((s) => s?.includes('Entities')), 'English labels in the panel');
    await until(() => opts.evaluate(() => document.documentElement.lang === 'en'), 'English options page');
    await opts.selectOption('#opt-uiLang', 'ja');
    await until(() => panel.textContent('#entities-h').then((s) => s?.includes('固有名詞')), 'Japanese labels in the panel');
    await until(() => opts.evaluate(() => document.documentElement.lang === 'ja'), 'Japanese options page');
    await opts.close();
  });
});

describe('own layer in the options page', () => {
  it('lists own aliases and removes one', async () => {
    const opts = await ext.page(extUrl('options.html'));
    expect((await sendToBackground(opts, 'addOwnAlias', { entityId: 'alibaba', text: 'アリ社' })).err).toBeUndefined();
    await opts.reload();
    const row = opts.locator('[data-section="aliases"] li', { hasText: 'アリ社' });
    await until(async () => (await row.count()) === 1, 'the alias row');
    await row.locator('button').click();
    await until(async () => (await row.count()) === 0, 'the alias to go');
    const left = (await sendToBackground(opts, 'listOwnAliases')).res as Array<{ text: string }>;
    expect(left.some((a) => a.text === 'アリ社')).toBe(false);
    await opts.close();
  });

  it('exports user data to a file and imports it back', async () => {
    const opts = await ext.page(extUrl('options.html'));
    await opts.waitForSelector('[data-section="data"] button');
    const [file] = await Promise.all([opts.waitForEvent('download'), opts.click('[data-section="data"] button')]);
    expect(file.suggestedFilename()).toMatch(/\.json$/);
    const path = (await file.path())!;
    expect(() => JSON.parse(readFileSync(path, 'utf8'))).not.toThrow();
    await opts.setInputFiles('[data-section="data"] input[type="file"]', path);
    await until(() => opts.textContent('[data-section="data"] [role="status"]').then((s) => s && /\d/.test(s)), 'the import message');
    expect(await opts.textContent('[data-section="data"] [role="status"]')).not.toMatch(/could not|読み込めません/);
    // The watchlist survived the round trip.
    await opts.reload();
    await until(() => opts.$('[data-watched="eddie-wu"]'), 'the watchlist after import');
    await opts.close();
  });
});

describe('popup', () => {
  it('shows the page status; the site switch turns the page off and on', async () => {
    const popup = await ext.page(extUrl(`popup.html?tab=${tabId}`));
    await popup.setViewportSize({ width: 320, height: 260 });
    await until(() => popup.$('[data-counts]'), 'the page status');
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-light.png'), fullPage: true });

    await popup.click('input[name="site"]');
    await until(() => popup.$('[data-state="disabled"]'), 'the popup to show disabled');
    const host = new URL(ext.baseUrl).hostname;
    const s = (await sendToBackground(popup, 'getSettings')).res as { disabledSites: string[] };
    expect(s.disabledSites.some((d) => host === d || host.endsWith('.' + d))).toBe(true);
    await until(() => panel.$('header.summary[data-status="disabled"]'), 'the panel to show disabled');

    await popup.click('input[name="site"]');
    await until(async () => !(await popup.$('[data-state="disabled"]')), 'the popup to show enabled');
    await until(async () => !(await panel.$('header.summary[data-status="disabled"]')), 'the panel to show enabled');
    await popup.close();
  });
});

describe('privacy', () => {
  it('the extension made no network request', () => {
    expect(ext.extRequests).toEqual([]);
  });
});
