// In the page: highlights, hover cards (closed shadow root, read through CDP), keyboard stepping,
// late content, frames, hostile CSS, untouched fields, no network. Real Chromium with the built
// extension. Build: WXT_OUT_DIR=.output-page npm run build; run with EXT_DIR=.output-page/chrome-mv3.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchExtension, sendToBackground, type ExtensionHarness } from './harness';
import { activeBadge, waitForKb } from '../../scripts/start';
import { cardState, highlightRanges, pointOf, tabIdOf, until } from './page-helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const extDir = () => resolve(ROOT, process.env.EXT_DIR ?? '.output/chrome-mv3');
interface KbEntity {
  id: string;
  names: Record<string, string[] | undefined>;
}
const kbEntities = () => (JSON.parse(readFileSync(join(extDir(), 'kb.json'), 'utf8')) as { entities: KbEntity[] }).entities;
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/pages', name), 'utf8');

let ext: ExtensionHarness;
let relevant: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ext = await launchExtension();
  await waitForKb(ext.worker);
});

afterAll(async () => {
  await ext?.close();
});

/** Entity whose canonical Japanese name is `ja`. */
function entityNamed(ja: string): KbEntity {
  const e = kbEntities().find((x) => x.names.ja?.includes(ja));
  if (!e) throw new Error(`no KB entity named ${ja}`);
  return e;
}

describe('relevant article', () => {
  it('paints highlights with the Custom Highlight API (registry shared with the page world)', async () => {
    relevant = await ext.page('/relevant.html');
    const ranges = await until(async () => {
      const r = await highlightRanges(relevant);
      return r.some((x) => x.name === 'rc-entity') && r.some((x) => x.name === 'rc-money') ? r : null;
    }, 'entity and money highlights');
    const texts = ranges.map((r) => r.text);
    expect(texts).toContain('3,800億元');
    expect(texts.some((t) => t.startsWith('アリババ'))).toBe(true);
    // Nothing is wrapped: the page's DOM keeps its own elements only.
    expect(await relevant.evaluate(() => document.querySelectorAll('mark[data-rc]').length)).toBe(0);
    await relevant.screenshot({ path: join(ARTIFACTS, 'page-highlights-light.png') });
  });

  it('leaves navigation, asides, the search box, the editor, inputs and <pre> alone', async () => {
    const ranges = await highlightRanges(relevant);
    expect(ranges.filter((r) => r.inside !== 'article')).toEqual([]);
    const state = await relevant.evaluate(() => ({
      editor: document.getElementById('editor')!.innerHTML,
      name: (document.getElementById('name') as HTMLInputElement).value,
      search: (document.getElementById('search') as HTMLInputElement).value,
      pre: document.querySelector('pre')!.innerHTML,
    }));
    expect(state).toEqual({
      editor: 'アリババの投資計画についての意見',
      name: 'アリババ好きの読者',
      search: 'アリババ 決算',
      pre: '$ quote --ticker BABA --exchange NYSE',
    });
    expect(fixture('relevant.html')).toContain('<pre>$ quote --ticker BABA --exchange NYSE</pre>');
  });

  it('badge shows the number of distinct entities found', async () => {
    const highlighted = await relevant.evaluate(() => {
      const n = CSS.highlights.get('rc-entity')?.size ?? 0;
      return n + (CSS.highlights.get('rc-watched')?.size ?? 0);
    });
    const badge = await until(async () => {
      await relevant.bringToFront();
      return activeBadge(ext.worker);
    }, 'badge text');
    expect(Number(badge)).toBeGreaterThan(0);
    expect(Number(badge)).toBeLessThanOrEqual(highlighted);
    const tabId = await tabIdOf(ext.worker, relevant);
    const extPage = await ext.page(`chrome-extension://${ext.extensionId}/options.html`);
    const st = (await sendToBackground(extPage, 'getTabState', { tabId })).res as { result: { entities: Array<{ id: string; mentions: unknown[] }> } };
    expect(Number(badge)).toBe(new Set(st.result.entities.filter((e) => e.mentions.length).map((e) => e.id)).size);
    await extPage.close();
  });

  it('hovering a name opens its card; Escape closes it', async () => {
    const alibaba = entityNamed('アリババグループ');
    await relevant.bringToFront();
    const at = await pointOf(relevant, 'rc-entity', '^アリババ');
    await relevant.mouse.move(at.x, at.y);
    const card = await until(() => cardState(relevant).then((c) => (c?.open ? c : null)), 'card open');
    expect(card.text).toContain(alibaba.names.ja![0]);
    expect(card.text).toContain(alibaba.names.en![0]);
    expect(card.kind).toBe('entity');
    expect(card.style.visibility).toBe('visible');
    await relevant.screenshot({ path: join(ARTIFACTS, 'hover-card-light.png') });
    await relevant.keyboard.press('Escape');
    await until(() => cardState(relevant).then((c) => !c?.open), 'card closed');
  });

  it('a figure card shows the normalised value and conversions', async () => {
    const at = await pointOf(relevant, 'rc-money', '^3,800億元$');
    await relevant.mouse.move(at.x, at.y);
    const card = await until(() => cardState(relevant).then((c) => (c?.open && c.kind === 'figure' ? c : null)), 'figure card');
    expect(card.text).toContain('380,000,000,000 CNY');
    expect(card.text).toMatch(/USD|ドル/);
    // The pointer may travel into the card (to press a button) without closing it...
    const box = await relevant.evaluate(() => document.querySelector('[data-rc-host]')!.getBoundingClientRect().toJSON());
    await relevant.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await relevant.waitForTimeout(800);
    expect((await cardState(relevant))?.open).toBe(true);
    // ...and leaving it for plain text closes it.
    await relevant.mouse.move(box.x + box.width + 300, box.y + box.height + 40, { steps: 5 });
    await until(() => cardState(relevant).then((c) => !c?.open), 'card closed after the pointer left');
  });

  it('Alt+Shift+J steps to the first highlight and opens its card', async () => {
    await relevant.keyboard.press('Alt+Shift+J');
    const card = await until(() => cardState(relevant).then((c) => (c?.open ? c : null)), 'card by keyboard');
    expect(card.focused).toBe(true);
    expect(await relevant.evaluate(() => CSS.highlights.get('rc-focus')?.size ?? 0)).toBeGreaterThan(0);
    await relevant.keyboard.press('Escape');
    await until(() => cardState(relevant).then((c) => !c?.open), 'closed');
    expect(await relevant.evaluate(() => CSS.highlights.get('rc-focus')?.size ?? 0)).toBe(0);
    await relevant.keyboard.press('Alt+Shift+K'); // previous = the last one
    await until(() => cardState(relevant).then((c) => c?.open), 'card for the last highlight');
    await relevant.mouse.click(2, 300); // a click outside closes
    await until(() => cardState(relevant).then((c) => !c?.open), 'closed by outside click');
    // The manifest commands reach the page as 'stepHighlight' messages from the background.
    const tabId = await tabIdOf(ext.worker, relevant);
    const stepped = await ext.worker.evaluate(
      (tabId) =>
        (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: unknown, o: unknown): Promise<{ res?: boolean }> } } }).chrome.tabs.sendMessage(
          tabId!,
          { id: 1, type: 'stepHighlight', data: { dir: 1 }, timestamp: Date.now() },
          { frameId: 0 },
        ),
      tabId,
    );
    expect(stepped.res).toBe(true);
    await until(() => cardState(relevant).then((c) => c?.open), 'card by command');
    await relevant.keyboard.press('Escape');
  });

  it('scrolls to a mention the side panel asks for and flashes it', async () => {
    const tabId = await tabIdOf(ext.worker, relevant);
    const extPage = await ext.page(`chrome-extension://${ext.extensionId}/options.html`);
    const st = (await sendToBackground(extPage, 'getTabState', { tabId })).res as {
      result: { entities: Array<{ mentions: Array<{ start: number; end: number }> }> };
    };
    const last = st.result.entities.flatMap((e) => e.mentions).sort((a, b) => b.start - a.start)[0]!;
    await relevant.evaluate(() => window.scrollTo(0, 0));
    const reply = await sendToBackground(extPage, 'scrollTo', { tabId, start: last.start, end: last.end });
    expect(reply.res).toBe(true);
    const flashed = await until(
      () =>
        relevant.evaluate(() => {
          const r = [...(CSS.highlights.get('rc-flash') ?? [])][0] as Range | undefined;
          const box = r?.getBoundingClientRect();
          return box && box.top >= 0 && box.bottom <= innerHeight ? r!.toString() : null;
        }),
      'flash in view',
    );
    expect(flashed.length).toBe(last.end - last.start);
    await extPage.close();
  });
});

describe('settings', () => {
  it('restyles, filters and switches off without a reload', async () => {
    const extPage = await ext.page(`chrome-extension://${ext.extensionId}/options.html`);
    const set = (data: unknown) => sendToBackground(extPage, 'setSettings', data);
    const size = (name: string) => relevant.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
    await set({ highlightStyle: 'background' });
    await until(
      () =>
        relevant.evaluate(() =>
          document.adoptedStyleSheets.some((sh) =>
            Array.from(sh.cssRules).some((r) => r.cssText.includes('rc-entity') && r.cssText.includes('background-color')),
          ),
        ),
      'background style',
    );
    const cats = { entities: false, money: true, percent: true, count: true, date: true };
    await set({ categories: cats });
    await until(async () => (await size('rc-entity')) === 0 && (await size('rc-money')) > 0, 'entities hidden');
    await set({ categories: { ...cats, entities: true }, highlightStyle: 'underline' });
    await until(async () => (await size('rc-entity')) > 0, 'entities back');
    await sendToBackground(extPage, 'toggleSite', { scope: 'site', url: relevant.url(), enabled: false });
    await until(() => relevant.evaluate(() => CSS.highlights.size === 0 && document.adoptedStyleSheets.length === 0), 'cleared when off');
    await sendToBackground(extPage, 'toggleSite', { scope: 'site', url: relevant.url(), enabled: true });
    await until(async () => (await size('rc-entity')) > 0, 'back when on again');
    await extPage.close();
  });
});

describe('other pages', () => {
  it('an irrelevant page gets no highlights, no stylesheet and no card host', async () => {
    const p = await ext.page('/irrelevant.html');
    await p.waitForLoadState('load');
    await p.waitForTimeout(1500); // give the content script its chance (no timing asserted)
    const st = await p.evaluate(() => ({
      highlights: CSS.highlights.size,
      sheets: document.adoptedStyleSheets.length,
      hosts: document.querySelectorAll('[data-rc-host]').length,
      marks: document.querySelectorAll('mark[data-rc]').length,
    }));
    expect(st).toEqual({ highlights: 0, sheets: 0, hosts: 0, marks: 0 });
    await p.close();
  });

  it('hostile page CSS cannot restyle or cover the card', async () => {
    const ref = (await cardStyleOn(relevant))!;
    const p = await ext.page('/hostile.html');
    await until(() => highlightRanges(p).then((r) => r.length > 0), 'highlights on hostile page');
    const at = await pointOf(p, 'rc-entity', '^アリババ');
    await p.mouse.move(at.x, at.y);
    const card = await until(() => cardState(p).then((c) => (c?.open ? c : null)), 'card on hostile page');
    expect(card.style['font-size']).toBe(ref['font-size']);
    expect(card.style.visibility).toBe('visible');
    expect(card.style['background-color']).toBe(ref['background-color']);
    // With the overlay made hit-testable, the card is still what is on top at its centre.
    const top = await p.evaluate(() => {
      const host = document.querySelector('[data-rc-host]')!;
      const box = host.getBoundingClientRect();
      const overlay = document.getElementById('overlay')!;
      overlay.style.setProperty('pointer-events', 'auto', 'important');
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      overlay.style.removeProperty('pointer-events');
      return hit === host ? 'card' : hit?.id || hit?.tagName;
    });
    expect(top).toBe('card');
    await p.close();
  });

  it('late content gets highlighted as it arrives', async () => {
    const p = await ext.page('/late.html');
    await until(() => p.evaluate(() => document.querySelectorAll('p.late').length === 3), 'late paragraphs');
    const late = await until(async () => {
      const r = await highlightRanges(p);
      const inLate = r.filter((x) => x.late);
      return inLate.length >= 2 ? inLate : null;
    }, 'highlights in late paragraphs');
    expect(late.map((x) => x.text).join(' ')).toMatch(/398億2,400万元|34%|呉泳銘|3,800億元/);
    await p.close();
  });

  it('a same-origin iframe article is highlighted in its own frame', async () => {
    const p = await ext.page('/iframe.html');
    const frame = await until(async () => p.frames().find((f) => f.url().endsWith('/iframe-article.html')), 'frame');
    const inFrame = await until(() => frame.evaluate(() => CSS.highlights.get('rc-entity')?.size ?? 0), 'frame highlights');
    expect(inFrame).toBeGreaterThan(0);
    expect(await p.evaluate(() => CSS.highlights.size)).toBe(0); // the portal page itself is not about Alibaba
    await p.close();
  });

  it('SPA navigation (pushState) clears the old highlights and analyses the new story', async () => {
    const p = await ext.page('/spa.html');
    await until(() => highlightRanges(p).then((r) => r.some((x) => x.text.startsWith('3,800億元'))), 'first story highlighted');
    await p.click('#next');
    const after = await until(async () => {
      const r = await highlightRanges(p);
      return r.some((x) => x.text.startsWith('約36兆')) ? r : null;
    }, 'second story highlighted');
    expect(p.url()).toContain('story=qwen3');
    // A fresh run: no left-over (collapsed) ranges of the removed story.
    expect(after.filter((x) => x.collapsed)).toEqual([]);
    expect(after.some((x) => x.text.startsWith('3,800億元'))).toBe(false);
    await p.close();
  });

  it('the extension made no network requests', () => {
    expect(ext.extRequests).toEqual([]);
  });
});

describe('dark colour scheme', () => {
  it('renders the card dark', async () => {
    const dark = await launchExtension({ colorScheme: 'dark' });
    try {
      await waitForKb(dark.worker);
      const p = await dark.page('/relevant.html');
      await until(() => highlightRanges(p).then((r) => r.length > 0), 'highlights (dark)');
      const at = await pointOf(p, 'rc-entity', '^アリババ');
      await p.mouse.move(at.x, at.y);
      const card = await until(() => cardState(p).then((c) => (c?.open ? c : null)), 'card (dark)');
      const [r, g, b] = card.style['background-color']!.match(/\d+/g)!.map(Number);
      expect(r! + g! + b!).toBeLessThan(200);
      await p.screenshot({ path: join(ARTIFACTS, 'hover-card-dark.png') });
      expect(dark.extRequests).toEqual([]);
    } finally {
      await dark.close();
    }
  });
});

async function cardStyleOn(p: Page): Promise<Record<string, string> | null> {
  await p.bringToFront();
  const at = await pointOf(p, 'rc-entity', '^アリババ');
  await p.mouse.move(at.x, at.y);
  const c = await until(() => cardState(p).then((x) => (x?.open ? x : null)), 'reference card');
  await p.keyboard.press('Escape');
  return c.style;
}
