// The reading experience with the Japanese UI, on the demo article and on pages built at test time
// from the real-page corpus (read in place from ../shared/real-pages; those tests are skipped when it
// is absent): the tallest card keeps its buttons in the viewport; no English phrase in the card or
// panel text beyond names and units; charts with the KB's points and the article's figure at its
// period (a 10× slip off the scale); year-less dates and conversions resolved by the article's date;
// a page not relevant shows its verdict only; shortcuts listed. Screenshots (ja/en, light/dark) go
// to tests/artifacts/reading-*.png. Build: WXT_OUT_DIR=.output-x npm run build; EXT_DIR=.output-x/chrome-mv3.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForKb } from '../../scripts/start';
import { ARTIFACTS, launchExtension, sendToBackground, type ExtensionHarness } from './harness';
import { tabIdOf, until } from './page-helpers';
import { CARD_CHART, CARD_GEOMETRY, CARD_PROSE, REAL_PAGES, corpusDate, corpusHtml, englishPhrases, probeCard } from './reading-helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const extDir = () => resolve(ROOT, process.env.EXT_DIR ?? '.output/chrome-mv3');
const hasCorpus = existsSync(REAL_PAGES);

interface KbBundle {
  entities: Array<{ names: Record<string, string[] | undefined>; aliases?: Array<{ text: string }> }>;
}
interface StateFigure {
  surface: string;
  kind: string;
  value: number;
  unit: string;
  period?: { start: string; end: string };
  converted?: { JPY: number; CNY: number; USD: number; rateDate: string; rateBasis?: string };
  check?: { status: string; factId?: string };
  subject?: string;
  metric?: string;
}
interface State {
  status: string;
  date?: string;
  result?: { relevant: boolean; figures: StateFigure[] };
}

/** Names and units the Japanese UI may show in Latin letters: every KB name and alias, codes and abbreviations. */
function allowedLatin(): string[] {
  const kb = JSON.parse(readFileSync(join(extDir(), 'kb.json'), 'utf8')) as KbBundle;
  const names = new Set<string>([
    'CSV',
    'Markdown',
    'CNY',
    'USD',
    'JPY',
    'HKD',
    'TWD',
    'EUR',
    'GBP',
    'Esc',
    'Alt',
    'Shift',
    'MoE',
    'AI',
    'EC',
    'CEO',
    'CFO',
    'CTO',
    'GAAP',
    'non-GAAP',
    'Non-GAAP',
    'EBITA',
    'GMV',
    'CMR',
    'IPO',
    'ADR',
  ]);
  for (const e of kb.entities) {
    for (const list of Object.values(e.names)) for (const n of list ?? []) if (/[A-Za-z]/.test(n)) names.add(n);
    for (const a of e.aliases ?? []) if (/[A-Za-z]/.test(a.text)) names.add(a.text);
  }
  return [...names].sort((a, b) => b.length - a.length);
}

/** The side panel's prose: without the page's own words (surfaces, title, mentions, unknown names), links, keys and names. */
const PANEL_PROSE = () => {
  const skip =
    '.rc-source, .tl-source, a, [lang="en"], [lang="zh-Hans"], [lang="zh-Hant"], .page-title, .page-spelling, .mention, .noun, kbd, .tl-body button, .flag-surface, button.surface, svg, .ch-caption, .ch-legend, .rc-alt, .rc-model dd, .note-box, textarea';
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement!.closest(skip)) out.push(n.nodeValue ?? '');
  return out.join(' ');
};

let ext: ExtensionHarness;
let bg: Page;
let allowed: string[];
const extUrl = (path: string) => `chrome-extension://${ext.extensionId}/${path}`;

async function setLang(lang: 'ja' | 'en'): Promise<void> {
  expect((await sendToBackground(bg, 'setSettings', { uiLang: lang })).err).toBeUndefined();
}

/** Opens a corpus page (served on the harness origin) or the demo; waits for its analysis. */
async function open(name: string, viewport = { width: 1000, height: 700 }): Promise<{ page: Page; tabId: number; state: State }> {
  const path = name === 'demo' ? '/demo/article.html' : `/real/${name}.html`;
  if (name !== 'demo') {
    const html = corpusHtml(name)!;
    await ext.context.route(`${ext.baseUrl}${path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  }
  const page = await ext.page(path);
  await page.setViewportSize(viewport);
  const tabId = (await tabIdOf(ext.worker, page))!;
  const state = await until(
    async () => {
      const s = (await sendToBackground(bg, 'getTabState', { tabId })).res as State | null;
      return s && (s.status === 'done' || s.status === 'irrelevant') ? s : null;
    },
    `${name} analysed`,
    90_000,
  );
  return { page, tabId, state };
}

/** Hovers the first highlight whose text includes `text`; returns once a card is open. */
async function hover(p: Page, text: string): Promise<void> {
  await p.mouse.move(2, 2);
  await p.keyboard.press('Escape');
  const pt = await until(
    () =>
      p.evaluate((text) => {
        for (const name of ['rc-entity', 'rc-watched', 'rc-bad', 'rc-money', 'rc-percent', 'rc-count', 'rc-date']) {
          const r = [...((CSS.highlights.get(name) ?? []) as unknown as Set<Range>)].find((x) => x.toString().includes(text));
          if (!r) continue;
          r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
          const b = r.getClientRects()[0]!;
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
        return null;
      }, text),
    `a highlight of ${text}`,
  );
  await p.mouse.move(pt.x, pt.y);
  await until(() => probeCard(p, 'function () { return this.querySelector(".rc-content")?.textContent ? true : null; }'), `the card of ${text}`);
}

async function panelFor(tabId: number): Promise<Page> {
  const panel = await ext.page(extUrl(`sidepanel.html?tab=${tabId}`));
  await panel.setViewportSize({ width: 360, height: 900 });
  await until(() => panel.$('header.summary'), 'the panel');
  return panel;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ext = await launchExtension();
  await waitForKb(ext.worker);
  bg = await ext.page(extUrl('options.html'));
  await setLang('ja');
  allowed = allowedLatin();
});

afterAll(async () => {
  await ext?.close();
});

describe('hover card', () => {
  it('the tallest entity card fits the viewport: its body scrolls with a cue and its buttons stay visible', async () => {
    const { page } = await open('demo', { width: 1000, height: 560 });
    const seen: Array<{ name: string; g: NonNullable<Awaited<ReturnType<typeof geometry>>> }> = [];
    const geometry = (p: Page) =>
      probeCard<{
        card: { top: number; bottom: number };
        buttons: Array<{ top: number; bottom: number; left: number; right: number; text: string }>;
        contentHeight: number;
        scrolls: boolean;
        cue: boolean;
        viewport: { width: number; height: number };
      }>(p, CARD_GEOMETRY);
    for (const name of ['アリババ', '通義千問', '呉泳銘', 'アリババクラウド', 'Qwen3-Max', 'ゴールドマン']) {
      await hover(page, name);
      const g = await until(() => geometry(page), `geometry of ${name}`);
      seen.push({ name, g });
      for (const b of g.buttons) {
        expect(b.top, `${name}: ${b.text}`).toBeGreaterThanOrEqual(0);
        expect(b.bottom, `${name}: ${b.text}`).toBeLessThanOrEqual(g.viewport.height);
        expect(b.right, `${name}: ${b.text}`).toBeLessThanOrEqual(g.viewport.width);
      }
      expect(g.buttons.length).toBe(3); // watch, off here, off on this site
    }
    const tallest = seen.reduce((a, b) => (b.g.contentHeight > a.g.contentHeight ? b : a));
    await hover(page, tallest.name);
    const g = (await geometry(page))!;
    expect(g.card.bottom).toBeLessThanOrEqual(g.viewport.height);
    expect(g.scrolls, `${tallest.name} is taller than the card`).toBe(true);
    expect(g.cue).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'reading-card-tallest-ja.png') });
    await page.close();
  });

  it('a figure card charts its line item with the article figure at its period', async () => {
    const { page, state } = await open('demo');
    const fig = state.result!.figures.find((f) => f.surface === '2,477億9,500万元')!;
    expect(fig.metric).toBe('revenue');
    const [series] = (
      await sendToBackground(bg, 'getSeries', { keys: [{ subject: fig.subject, metric: 'revenue', span: 'quarter', factId: fig.check?.factId }] })
    ).res as Array<{ points: Array<{ end: string }> }>;
    await hover(page, '2,477億9,500万元');
    const chart = await until(
      () =>
        probeCard<{ points: Array<{ end: string; x: number }>; mark: { end: string; x: number; clamped: string; status: string } | null }>(page, CARD_CHART),
      'the card chart',
    );
    // A window of the series: at most 12 quarters, all of them the KB's, the figure's quarter among them.
    expect(chart.points.length).toBe(Math.min(12, series!.points.length));
    expect(chart.points.every((p) => series!.points.some((s) => s.end === p.end))).toBe(true);
    expect(chart.mark?.end).toBe(fig.period!.end);
    const same = chart.points.find((p) => p.end === fig.period!.end)!;
    expect(Math.abs(chart.mark!.x - same.x)).toBeLessThan(0.6);
    expect(chart.mark!.status).toContain('ch-consistent');
    await page.screenshot({ path: join(ARTIFACTS, 'reading-card-chart-ja.png') });
    await page.close();
  });

  it.skipIf(!hasCorpus)('a figure off by ten times is drawn off the scale, flagged', async () => {
    const { page, state } = await open('ja-020-aibase-fy25q3-garbled-units');
    const fig = state.result!.figures.find((f) => f.check?.status === 'inconsistent' && f.metric === 'revenue');
    expect(fig, 'the 10× revenue slip').toBeTruthy();
    await hover(page, fig!.surface);
    const chart = await until(() => probeCard<{ points: unknown[]; mark: { clamped: string; status: string } | null }>(page, CARD_CHART), 'the card chart');
    expect(chart.mark?.clamped).toBe('above');
    expect(chart.mark?.status).toContain('ch-inconsistent');
    await page.screenshot({ path: join(ARTIFACTS, 'reading-card-flag-chart-ja.png') });
    await page.close();
  });
});

describe('one language', () => {
  const pages = ['demo', ...(hasCorpus ? ['zh-004-worldjournal-fy26q2-results', 'en-005-tmtpost-fy26q2-cloud', 'ja-001-afpbb-xinhua-2019q2-results'] : [])];
  for (const name of pages) {
    it(`no English phrase in the Japanese card and panel: ${name}`, async () => {
      const { page, tabId, state } = await open(name);
      const texts: Array<[string, string]> = [];
      // Every entity card and every checked figure card of the page.
      const surfaces = await page.evaluate(() => {
        const out = new Set<string>();
        for (const name of ['rc-entity', 'rc-bad', 'rc-money', 'rc-percent'])
          for (const r of (CSS.highlights.get(name) ?? []) as unknown as Set<Range>) out.add(r.toString());
        return [...out].slice(0, 14);
      });
      for (const s of surfaces) {
        await hover(page, s);
        texts.push([`card ${s}`, (await probeCard<string>(page, CARD_PROSE)) ?? '']);
      }
      const panel = await panelFor(tabId);
      if (state.result?.relevant) await until(() => panel.$('[data-section="figures"]'), 'the figures table');
      // Open every check's details.
      for (const b of await panel.$$('button.details')) await b.click();
      texts.push(['panel', await panel.evaluate(PANEL_PROSE)]);
      // The page's own spellings, quoted beside a name, are the page's words.
      const own =
        (
          (await sendToBackground(bg, 'getTabState', { tabId })).res as { result?: { entities: Array<{ mentions: Array<{ surface: string }> }> } }
        ).result?.entities.flatMap((e) => e.mentions.map((m) => m.surface)) ?? [];
      const names = [...allowed, ...own].sort((a, b) => b.length - a.length);
      const found = texts.flatMap(([where, t]) => englishPhrases(t, names).map((p) => `${where}: ${p}`));
      expect(found).toEqual([]);
      await panel.close();
      await page.close();
    });
  }
});

describe('side panel', () => {
  it.runIf(hasCorpus)('a long figures table filters: each filter shows what its count says, then all again', async () => {
    const { page, tabId } = await open('zh-004-worldjournal-fy26q2-results');
    const panel = await panelFor(tabId);
    await until(() => panel.$('[data-section="figures"] [data-filter]'), 'the figure filters');
    const rows = () => panel.$$eval('tr[data-figure]', (trs) => trs.length);
    const all = await rows();
    const chips = await panel.$$eval('[data-filter]', (bs) =>
      bs.map((b) => [b.getAttribute('data-filter')!, Number(b.querySelector('.num')!.textContent)] as const),
    );
    expect(chips[0]).toEqual(['all', all]);
    expect(chips.length).toBeGreaterThan(2);
    for (const [filter, n] of chips.slice(1)) {
      await panel.click(`[data-filter="${filter}"]`);
      expect(await panel.getAttribute(`[data-filter="${filter}"]`, 'aria-pressed')).toBe('true');
      expect(await rows()).toBe(n);
      expect(n).toBeLessThan(all);
    }
    await panel.click('[data-filter="money"]');
    await panel.screenshot({ path: join(ARTIFACTS, 'reading-panel-figure-filter-ja.png') });
    await panel.click('[data-filter="all"]');
    expect(await rows()).toBe(all);
    await panel.close();
    await page.close();
  });

  it('header with title, site and date; one rate for the page; charts of the line items the article touches', async () => {
    const { page, tabId, state } = await open('demo');
    const panel = await panelFor(tabId);
    const head = await panel.textContent('header.summary');
    expect(head).toContain('127.0.0.1');
    expect(head).toContain('2025年11月26日');
    expect(head).not.toMatch(/タブ \d+|\b\d{6,}\b/); // no raw tab id
    // Conversions: every amount at the article's month, so the same figure converts once.
    const money = state.result!.figures.filter((f) => f.converted);
    expect(money.length).toBeGreaterThan(3);
    for (const f of money) expect(f.converted).toMatchObject({ rateDate: '2025-11', rateBasis: 'article' });
    const cny = money.filter((f) => f.unit === 'CNY').map((f) => f.converted!.JPY / f.value);
    expect(Math.max(...cny) - Math.min(...cny)).toBeLessThan(1e-9);
    const twin = await panel.$$eval('tr[data-figure="3,800億元"] td.conv', (tds) => tds.map((td) => td.textContent));
    expect(twin.length).toBe(2);
    expect(twin[0]).toBe(twin[1]);
    // 数字の推移: a chart of Alibaba's quarterly revenue with the article's figure on it.
    const chart = await until(() => panel.$('[data-chart="alibaba:revenue"]'), 'the revenue chart');
    const pts = await chart.$$eval('circle.ch-pt', (cs) => cs.length);
    expect(pts).toBeGreaterThanOrEqual(3);
    expect(await chart.$eval('.ch-mark', (m) => m.getAttribute('data-end'))).toBe('2025-09-30');
    // Keyboard: focus the chart, step with the arrows, the caption reads the point.
    await chart.$eval('svg', (s) => (s as unknown as HTMLElement).focus());
    await panel.keyboard.press('End');
    expect(await chart.$eval('.ch-caption', (c) => c.textContent)).toContain('記事');
    await panel.keyboard.press('ArrowLeft');
    expect(await chart.$eval('.ch-caption', (c) => c.textContent)).toMatch(/出典/);
    // Shortcuts as the page handles them.
    const keys = await panel.$$eval('[data-shortcuts] kbd', (ks) => ks.map((k) => k.textContent));
    expect(keys).toEqual(expect.arrayContaining(['Alt+Shift+J', 'Alt+Shift+K', 'Esc']));
    await panel.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    expect(await panel.$$eval('[data-section="charts"] [data-chart]', (cs) => cs.map((c) => c.getAttribute('data-chart')))).toEqual([
      ...new Set(await panel.$$eval('[data-section="charts"] [data-chart]', (cs) => cs.map((c) => c.getAttribute('data-chart')))),
    ]);
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.screenshot({ path: join(ARTIFACTS, `reading-panel-ja-${scheme}.png`), fullPage: true });
      await panel.screenshot({ path: join(ARTIFACTS, `reading-panel-top-ja-${scheme}.png`) });
      await (await panel.$('[data-section="charts"]'))!.screenshot({ path: join(ARTIFACTS, `reading-charts-ja-${scheme}.png`) });
    }
    await panel.close();
    await page.close();
  });

  it.skipIf(!hasCorpus)('year-less dates are placed by the article date', async () => {
    // The article (June 2023) announces a change "effective Sept. 10": 2023, not a year named elsewhere.
    const name = 'en-014-variety-tsai-wu-reshuffle';
    const { page, tabId, state } = await open(name);
    expect(state.date).toBe(corpusDate(name));
    const sept = state.result!.figures.find((f) => f.kind === 'date' && /Sept/.test(f.surface));
    expect(sept?.period?.start).toBe('2023-09-10');
    const panel = await panelFor(tabId);
    await until(() => panel.$('[data-section="timeline"]'), 'the timeline');
    expect(await panel.textContent('[data-section="timeline"]')).toContain('2023年9月10日');
    await panel.close();
    await page.close();
  });

  it.skipIf(!hasCorpus)('a page judged not relevant shows its verdict only', async () => {
    const { page, tabId, state } = await open('en-019-alibaba-forty-thieves-tale');
    expect(state.result?.relevant).toBe(false);
    const panel = await panelFor(tabId);
    await until(() => panel.$('[data-relevant="false"]'), 'the verdict');
    const sections = await panel.$$eval('main.panel > section[data-section]', (ss) => ss.map((s) => s.getAttribute('data-section')));
    expect(sections).toEqual(['shortcuts']);
    await panel.close();
    await page.close();
  });

  it('popup and options list the shortcuts', async () => {
    const popup = await ext.page(extUrl('popup.html'));
    await until(() => popup.$('[data-shortcuts]'), 'popup shortcuts');
    const opts = await ext.page(extUrl('options.html'));
    await until(() => opts.$('[data-section="shortcuts"] [data-shortcuts] kbd'), 'options shortcuts');
    expect(await opts.textContent('[data-section="shortcuts"]')).toContain('Alt+Shift+J');
    await popup.close();
    await opts.close();
  });
});

describe('screenshots, en and ja, light and dark', () => {
  it('card and panel in English', async () => {
    await setLang('en');
    const { page, tabId } = await open('demo');
    await hover(page, '2,477億9,500万元');
    await page.screenshot({ path: join(ARTIFACTS, 'reading-card-chart-en.png') });
    const panel = await panelFor(tabId);
    await until(() => panel.$('[data-chart="alibaba:revenue"]'), 'the revenue chart');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: join(ARTIFACTS, 'reading-panel-en-dark.png'), fullPage: true });
    await panel.close();
    await page.close();
    await setLang('ja');
  });

  it('the card in dark', async () => {
    await sendToBackground(bg, 'setSettings', { theme: 'dark' });
    const { page } = await open('demo');
    await page.emulateMedia({ colorScheme: 'dark' });
    await hover(page, '2,477億9,500万元');
    await page.screenshot({ path: join(ARTIFACTS, 'reading-card-chart-ja-dark.png') });
    await hover(page, 'アリババ');
    await page.screenshot({ path: join(ARTIFACTS, 'reading-card-entity-ja-dark.png') });
    await page.close();
    await sendToBackground(bg, 'setSettings', { theme: 'auto' });
  });
});

describe('privacy', () => {
  it('the extension made no network request', () => {
    expect(ext.extRequests).toEqual([]);
  });
});
