// Least privilege per sender (issue 16, findings 3, 4 and 7), through the listeners as registered:
// each message says who may send it; a content script acts only on its own tab's page and site,
// never on notes, own aliases or other sites, and gets only what its card needs; extension pages
// take broadcasts only from the extension itself, and a malformed one is dropped with a logged
// reason; long titles and URLs are cut, not refused. Senders are shaped as Chrome sets them.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handlers } from '../../entrypoints/background/handlers';
import { ensureKb, resetKbState } from '../../entrypoints/background/kb';
import { configureStorage } from '../../entrypoints/background/storage';
import { loadTab } from '../../entrypoints/background/tabs';
import { invalidateUserCaches } from '../../entrypoints/background/user-cache';
import { ReaderDb } from '../../utils/db/schema';
import * as user from '../../utils/db/user';
import { serveBackground, servePages } from '../../utils/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { synthetic } from './db-fixtures';

const OWN = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${OWN}`;
const panel = { id: OWN, url: `${ORIGIN}/sidepanel.html`, origin: ORIGIN };
const worker = { id: OWN, url: `${ORIGIN}/background.js`, origin: ORIGIN };
/** A content script in tab 7's top frame, on a news page (Chrome sets url, origin and tab). */
const script = (url = 'https://news.example.jp/a/1', tabId = 7, frameId = 0) => ({
  id: OWN,
  url,
  origin: new URL(url).origin,
  tab: { id: tabId } as never,
  frameId,
  documentId: 'D',
});
const V1 = synthetic('v1');
const TEXT = 'アリババグループの呉泳銘CEOは、淘天集団の売上高が3,800億元に達したと述べた。';

type Reply = { res?: unknown; err?: { message: string } };
/** Delivers a message as the browser would, with this sender; resolves with the reply (undefined: nobody answered). */
function deliver(type: string, data: unknown, sender: object): Promise<Reply | undefined> {
  return new Promise((ok) => {
    const msg = JSON.parse(JSON.stringify({ id: 1, type, data, timestamp: Date.now() }));
    void fakeBrowser.runtime.onMessage.trigger(msg, sender, ok).then((answered: unknown[]) => {
      if (!answered.includes(true)) ok(undefined);
    });
  });
}

let db: ReaderDb;
let seq = 0;
let stop: () => void = () => undefined;
const warn = vi.fn();

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(warn);
  warn.mockClear();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(V1))),
  );
  db = new ReaderDb(`least-${++seq}`);
  resetKbState();
  invalidateUserCaches();
  configureStorage({ openTimeoutMs: 5000, opTimeoutMs: 5000, retryMs: 0 }, () => db);
  await ensureKb();
  await user.setNote(db, 'alibaba', 'my private note', 1);
  await user.addOwnAlias(db, 'alibaba', 'アリ社', 2);
  await user.toggleWatch(db, 'eddie-wu', 3);
  await user.toggleSite(db, 'page', 'https://private.example.com/secret-page?id=42', false);
  stop = serveBackground(handlers);
});

afterEach(async () => {
  stop();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await db.delete();
});

/** The reader's data, to compare before and after. */
async function layer() {
  return {
    notes: await db.notes.toArray(),
    aliases: (await db.ownAliases.toArray()).map((a) => a.text),
    watched: await user.listWatched(db),
    dismissed: await user.listDismissed(db),
    settings: await user.getSettings(db),
  };
}

describe('a content script', () => {
  it('can neither write nor read notes, own aliases, the whole watchlist, settings, other tabs or the knowledge-base info', async () => {
    const before = await layer();
    const tries: Array<[string, unknown]> = [
      ['setNote', { entityId: 'alibaba', text: 'overwritten by a page' }],
      ['addOwnAlias', { entityId: 'alibaba', text: 'の' }],
      ['removeOwnAlias', { entityId: 'alibaba', text: 'アリ社' }],
      ['listOwnAliases', undefined],
      ['getEntityCard', { id: 'alibaba' }],
      ['listWatched', undefined],
      ['listDismissed', undefined],
      ['getSettings', undefined],
      ['setSettings', { enabled: false }],
      ['getTabState', { tabId: 8 }],
      ['exportUserData', undefined],
      ['importUserData', { json: '{}' }],
      ['getNames', { ids: ['alibaba'] }],
      ['kbInfo', undefined],
      ['scrollTo', { tabId: 8, start: 0, end: 1 }],
    ];
    for (const [type, data] of tries) {
      const reply = await deliver(type, data, script());
      expect(reply?.err?.message, type).toMatch(/only extension pages may send it/);
      expect(JSON.stringify(reply), type).not.toMatch(/private|アリ社|eddie-wu/);
    }
    expect(await layer()).toEqual(before);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/message dropped: setNote: rejected/));
  });

  it('cannot switch off any site but its own: toggleSite with "https://com/" is refused, switchOff takes the URL from the browser', async () => {
    const before = (await user.getSettings(db)).disabledSites;
    const reply = await deliver('toggleSite', { scope: 'site', url: 'https://com/', enabled: false }, script());
    expect(reply?.err?.message).toMatch(/only extension pages/);
    expect((await user.getSettings(db)).disabledSites).toEqual(before);
    // Its own card's button: the site is the sender's, and the answer carries no settings at all.
    expect(await deliver('switchOff', { scope: 'site', url: 'https://com/' }, script('https://www.news.example.jp/a/1'))).toEqual({});
    expect((await user.getSettings(db)).disabledSites).toEqual([...before, 'news.example.jp']);
  });

  it('reads no switched-off page URLs: its settings say on or off for its own page only', async () => {
    const reply = await deliver('startPage', { url: 'https://news.example.jp/a/1', title: 'x' }, script());
    expect(reply?.res).toMatchObject({ on: true });
    expect(JSON.stringify(reply)).not.toMatch(/private\.example|secret/);
    // ...and may not ask about another site's pages.
    const other = await deliver('getPageSettings', { url: 'https://private.example.com/secret-page?id=42' }, script());
    expect(other?.err?.message).toMatch(/not the sender's own page/);
  });

  it("gets the KB card of an entity without the reader's note, own aliases or watch state", async () => {
    const reply = await deliver('getCard', { id: 'alibaba' }, script());
    const card = reply?.res as Record<string, unknown>;
    expect(card).toMatchObject({ entity: { id: 'alibaba' } });
    for (const key of Object.keys(card)) expect(['entity', 'parent', 'relations', 'facts']).toContain(key);
    expect(JSON.stringify(card)).not.toMatch(/my private note|アリ社/);
  });

  it('watches and dismisses only what its own page shows', async () => {
    const before = await layer();
    // Nothing analysed in this tab yet: no entity is on its page.
    expect((await deliver('toggleWatch', { id: 'ttg' }, script()))?.err?.message).toMatch(/not on the sender's page/);
    expect((await deliver('dismissFlag', { key: 'x|3,800億元' }, script()))?.err?.message).toMatch(/not on the sender's page/);
    expect(await layer()).toEqual(before);
    // Its page is analysed: the entities found there may be watched from its card.
    const analysed = await deliver('analyze', { url: 'https://news.example.jp/a/1', text: TEXT }, script());
    const ids = (analysed!.res as { entities: Array<{ id: string }> }).entities.map((e) => e.id);
    expect(ids).toContain('ttg');
    expect(await deliver('toggleWatch', { id: 'ttg' }, script())).toEqual({ res: true });
    // Another tab has not seen ttg: it may not touch it.
    expect((await deliver('toggleWatch', { id: 'ttg' }, script('https://other.example/b', 9)))?.err?.message).toMatch(/not on the sender's page/);
    expect(await user.listWatched(db)).toEqual(['eddie-wu', 'ttg']);
  });

  it('analyses only its own page: a request naming another origin is refused', async () => {
    const reply = await deliver('analyze', { url: 'https://bank.example/account', text: TEXT }, script('https://news.example.jp/a/1', 11));
    expect(reply?.err?.message).toMatch(/not the sender's own page/);
    expect(await loadTab(11)).toBeNull();
  });

  it("sends only a page's own notes: a note in the knowledge base's or storage's name is refused", async () => {
    const url = 'https://news.example.jp/a/1';
    const forged = await deliver('analyze', { url, text: TEXT, note: { code: 'kbUpdateRefused', values: { reason: 'x', version: 'v0' } } }, script(url, 12));
    expect(forged?.err).toBeDefined();
    expect(await loadTab(12)).toBeNull();
    const own = await deliver('analyze', { url, text: TEXT, note: { code: 'pageTooLarge', values: { chars: 2_000_000 } } }, script(url, 13));
    expect((own!.res as { notes?: unknown[] }).notes).toContainEqual({ code: 'pageTooLarge', values: { chars: 2_000_000 } });
  });

  it('a web page, another extension or a sender without a tab is nobody: refused', async () => {
    expect((await deliver('getCard', { id: 'alibaba' }, { id: 'other-extension-id', url: 'https://news.example.jp/', tab: { id: 7 } }))?.err?.message).toMatch(
      /not sent by this extension/,
    );
    expect((await deliver('getCard', { id: 'alibaba' }, { id: OWN, url: 'https://news.example.jp/' }))?.err?.message).toMatch(/not sent by this extension/);
    // An extension URL with a web origin is not an extension page.
    expect((await deliver('listWatched', undefined, { id: OWN, url: `${ORIGIN}/options.html`, origin: 'https://evil.example' }))?.err?.message).toMatch(
      /not sent by this extension/,
    );
  });
});

describe('long titles and URLs', () => {
  it('are cut to 2,000 and 4,096 characters, not refused: the page is still analysed', async () => {
    const url = `https://news.example.jp/a/1?q=${'x'.repeat(6000)}`;
    const title = `アリババ ${'長'.repeat(3000)}`;
    const started = await deliver('startPage', { url, title }, script(url));
    expect(started?.res).toMatchObject({ on: true });
    const reply = await deliver('analyze', { url, title, text: TEXT }, script(url));
    expect((reply!.res as { entities: unknown[] }).entities.length).toBeGreaterThan(0);
    const state = await loadTab(7);
    expect(state?.status).toBe('done');
    expect(state?.url.length).toBe(4096);
    expect(state?.title?.length).toBe(2000);
  });
});

describe('extension pages', () => {
  it("take broadcasts only from the extension itself: a content script's spoofed tabStateChanged and settingsChanged are dropped and logged", async () => {
    const got: string[] = [];
    const stopPages = servePages({
      tabStateChanged: { run: (s) => void got.push(`tab ${s.tabId}`) },
      settingsChanged: { run: (s) => void got.push(`theme ${s.theme}`) },
    });
    const fake = {
      tabId: 7,
      url: 'https://news.example.jp/',
      status: 'done',
      updatedAt: 1,
      result: { relevant: true, score: 1, reasons: [], entities: [{ id: 'fake', name: 'Verified by the extension', mentions: [] }], figures: [] },
    };
    const fromScript = await deliver('tabStateChanged', fake, script());
    const theme = await deliver('settingsChanged', { ...DEFAULT_SETTINGS, theme: 'dark' }, script());
    expect(fromScript?.err?.message).toMatch(/only extension pages may send it/);
    expect(theme?.err?.message).toMatch(/only extension pages may send it/);
    expect(got).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/message dropped: tabStateChanged: rejected/));
    // The background's own broadcast is taken.
    expect(await deliver('settingsChanged', { ...DEFAULT_SETTINGS, theme: 'dark' }, worker)).toEqual({});
    expect(got).toEqual(['theme dark']);
    stopPages();
  });

  it('drop a malformed broadcast with a logged reason; nothing throws', async () => {
    const got: unknown[] = [];
    const stopPages = servePages({ tabStateChanged: { run: (s) => void got.push(s) }, layerChanged: { run: (l) => void got.push(l) } });
    const bad = [
      ['tabStateChanged', { tabId: 7, url: 'x', status: 'done', updatedAt: 1, result: { relevant: true, entities: [{ id: 'a' }], figures: [] } }],
      ['tabStateChanged', { tabId: 7, url: 'x', status: 'done', updatedAt: 1, result: { relevant: true, entities: [], figures: [{ start: -1, end: 'x' }] } }],
      ['tabStateChanged', 'not an object'],
      ['layerChanged', { watched: 'alibaba' }],
      ['layerChanged', null],
    ] as const;
    for (const [type, data] of bad) {
      const reply = await deliver(type, data, panel);
      expect(reply?.err?.message, JSON.stringify(data)).toMatch(/invalid payload/);
    }
    expect(got).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(bad.length);
    stopPages();
  });
});
