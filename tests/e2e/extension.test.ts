// The extension, end to end in Chromium: install, service worker, KB in IndexedDB, message checks,
// side panel and options pages, analysis of a page (badge + tab state), worker restart, no network.
// Needs a build: WXT_OUT_DIR=.output-platform npm run build; EXT_DIR=.output-platform/chrome-mv3.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeBadge, waitForKb } from '../../scripts/start';
import { ARTIFACTS, launchExtension, sendToBackground, type ExtensionHarness } from './harness';

let ext: ExtensionHarness;
let extPage: Page; // any extension page, to talk to the background like the side panel does

const extDir = () => resolve(import.meta.dirname, '../..', process.env.EXT_DIR ?? '.output/chrome-mv3');
const shipped = () => JSON.parse(readFileSync(join(extDir(), 'kb.json'), 'utf8')) as { version: string; entities: unknown[]; facts: unknown[] };

/** Waits until `probe` returns a truthy value (polling; no timing assertions). */
async function until<T>(probe: () => Promise<T>, what: string, ms = 30_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
});

describe('install', () => {
  it('installs and starts the service worker', () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    expect(ext.worker.url()).toBe(`chrome-extension://${ext.extensionId}/background.js`);
  });

  it('loads the bundled KB into IndexedDB', async () => {
    const kb = shipped();
    const meta = await waitForKb(ext.worker);
    expect(meta.version).toBe(kb.version);
    expect(meta.entities).toBe(kb.entities.length);
    expect(meta.loadMs).toBeGreaterThanOrEqual(0);
  });
});

describe('pages and messages', () => {
  it('options page opens and renders', async () => {
    const p = await ext.page(`chrome-extension://${ext.extensionId}/options.html`);
    await until(() => p.evaluate(() => (document.body.innerText || '').trim().length > 0), 'options content');
    await p.screenshot({ path: join(ARTIFACTS, 'platform-options.png') });
    extPage = p;
  });

  it('answers kbInfo from an extension page', async () => {
    const reply = await sendToBackground(extPage, 'kbInfo');
    const kb = shipped();
    expect(reply.err).toBeUndefined();
    expect(reply.res).toMatchObject({ version: kb.version, entities: kb.entities.length, facts: kb.facts.length });
  });

  it('rejects a payload that fails its schema, with an error', async () => {
    const bad = await sendToBackground(extPage, 'getEntityCard', { id: 42 });
    expect(bad.res).toBeUndefined();
    expect(bad.err?.message).toMatch(/invalid payload/);
    const good = await sendToBackground(extPage, 'getEntityCard', { id: 'no-such-entity' });
    expect(good).toEqual({ res: null });
  });

  it('keeps settings in the database', async () => {
    const set = await sendToBackground(extPage, 'setSettings', { theme: 'dark', categories: { date: false } });
    expect(set.err).toBeUndefined();
    const got = await sendToBackground(extPage, 'getSettings');
    expect(got.res).toMatchObject({ theme: 'dark', categories: { date: false, money: true } });
    await sendToBackground(extPage, 'setSettings', { theme: 'auto', categories: { date: true } });
  });

  it('side panel page opens as a tab and renders', async () => {
    const p = await ext.page(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await until(() => p.evaluate(() => (document.body.innerText || '').trim().length > 0), 'side panel content');
    await p.screenshot({ path: join(ARTIFACTS, 'platform-sidepanel.png') });
    await p.close();
  });
});

describe('a relevant page', () => {
  let tabId: number;

  it('gets analysed: badge with the entity count, tab state for the side panel', async () => {
    const page = await ext.page('/relevant.html');
    await page.bringToFront();
    const badge = await until(() => activeBadge(ext.worker).then((b) => (Number(b) > 0 ? b : '')), 'badge');
    tabId = await ext.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
      return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!;
    });
    const reply = await sendToBackground(extPage, 'getTabState', { tabId });
    const state = reply.res as { status: string; url: string; result: { relevant: boolean; entities: Array<{ id: string }> } };
    expect(state.status).toBe('done');
    expect(state.url).toBe(`${ext.baseUrl}/relevant.html`);
    expect(state.result.relevant).toBe(true);
    expect(new Set(state.result.entities.map((e) => e.id)).size).toBe(Number(badge));
    await page.screenshot({ path: join(ARTIFACTS, 'platform-relevant.png') });
  });

  it('keeps the tab state across a service-worker restart', async () => {
    await ext.worker.evaluate(() => ((globalThis as { beforeRestart?: boolean }).beforeRestart = true));
    const cdp = await ext.context.newCDPSession(extPage);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
      for (const v of e.versions) if (v.scriptURL === ext.worker.url()) statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await until(async () => statuses.includes('stopped'), 'the worker to stop');
    await cdp.detach();
    const reply = await until(() => sendToBackground(extPage, 'getTabState', { tabId }).then((r) => (r.res ? r : null)), 'tab state after restart');
    expect((reply.res as { status: string }).status).toBe('done');
    // It really is a new worker life: the marker set before the stop is gone.
    expect(await ext.worker.evaluate(() => (globalThis as { beforeRestart?: boolean }).beforeRestart ?? false)).toBe(false);
    // ...and it can still answer from the KB (index rebuilt from IndexedDB).
    const card = await sendToBackground(extPage, 'getEntityCard', { id: 'alibaba' });
    expect((card.res as { entity: { id: string } }).entity.id).toBe('alibaba');
  });
});

describe('privacy', () => {
  it('the extension made no network request', () => {
    expect(ext.extRequests).toEqual([]);
  });
});
