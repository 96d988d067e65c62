// Background pieces that need no browser: message checks (channel) and chunk merging (merge).
import './support/dexie-node-shims';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../entrypoints/background/handlers';
import { badgeText, mergeResult } from '../../entrypoints/background/merge';
import { checkInput } from '../../utils/messaging/channel';
import { protocol } from '../../utils/messaging/protocol';
import type { AnalysisResult } from '../../utils/analysis/types';

describe('background: message checks', () => {
  const OWN = 'test-extension-id'; // the fake browser's runtime.id
  const page = { id: OWN, url: `chrome-extension://${OWN}/sidepanel.html` };
  const contentScript = { id: OWN, url: 'https://news.example.jp/a', tab: { id: 3 } as never, frameId: 0 };
  const card = handlers.getEntityCard;
  const exportDef = handlers.exportUserData;
  const check = (type: keyof ReturnType<typeof protocol>['background'], def: { pagesOnly?: boolean }, data: unknown, sender: object | undefined, own: string) =>
    checkInput(protocol().background, type, def, data, sender, own);

  it('accepts this extension with a valid payload, stripped to the schema', () => {
    expect(check('getEntityCard', card, { id: 'alibaba', extra: 1 }, page, OWN)).toEqual({ id: 'alibaba' });
    expect(check('getEntityCard', card, { id: 'alibaba' }, contentScript, OWN)).toEqual({ id: 'alibaba' });
  });

  it('rejects other senders, bad payloads, and content scripts on page-only messages', () => {
    expect(() => check('getEntityCard', card, { id: 'alibaba' }, { ...page, id: 'other-extension' }, OWN)).toThrow(/not sent by this extension/);
    expect(() => check('getEntityCard', card, { id: 'alibaba' }, undefined, OWN)).toThrow(/not sent by this extension/);
    expect(() => check('getEntityCard', card, { id: 7 }, page, OWN)).toThrow(/invalid payload/);
    expect(() => check('getEntityCard', card, undefined, page, OWN)).toThrow(/invalid payload/);
    expect(() => check('exportUserData', exportDef, undefined, contentScript, OWN)).toThrow(/only extension pages/);
    expect(check('exportUserData', exportDef, undefined, page, OWN)).toBeUndefined();
  });

  it('content scripts get what a page needs, not the reader\'s whole layer or settings', () => {
    const fromContent = Object.entries(handlers).filter(([, h]) => !('pagesOnly' in h && h.pagesOnly)).map(([k]) => k).sort();
    expect(fromContent).toEqual(['analyze', 'dismissFlag', 'getEntityCard', 'getPageSettings', 'kbInfo', 'loadReader', 'startPage', 'toggleSite', 'toggleWatch']);
  });

  it('loadReader injects only for a content script in a web page tab (never for pages or other schemes)', async () => {
    expect(await handlers.loadReader.run(undefined, page as never)).toBe(false);
    expect(await handlers.loadReader.run(undefined, { ...contentScript, url: 'file:///etc/passwd' } as never)).toBe(false);
    expect(await handlers.loadReader.run(undefined, { ...contentScript, tab: { id: -1 } } as never)).toBe(false);
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
    notes: ['late'],
  };

  it('shifts a later chunk to page offsets and merges entities by id', () => {
    const page = mergeResult(first, late, 100);
    expect(page.relevant).toBe(true); // the first chunk decides
    expect(page.entities.find((e) => e.id === 'alibaba')).toMatchObject({ mentions: [m(0, 'アリババ'), m(102, 'アリババ')], salience: 0.8 });
    expect(page.entities.find((e) => e.id === 'qwen')!.mentions).toEqual([m(105, 'Qwen')]);
    expect(page.figures.map((f) => [f.start, f.end])).toEqual([[10, 14], [100, 103]]);
    expect(page.notes).toEqual(['late']);
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
