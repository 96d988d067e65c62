// Background pieces that need no browser: message checks (channel) and chunk merging (merge).
import './support/dexie-node-shims';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { handlers } from '../../entrypoints/background/handlers';
import { badgeText, mergeResult } from '../../entrypoints/background/merge';
import { checkInput } from '../../utils/messaging/channel';
import { protocol } from '../../utils/messaging/protocol';
import type { AnalysisResult } from '../../utils/analysis/types';

describe('background: message checks', () => {
  const OWN = 'test-extension-id'; // the fake browser's runtime.id
  const BASE = `chrome-extension://${OWN}/`;
  const page = { id: OWN, url: `${BASE}sidepanel.html`, origin: `chrome-extension://${OWN}` };
  const contentScript = { id: OWN, url: 'https://news.example.jp/a', origin: 'https://news.example.jp', tab: { id: 3 } as never, frameId: 0 };
  const check = (type: keyof ReturnType<typeof protocol>['background'], data: unknown, sender: object | undefined, own = OWN) =>
    checkInput(protocol().background, type, data, sender as never, own, BASE).data;

  it('accepts this extension with a valid payload, stripped to the schema', () => {
    expect(check('getEntityCard', { id: 'alibaba', extra: 1 }, page)).toEqual({ id: 'alibaba' });
    expect(check('getCard', { id: 'alibaba' }, contentScript)).toEqual({ id: 'alibaba' });
    expect(checkInput(protocol().background, 'getCard', { id: 'x' }, contentScript as never, OWN, BASE).caller).toEqual({
      kind: 'content',
      tabId: 3,
      frameId: 0,
      url: contentScript.url,
    });
  });

  it('rejects other senders, bad payloads, and content scripts on page-only messages', () => {
    expect(() => check('getEntityCard', { id: 'alibaba' }, { ...page, id: 'other-extension' })).toThrow(/not sent by this extension/);
    expect(() => check('getEntityCard', { id: 'alibaba' }, undefined)).toThrow(/not sent by this extension/);
    expect(() => check('getEntityCard', { id: 7 }, page)).toThrow(/invalid payload/);
    expect(() => check('getEntityCard', undefined, page)).toThrow(/invalid payload/);
    expect(() => check('exportUserData', undefined, contentScript)).toThrow(/only extension pages/);
    expect(check('exportUserData', undefined, page)).toBeUndefined();
  });

  it('content scripts may send only what the page UI needs: nothing about notes, own aliases, other tabs or other sites', () => {
    const table = protocol().background;
    const fromContent = Object.entries(table)
      .filter(([, d]) => d.from !== 'extension')
      .map(([k]) => k)
      .sort();
    expect(fromContent).toEqual(['analyze', 'dismissFlag', 'getCard', 'getPageSettings', 'getSeries', 'loadReader', 'startPage', 'switchOff', 'toggleWatch']);
    for (const type of [
      'setNote',
      'addOwnAlias',
      'removeOwnAlias',
      'listOwnAliases',
      'getEntityCard',
      'toggleSite',
      'getSettings',
      'listWatched',
      'listDismissed',
      'getTabState',
      'kbInfo',
      'getNames',
    ] as const) {
      expect(() => check(type, undefined, contentScript), type).toThrow(/only extension pages may send it/);
    }
    // Messages for content scripts only: an extension page has no page of its own.
    expect(() => check('switchOff', { scope: 'site' }, page)).toThrow(/only a content script/);
    // Every message names its senders; the content-script and page tables take only the extension's own.
    for (const t of [protocol().content, protocol().pages]) for (const [k, d] of Object.entries(t)) expect(d.from, k).toBe('extension');
  });

  it('an analysis result reaches the UI only with checks it can word: a known verdict, cause and slipped amount', () => {
    const out = protocol().background.analyze.output;
    const reply = (check: object) => ({
      relevant: true,
      score: 1,
      reasons: [],
      entities: [],
      figures: [{ start: 0, end: 5, surface: '約70億ドル', kind: 'money', value: 7e9, unit: 'USD', check }],
      watched: [],
      dismissed: [],
    });
    expect(z.safeParse(out, reply({ status: 'inconsistent', cause: 'scale', slipIn: 'either' })).success).toBe(true);
    expect(z.safeParse(out, reply({ status: 'inconsistent', cause: 'scale', slipIn: 'converted' })).success).toBe(true);
    expect(z.safeParse(out, reply({ status: 'inconsistent', cause: 'scale', slipIn: 'base' })).success).toBe(false);
    expect(z.safeParse(out, reply({ status: 'inconsistent', cause: 'typo' })).success).toBe(false);
    expect(z.safeParse(out, reply({ status: 'maybe' })).success).toBe(false);
  });

  it('loadReader injects only for a content script in a web page tab (never for pages or other schemes)', async () => {
    expect(await handlers.loadReader.run(undefined, page as never, { kind: 'extension' } as never)).toBe(false);
    expect(await handlers.loadReader.run(undefined, { ...contentScript, url: 'file:///etc/passwd' } as never, { kind: 'content' } as never)).toBe(false);
    expect(await handlers.loadReader.run(undefined, { ...contentScript, tab: { id: -1 } } as never, { kind: 'content' } as never)).toBe(false);
  });
});

describe('background: chunked pages', () => {
  const m = (start: number, surface = 'x') => ({ start, end: start + surface.length, surface });
  const first: AnalysisResult = {
    relevant: true,
    score: 0.9,
    reasons: ['r'],
    entities: [{ id: 'alibaba', name: 'アリババ', type: 'company', mentions: [m(0, 'アリババ')], salience: 0.5 }],
    figures: [{ start: 10, end: 14, surface: '63%増', kind: 'percent', value: 63, unit: 'percent' }],
  };
  const late: AnalysisResult = {
    relevant: false,
    score: 0.1,
    reasons: [],
    entities: [
      { id: 'alibaba', name: 'アリババ', type: 'company', mentions: [m(2, 'アリババ')], salience: 0.8 },
      { id: 'qwen', name: 'Qwen', type: 'model', mentions: [m(5, 'Qwen')] },
    ],
    figures: [{ start: 0, end: 3, surface: '9万', kind: 'count', value: 90000, unit: 'count' }],
    notes: [{ code: 'lateSlower' }, { code: 'lateSlower' }],
  };

  it('shifts a later chunk to page offsets and merges entities by id', () => {
    const page = mergeResult(first, late, 100);
    expect(page.relevant).toBe(true); // the first chunk decides
    expect(page.entities.find((e) => e.id === 'alibaba')).toMatchObject({ mentions: [m(0, 'アリババ'), m(102, 'アリババ')], salience: 0.8 });
    expect(page.entities.find((e) => e.id === 'qwen')!.mentions).toEqual([m(105, 'Qwen')]);
    expect(page.figures.map((f) => [f.start, f.end])).toEqual([
      [10, 14],
      [100, 103],
    ]);
    expect(page.notes).toEqual([{ code: 'lateSlower' }]); // repeats dropped
    expect(first.entities[0]!.mentions).toHaveLength(1); // inputs untouched
    expect(mergeResult(page, late, 100).entities.find((e) => e.id === 'alibaba')!.mentions).toHaveLength(2); // same chunk twice
  });

  it('merges tokenizer additions (readings, proper nouns) at the chunk offset', () => {
    const page = mergeResult(first, { readings: { 'eddie-wu': 'ゴ・エイメイ' }, unknownProperNouns: [{ surface: '杭州', start: 4, end: 6 }] }, 50);
    expect(page.readings).toEqual({ 'eddie-wu': 'ゴ・エイメイ' });
    expect(page.unknownProperNouns).toEqual([{ surface: '杭州', start: 54, end: 56 }]);
  });

  it('badge: distinct entities of a relevant page, empty otherwise', () => {
    expect(badgeText(mergeResult(first, late, 100))).toBe('2');
    expect(badgeText({ ...first, relevant: false })).toBe('');
    expect(badgeText(undefined)).toBe('');
  });
});
