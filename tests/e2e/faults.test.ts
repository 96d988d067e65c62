// Faults, browser side: the service worker stopped in the middle of an analysis, and a build whose
// tokenizer dictionary is missing. Nothing hangs: the content script retries (or the side panel
// says what failed), the highlights appear, and the next page works.
// Build: WXT_OUT_DIR=.output-hard npm run build; run with EXT_DIR=.output-hard/chrome-mv3.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { waitForKb } from '../../scripts/start';
import { launchExtension, type ExtensionHarness } from './harness';
import { extPage, panelNote, settled } from './hard-helpers';
import { highlightRanges, tabIdOf, until } from './page-helpers';

const extDir = () => resolve(import.meta.dirname, '../..', process.env.EXT_DIR ?? '.output/chrome-mv3');
const cleanups: Array<() => Promise<void> | void> = [];

afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** The tab's state as stored in storage.session, read by an extension page without the worker. */
function storedStatus(from: Page, tabId: number): Promise<string | undefined> {
  return from.evaluate(async (k) => {
    const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, { status?: string }>> } } } }).chrome;
    return (await api.storage.session.get(k))[k]?.status;
  }, `tab:${tabId}`);
}

/** Stops the extension's service worker (as Chrome does when idle or under memory pressure). */
async function stopWorker(ext: ExtensionHarness, from: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(from);
  const stopped = new Promise<void>((ok) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
      if (e.versions.some((v) => v.scriptURL === ext.worker.url() && v.runningStatus === 'stopped')) ok();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

describe('service worker stopped mid-analysis', () => {
  it('the content script retries, nothing hangs, and the next page works', async () => {
    const ext = await launchExtension();
    cleanups.push(() => ext.close());
    await waitForKb(ext.worker);
    const bg = await extPage(ext);
    let inFlight = false;
    // A 1 MB page takes the worker a while; stop it while the tab's state says 'analyzing'.
    for (let attempt = 0; attempt < 4 && !inFlight; attempt++) {
      const p = await ext.context.newPage();
      await p.goto(`${ext.baseUrl}/hard-big.html?chars=1000000`, { waitUntil: 'domcontentloaded' });
      const tabId = (await tabIdOf(ext.worker, p))!;
      const seen = await until(
        async () => {
          const s = await storedStatus(bg, tabId);
          return s === 'analyzing' || s === 'done' || s === 'irrelevant' ? s : null;
        },
        'the analysis to start',
        60_000,
      );
      if (seen === 'analyzing') {
        await stopWorker(ext, bg);
        inFlight = (await storedStatus(bg, tabId)) === 'analyzing';
      }
      if (inFlight) {
        // The content script's request failed with the worker; its retry wakes a new one.
        const state = await settled(bg, tabId, 60_000);
        expect(['done', 'irrelevant']).toContain(state.status);
        console.log(`[faults] worker stopped mid-analysis on attempt ${attempt + 1}; after the retry: ${state.status}`);
      }
      await p.close();
    }
    expect(inFlight).toBe(true);
    const next = await ext.page('/relevant.html');
    await until(() => highlightRanges(next).then((r) => r.some((x) => x.name === 'rc-entity')), 'highlights on the next page');
    const tabId = (await tabIdOf(ext.worker, next))!;
    expect((await settled(bg, tabId)).status).toBe('done');
    expect(ext.extRequests).toEqual([]);
  });
});

describe('tokenizer dictionary missing', () => {
  it('highlights still appear, the side panel says the tokenizer is unavailable, nothing hangs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-nodict-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(extDir(), dir, { recursive: true });
    rmSync(join(dir, 'dict', 'base.dat.gz'));
    const ext = await launchExtension({ extDir: dir });
    cleanups.push(() => ext.close());
    await waitForKb(ext.worker);
    const bg = await extPage(ext);
    const p = await ext.page('/relevant.html');
    await until(
      () => highlightRanges(p).then((r) => r.some((x) => x.name === 'rc-entity') && r.some((x) => x.name === 'rc-money')),
      'highlights without a tokenizer',
    );
    const tabId = (await tabIdOf(ext.worker, p))!;
    const state = await until(
      async () => {
        const s = await settled(bg, tabId);
        return s.result?.notes?.some((n) => n.code === 'tokenizerUnavailable') ? s : null;
      },
      'the tokenizer note',
      60_000,
    );
    expect(state.status).toBe('done');
    const note = await panelNote(ext, p, /Tokenizer unavailable/);
    expect(note).toMatch(/base\.dat\.gz/);
    // The next page works too (the failed load is retried, fails again, and does not block).
    const next = await ext.page('/iframe-article.html');
    await until(() => highlightRanges(next).then((r) => r.some((x) => x.name === 'rc-entity')), 'highlights on the next page');
    expect(ext.extRequests).toEqual([]);
  });
});
