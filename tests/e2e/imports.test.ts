// Imports through the options page, in the real browser (issue 16, findings 1 and 2): a file whose
// row carries a "$types" map aimed at Object.prototype leaves the service worker intact (export
// still works); a 100,000-row watchlist is refused whole with the reason and nothing written; a
// mixed file reports what was imported and what was refused; with 10,000 watched entities the
// options page renders at once (one batched name request, only the rows in view in the DOM).
// Needs a build: EXT_DIR (default .output/chrome-mv3).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForKb } from '../../scripts/start';
import { ARTIFACTS, launchExtension, sendToBackground, type ExtensionHarness } from './harness';
import { until } from './page-helpers';

let ext: ExtensionHarness;
const pageErrors: string[] = [];
const extUrl = (path: string) => `chrome-extension://${ext.extensionId}/${path}`;

/** An export file (dexie-export-import's format) with these rows. */
function file(tables: Record<string, unknown[]>): string {
  return JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'reader-companion',
      databaseVersion: 1,
      tables: Object.entries(tables).map(([name, rows]) => ({ name, schema: 'id', rowCount: rows.length })),
      data: Object.entries(tables).map(([tableName, rows]) => ({ tableName, inbound: true, rows })),
    },
  });
}

async function optionsPage(): Promise<Page> {
  const p = await ext.page(extUrl('options.html'));
  await p.setViewportSize({ width: 1100, height: 1000 });
  await p.waitForSelector('[data-section="data"] input[type="file"]', { state: 'attached' });
  return p;
}

/** Picks `json` as the import file and waits for the answer shown in the data section. */
async function importThrough(p: Page, name: string, json: string): Promise<string> {
  await p.setInputFiles('[data-section="data"] input[type="file"]', { name, mimeType: 'application/json', buffer: Buffer.from(json) });
  return until(() => p.textContent('[data-section="data"] [role="status"]'), `the answer to ${name}`, 60_000);
}

/** Is Object.prototype intact in the service worker? */
const workerIntact = () =>
  ext.worker.evaluate(
    () => typeof Object.prototype.toString === 'function' && typeof Object.prototype.valueOf === 'function' && String({}) === '[object Object]',
  );

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ext = await launchExtension();
  await waitForKb(ext.worker);
  ext.context.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(`${p.url()}: ${e.message}`)));
});

afterAll(async () => {
  await ext?.close();
});

describe('a hostile file', () => {
  it('a row whose "$types" names "__proto__.toString" does not touch the service worker: export still works', async () => {
    const p = await optionsPage();
    const json = `{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"x","databaseVersion":1,"tables":[{"name":"watchlist","schema":"entityId,addedAt","rowCount":1}],"data":[{"tableName":"watchlist","inbound":true,"rows":[{"entityId":"alibaba","addedAt":1,"$types":{"__proto__.toString":"arrayNonindexKeys","__proto__.valueOf":"arrayNonindexKeys","__proto__.hasOwnProperty":"arrayNonindexKeys"}}]}]}}`;
    await importThrough(p, 'hostile.json', json);
    expect(await workerIntact()).toBe(true);
    const exported = await sendToBackground(p, 'exportUserData');
    expect(exported.err).toBeUndefined();
    expect(JSON.parse(String(exported.res)).formatName).toBe('dexie');
    await p.close();
  });
});

describe('checked whole, reported exactly', () => {
  it('a 100,000-row watchlist is refused whole, with the reason; nothing is written', async () => {
    const p = await optionsPage();
    const before = (await sendToBackground(p, 'listWatched')).res;
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ entityId: i % 2 ? 'alibaba' : `e-${i}`, addedAt: i }));
    const answer = await importThrough(p, 'big.json', file({ watchlist: rows }));
    expect(answer).toMatch(/too many rows \(watchlist: 100,000 rows, at most 20,000\)|行が多すぎます/);
    expect((await sendToBackground(p, 'listWatched')).res).toEqual(before);
    await p.close();
  });

  it('a mixed file: imported rows counted by list, refused ones by reason with examples; the limits are stated', async () => {
    const p = await optionsPage();
    expect(await p.textContent('.import-limits')).toMatch(/20 MB.*20,000/);
    const json = file({
      watchlist: [
        { entityId: 'alibaba', addedAt: 1 },
        { entityId: 'no-such-co', addedAt: 2 },
      ],
      ownAliases: ['の', 'a', 'アリ社'].map((text, i) => ({ entityId: 'alibaba', text, key: text, addedAt: i })),
      entities: [{ id: 'evil', type: 'company' }],
    });
    const answer = await importThrough(p, 'mixed.json', json);
    expect(answer).toMatch(/watched entities 1.*your names 1|ウォッチ中のエンティティ 1.*別名 1/);
    const reasons = await p.$$eval('.import-report [data-reason]', (els) => els.map((e) => e.getAttribute('data-reason')).sort());
    expect(reasons).toEqual(['aliasShort', 'otherTable', 'unknownEntity']);
    expect(answer).toMatch(/「の」/);
    await p.screenshot({ path: join(ARTIFACTS, 'options-import-report-light.png') });
    expect((await sendToBackground(p, 'listWatched')).res).toEqual(['alibaba']);
    expect(((await sendToBackground(p, 'listOwnAliases')).res as Array<{ text: string }>).map((a) => a.text)).toEqual(['アリ社']);
    await p.close();
  });
});

describe('10,000 watched entities', () => {
  it('the options page lists them at once: one batched name request, only the rows in view in the DOM', async () => {
    // More than the KB has: written straight into IndexedDB, as an older version's import could.
    await ext.worker.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const req = indexedDB.open('reader-companion');
          req.onsuccess = () => {
            const tx = req.result.transaction('watchlist', 'readwrite');
            for (let i = 0; i < 10_000; i++) tx.objectStore('watchlist').put({ entityId: `watched-${String(i).padStart(5, '0')}`, addedAt: 10 + i });
            tx.oncomplete = () => (req.result.close(), done());
            tx.onerror = () => fail(tx.error);
          };
          req.onerror = () => fail(req.error);
        }),
    );
    const t0 = Date.now();
    const p = await optionsPage();
    await until(async () => ((await p.textContent('[data-section="watchlist"]')) ?? '').includes('watched-00000'), 'the first watched rows', 20_000);
    const ms = Date.now() - t0;
    const rows = await p.$$eval('[data-section="watchlist"] [data-watched]', (els) => els.length);
    expect(rows).toBeGreaterThan(5);
    expect(rows).toBeLessThan(100);
    // The page answers while the list is there, and scrolling brings the last rows in.
    await p.$eval('[data-section="watchlist"] .vlist', (el) => el.scrollTo(0, el.scrollHeight));
    await until(() => p.$('[data-watched="watched-09999"]'), 'the last row after scrolling');
    expect(await p.evaluate(() => 1 + 1)).toBe(2);
    console.log(`[imports] options page with 10,000 watched entities: first rows after ${ms} ms, ${rows} rows in the DOM`);
    await p.screenshot({ path: join(ARTIFACTS, 'options-10k-light.png') });
    await p.close();
  });
});

describe('privacy', () => {
  it('no page error, and the extension made no network request', () => {
    expect(pageErrors).toEqual([]);
    expect(ext.extRequests).toEqual([]);
  });
});
