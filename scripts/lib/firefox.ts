// Firefox with the extension's Firefox build: firefox-esr (or FIREFOX_PATH) driven over WebDriver
// BiDi by puppeteer-core, the build installed as a temporary add-on under a fixed moz-extension://
// address. Used by `npm start -- --browser firefox` and the Firefox tests (tests/firefox/harness.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_ID } from '../../wxt.config';
import { firefoxPath } from './browsers';

/** The moz-extension:// host the add-on gets (set before install through a Firefox pref). */
const UUID = '6a2f1c44-0b7e-4d52-9c1e-5e0c2b7a9d31';
export const FIREFOX_ORIGIN = `moz-extension://${UUID}/`;

export async function launchFirefoxWithExtension(extDir: string, opts: { headless?: boolean; prefs?: Record<string, unknown> } = {}): Promise<Browser> {
  if (!existsSync(join(extDir, 'manifest.json'))) throw new Error(`no Firefox build in ${extDir} (run npm run build:firefox)`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: opts.headless ?? !process.env.DISPLAY,
    // Firefox 153 lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: UUID }), ...opts.prefs },
  });
  try {
    await browser.installExtension(extDir);
    return browser;
  } catch (e) {
    await browser.close().catch(() => undefined);
    throw e;
  }
}

/** Navigates and waits until the page is complete (BiDi's load event does not come for moz-extension:// pages). */
export async function openIn(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 5000 }).catch(() => undefined);
  await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { timeout: 30_000 }, url);
}

/** A message to the background from an extension page, in the channel's envelope. */
export function sendFromPage(page: Page, type: string, data?: unknown): Promise<{ res?: unknown; err?: { message?: string } }> {
  return page.evaluate(
    (type, data) => {
      const rt = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime;
      return rt.sendMessage({ id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() }) as Promise<{
        res?: unknown;
        err?: { message?: string };
      }>;
    },
    type,
    data,
  );
}

/** Highlights registered on a page (CSS Custom Highlight API). */
export function highlightsOn(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.forEach((h) => (n += h.size));
    return n;
  });
}

/** The toolbar badge of the tab showing `url`, asked from an extension page. */
export function badgeOf(extPage: Page, url: string): Promise<string> {
  return extPage.evaluate(async (url) => {
    type Api = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> }; browserAction: { getBadgeText(d: object): Promise<string> } };
    const b = (globalThis as unknown as { browser: Api }).browser;
    // Every tab, found by its URL (match patterns in tabs.query take no port in Firefox).
    const id = (await b.tabs.query({})).find((t) => t.url === url)?.id;
    return id === undefined ? '' : b.browserAction.getBadgeText({ tabId: id });
  }, url);
}

export async function tabIdOf(extPage: Page, url: string): Promise<number | undefined> {
  return extPage.evaluate(async (url) => {
    const b = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).browser;
    return (await b.tabs.query({})).find((t) => t.url === url)?.id;
  }, url);
}
