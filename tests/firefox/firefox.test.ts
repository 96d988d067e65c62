// The Firefox build for real: firefox-esr over WebDriver BiDi (puppeteer-core), the extension
// installed as a temporary add-on. The KB loads into IndexedDB, the demo article gets its
// highlights and the toolbar badge, the sidebar page shows the article's entities and figures, and
// nothing left the machine. Screenshots in tests/artifacts/firefox-*.png.
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeOf, highlightsOn, sendFromPage, tabIdOf } from '../../scripts/lib/firefox';
import { launchFirefox, until, type FirefoxHarness } from './harness';

const ARTIFACTS = 'tests/artifacts';

describe('the extension in Firefox', () => {
  let ff: FirefoxHarness;
  let popup: Page;
  let article: Page;
  let tabId: number;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ff = await launchFirefox();
    popup = await ff.extPage('popup.html');
  });

  afterAll(async () => {
    await ff?.close();
  });

  it('loads the KB into IndexedDB on install', async () => {
    const info = await until(async () => {
      const r = await sendFromPage(popup, 'kbInfo');
      const res = r.res as { entities: number; facts: number; version: string } | undefined;
      return res && res.entities > 0 ? res : undefined;
    }, 'the KB');
    expect(info.entities).toBeGreaterThan(100);
    expect(info.facts).toBeGreaterThan(100);
    expect(info.version).toMatch(/^kb-/);
  });

  it('highlights the demo article and sets the badge', async () => {
    article = await ff.page('/demo/article.html');
    const url = `${ff.baseUrl}/demo/article.html`;
    const n = await until(() => highlightsOn(article), 'highlights on the demo article');
    expect(n).toBeGreaterThan(10);
    tabId = await until(() => tabIdOf(popup, url), 'the article tab');
    const badge = await until(() => badgeOf(popup, url), 'the badge');
    expect(Number(badge)).toBeGreaterThan(0);
    await article.bringToFront();
    await article.screenshot({ path: `${ARTIFACTS}/firefox-article.png` });
  });

  it("the sidebar page shows the article's entities and figures", async () => {
    const panel = await ff.extPage(`sidepanel.html?tab=${tabId}`);
    await until(() => panel.$('[data-section="figures"] tr[data-figure]'), 'the figures table');
    const state = (await sendFromPage(panel, 'getTabState', { tabId })).res as { result: { entities: Array<{ id: string }>; figures: unknown[] } };
    expect(state.result.entities.map((e) => e.id)).toContain('alibaba');
    const rows = await panel.$$('[data-section="figures"] tr[data-figure]');
    expect(rows.length).toBe(state.result.figures.length);
    expect(await panel.$('[data-entity="alibaba"]')).not.toBeNull();
    await panel.screenshot({ path: `${ARTIFACTS}/firefox-sidebar.png`, fullPage: true });
  });

  it('made no network request outside the machine', () => {
    expect(ff.outside()).toEqual([]);
  });
});
