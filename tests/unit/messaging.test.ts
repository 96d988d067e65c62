// The message protocol as every context uses it: listeners (content script, extension pages) take
// only this extension's messages with a valid payload; senders get answers parsed by the output
// schema; settings have one shape, one patch and one merge; a content script's settings hold no site
// lists; the page language comes from one rule.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveContent, servePages, toBackground } from '../../utils/messaging/protocol';
import { DEFAULT_SETTINGS, mergeSettings, pageSettings, settingsSchemas, storedSettings } from '../../utils/settings';
import { langOfTag } from '../../utils/dom/page-lang';

const own = () => ({ id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/background.js` });

/** Delivers a message as Chrome would, with the given sender; resolves with the answer (or undefined: not answered). */
function deliver(type: string, data: unknown, sender: object): Promise<{ res?: unknown; err?: { message: string } } | undefined> {
  return new Promise((ok) => {
    void fakeBrowser.runtime.onMessage
      .trigger(JSON.parse(JSON.stringify({ id: 1, type, data, timestamp: Date.now() })), sender, ok)
      .then((answered: unknown[]) => {
        if (!answered.includes(true)) ok(undefined);
      });
  });
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('content-script listeners', () => {
  const views: unknown[] = [];
  beforeEach(() => {
    views.length = 0;
    serveContent({
      pageChanged: { run: (v) => void views.push(v) },
      stepHighlight: { run: ({ dir }) => dir === 1 },
      settingsChanged: { run: () => void views.push('settings') },
    });
  });

  it('take a valid message from this extension', async () => {
    const view = { watched: ['alibaba'], dismissed: [], readings: { 'eddie-wu': 'ゴ・エイメイ' } };
    expect(await deliver('pageChanged', view, own())).toEqual({});
    expect(await deliver('stepHighlight', { dir: 1 }, own())).toEqual({ res: true });
    expect(await deliver('settingsChanged', undefined, own())).toEqual({}); // no data: the key is absent on the wire
    expect(views).toEqual([view, 'settings']);
  });

  it('refuse other senders and bad payloads before the handler runs', async () => {
    const other = { id: 'abcdefghijklmnopabcdefghijklmnop' };
    expect((await deliver('pageChanged', { watched: [], dismissed: [], readings: {} }, other))?.err?.message).toMatch(/not sent by this extension/);
    expect((await deliver('pageChanged', { watched: 'alibaba', dismissed: [], readings: {} }, own()))?.err?.message).toMatch(/pageChanged: invalid payload/);
    expect((await deliver('stepHighlight', { dir: 2 }, own()))?.err?.message).toMatch(/invalid payload/);
    expect((await deliver('settingsChanged', { theme: 'dark' }, own()))?.err?.message).toMatch(/invalid payload/);
    expect(views).toEqual([]);
  });

  it('leave messages they do not handle, and non-protocol messages, unanswered', async () => {
    expect(await deliver('rescan', undefined, own())).toBeUndefined();
    expect(await deliver('noSuchMessage', {}, own())).toBeUndefined();
    const stray: unknown[] = await fakeBrowser.runtime.onMessage.trigger({ channel: 'arc-tokenizer', type: 'tokenize', text: 'x' }, own(), () => undefined);
    expect(stray.includes(true)).toBe(false);
  });
});

describe('page listeners', () => {
  it('take broadcasts only when they pass their schema', async () => {
    const got: unknown[] = [];
    servePages({ layerChanged: { run: (l) => void got.push(l) } });
    expect(await deliver('layerChanged', { watched: ['qwen'], dismissed: [], card: 'qwen' }, own())).toEqual({});
    expect((await deliver('layerChanged', { watched: [1], dismissed: [] }, own()))?.err?.message).toMatch(/invalid payload/);
    expect(got).toEqual([{ watched: ['qwen'], dismissed: [], card: 'qwen' }]);
  });
});

describe('senders', () => {
  it("get the answer parsed by the output schema, or the listener's error", async () => {
    const answers: unknown[] = [
      { res: ['alibaba'] },
      { res: [42] },
      { err: { name: 'Error', message: 'listWatched: rejected, only extension pages may send it' } },
      undefined,
    ];
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => answers.shift() as never);
    expect(await toBackground('listWatched', undefined)).toEqual(['alibaba']);
    expect(send.mock.calls[0]![0]).toMatchObject({ type: 'listWatched', timestamp: expect.any(Number) });
    await expect(toBackground('listWatched', undefined)).rejects.toThrow(/listWatched: invalid answer/);
    await expect(toBackground('listWatched', undefined)).rejects.toThrow(/only extension pages/);
    await expect(toBackground('listWatched', undefined)).rejects.toThrow(/no answer/);
  });
});

describe('settings', () => {
  it('one patch shape: any field, categories one by one, merged in one place', () => {
    const patch = settingsSchemas().SettingsPatch.parse({ theme: 'dark', categories: { date: false } });
    expect(mergeSettings(DEFAULT_SETTINGS, patch)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', categories: { ...DEFAULT_SETTINGS.categories, date: false } });
    expect(settingsSchemas().SettingsPatch.safeParse({ hoverDelayMs: -5 }).success).toBe(false);
  });

  it('stored rows: unknown fields dropped, missing fields defaulted, invalid rows refused', () => {
    expect(storedSettings({ id: 'settings', currency: 'USD', categories: { money: false }, legacy: 1 })).toEqual({
      ...DEFAULT_SETTINGS,
      currency: 'USD',
      categories: { ...DEFAULT_SETTINGS.categories, money: false },
    });
    expect(storedSettings({ theme: 'neon' })).toBeNull();
    expect(storedSettings(undefined)).toBeNull();
  });

  it("a content script's settings: on or off for its page, the language resolved, no site lists", () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['blocked.example'], disabledPages: ['https://news.example/x'] };
    const ps = pageSettings(s, 'https://news.example/a', 'ja-JP');
    expect(ps).toEqual({ on: true, categories: s.categories, currency: 'JPY', uiLang: 'ja', highlightStyle: 'underline', hoverDelayMs: 300, theme: 'auto' });
    expect(JSON.stringify(ps)).not.toContain('blocked.example');
    expect(pageSettings(s, 'https://www.blocked.example/a', 'en').on).toBe(false);
    expect(pageSettings(s, 'https://news.example/x#top', 'en').on).toBe(false);
    expect(pageSettings({ ...s, uiLang: 'en' }, 'https://news.example/a', 'ja').uiLang).toBe('en');
  });
});

describe('page language', () => {
  it('one rule for the declared tag: ja / zh / en, else the core detects it', () => {
    expect(['ja-JP', 'ZH-hant-TW', ' en ', 'en-GB', 'de', 'japanese', '', null].map(langOfTag)).toEqual([
      'ja',
      'zh',
      'en',
      'en',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
