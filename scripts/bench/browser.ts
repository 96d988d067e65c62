// Part: the extension in Chromium. The content script's cost on an unrelated page, load → first
// highlights (service worker cold and warm), long tasks and responsiveness on a 1 MB article, and
// memory (service worker heap with the KB, extension processes with and without the tokenizer).
// Measured from outside (CDP traces and profiles, a probe in the page's own world, /proc); the
// extension has no measurement hooks. Standalone: npx tsx scripts/bench/browser.ts (EXT_DIR as for
// the browser tests; built when missing). Timings are reported, never asserted.
import { heapAfterGc } from './browser-cdp';
import { builtExtension, extensionTargets, inServiceWorker, launch, loadNote, serviceWorkerTarget, stopServiceWorker, type Launched } from './browser-launch';
import { servePages } from './browser-pages';
import { browserProcesses } from './browser-proc';
import { heavyPage } from './browser-heavy';
import { firstHighlights, unrelatedPage } from './browser-parts';
import { outsideCost } from './browser-outside';
import { emit, mb, row, stats, type Row } from './lib';

const one = (v: number) => stats([v]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const T0 = Date.now();
const log = (m: string) => console.error(`bench browser [${((Date.now() - T0) / 1000).toFixed(0)} s]: ${m}`);

/** PSS of the extension's renderer processes (service worker, offscreen document, its worker), MB. */
function extensionPss(ext: Launched): number {
  return mb(
    browserProcesses(ext.userDataDir)
      .filter((p) => p.extension)
      .reduce((n, p) => n + p.pssKb * 1024, 0),
  );
}

async function waitFor(probe: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await probe().catch(() => false)) return true;
    await sleep(200);
  }
  return false;
}

/** Service-worker JS heap after a full GC, MB; NaN when the worker is not running. */
async function swHeap(ext: Launched): Promise<number> {
  const t = await serviceWorkerTarget(ext.hostCdp, ext.origin);
  return t ? mb((await heapAfterGc(ext.hostCdp, t.targetId)).used) : NaN;
}

const hasOffscreen = async (ext: Launched) => (await extensionTargets(ext.hostCdp, ext.origin)).some((t) => t.url.endsWith('/offscreen.html'));

/**
 * The tokenizer's memory after the pages just analysed: with the offscreen document open, after
 * closing it (what release() does after its idle time, 3 min, which the bench does not wait for),
 * and after the service worker is stopped too (what Chrome does to an idle worker after ~30 s).
 */
async function tokenizerMemory(ext: Launched, label: string, base: number): Promise<Row[]> {
  const opened = await waitFor(() => hasOffscreen(ext), 10_000);
  await sleep(1500); // the tokenizer's pass over the last page
  const loaded = extensionPss(ext);
  await inServiceWorker(ext.hostCdp, ext.origin, 'chrome.offscreen.hasDocument().then((h) => h && chrome.offscreen.closeDocument())');
  const closed = await waitFor(async () => !(await hasOffscreen(ext)), 10_000);
  await sleep(2000);
  const afterClose = extensionPss(ext);
  await stopServiceWorker(ext.hostCdp, ext.origin);
  await waitFor(async () => extensionPss(ext) < afterClose / 2, 5000);
  const afterStop = extensionPss(ext);
  const how = 'extension renderer processes (--extension-process), PSS from /proc/PID/smaps_rollup';
  return [
    row('browser', `extension processes, ${label}, tokenizer loaded`, 'MB', one(loaded), {
      note: opened ? `${how}; offscreen document open` : `${how}; the offscreen document NEVER opened`,
    }),
    row('browser', `extension processes, ${label}, offscreen document closed`, 'MB', one(afterClose), {
      note: `as release() does after idle (${closed ? 'closed' : 'STILL OPEN'}); service worker still running`,
    }),
    row('browser', `extension processes, ${label}, worker stopped too`, 'MB', one(afterStop), {
      target: 'tokenizer memory released',
      met: closed && afterStop <= base * 1.2,
      note: `met = back to within 20% of the ${base.toFixed(0)} MB before any page (0 = the process exited)`,
    }),
  ];
}

async function main(): Promise<void> {
  const extDir = builtExtension();
  const pages = await servePages();
  log('unrelated 100 KB page, outside view (with and without the extension)');
  const outside = await outsideCost(extDir, pages);
  log(`launching Chromium with ${extDir}`);
  const ext = await launch(extDir);
  const rows: Row[] = [...outside];
  const ctx = { ext, extDir, pages, note: loadNote };
  try {
    // Before any page: KB in IndexedDB, no KB index, no tokenizer.
    await sleep(1000);
    const swStart = await swHeap(ext);
    const pssStart = extensionPss(ext);
    rows.push(
      row('browser', 'KB load into IndexedDB on install (meta.loadMs, this profile)', 'ms', one(ext.kb.loadMs), {
        note: 'one sample; the kb-load part repeats it',
      }),
    );

    log('unrelated 100 KB page');
    rows.push(...(await unrelatedPage(ctx)));
    log('first highlights, cold and warm');
    rows.push(...(await firstHighlights(ctx)));
    log('memory after 12k articles');
    const swKb = await swHeap(ext); // the last call was a warm analyze: KB index built
    rows.push(
      row('browser', 'service worker JS heap, KB in DB, before any page', 'MB', one(swStart), {
        note: 'CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage',
      }),
      row('browser', 'service worker JS heap with the KB index (after 12k articles)', 'MB', one(swKb), { target: '<= 30 MB', met: swKb <= 30 }),
      row('browser', 'extension processes before any page (no tokenizer)', 'MB', one(pssStart)),
      ...(await tokenizerMemory(ext, '12k articles', pssStart)),
    );

    log('1 MB article');
    rows.push(...(await heavyPage(ctx)));
    log('memory after the 1 MB article');
    const sw1m = await swHeap(ext);
    rows.push(
      row('browser', 'service worker JS heap after the 1 MB article', 'MB', one(sw1m), {
        target: '<= 30 MB',
        met: sw1m <= 30,
        note: 'includes the tab state kept for the side panel',
      }),
      ...(await tokenizerMemory(ext, '1 MB article', pssStart)),
    );
  } finally {
    await ext.close();
    await pages.close();
  }
  rows.push(row('browser', 'browser part wall time', 's', one((Date.now() - T0) / 1000)));
  emit(rows);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
