// Part: the extension in Chromium. The content script's cost on an unrelated page, load → first
// highlights (service worker cold and warm), long tasks and responsiveness on a 1 MB article, and
// memory (service worker heap with the KB, extension processes with and without the tokenizer).
// Measured from outside (CDP traces and profiles, a probe in the page's own world, /proc); the
// extension has no measurement hooks. Standalone: npx tsx scripts/bench/browser.ts (EXT_DIR as for
// the browser tests; built when missing). Timings are reported, never asserted.
import { browserProcesses, heapAfterGc } from './browser-cdp';
import { builtExtension, extensionTargets, inServiceWorker, launch, loadNote, serviceWorkerTarget, type Launched } from './browser-launch';
import { servePages } from './browser-pages';
import { firstHighlights, heavyPage, unrelatedPage } from './browser-parts';
import { emit, mb, row, stats, type Row } from './lib';

const one = (v: number) => stats([v]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const T0 = Date.now();
const log = (m: string) => console.error(`bench browser [${((Date.now() - T0) / 1000).toFixed(0)} s]: ${m}`);

/** PSS of the extension's renderer processes (service worker, offscreen document, its worker), MB. */
function extensionPss(ext: Launched): number {
  return mb(browserProcesses(ext.userDataDir).filter((p) => p.extension).reduce((n, p) => n + p.pssKb * 1024, 0));
}

/** Service-worker JS heap after a full GC, MB (the worker is started first when it is stopped). */
async function swHeap(ext: Launched): Promise<number> {
  let t = await serviceWorkerTarget(ext.hostCdp, ext.origin);
  if (!t) {
    // Wake it as the extension's own pages do: an extension page that talks to the background.
    const p = await ext.context.newPage();
    await p.goto(`${ext.origin}popup.html`);
    await waitFor(async () => !!(await serviceWorkerTarget(ext.hostCdp, ext.origin)), 5000);
    await p.close();
    t = await serviceWorkerTarget(ext.hostCdp, ext.origin);
  }
  if (!t) throw new Error('no service worker target');
  return mb((await heapAfterGc(ext.hostCdp, t.targetId)).used);
}

async function waitFor(probe: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await probe().catch(() => false)) return true;
    await sleep(200);
  }
  return false;
}

const hasOffscreen = async (ext: Launched) => (await extensionTargets(ext.hostCdp, ext.origin)).some((t) => t.url.endsWith('/offscreen.html'));

async function main(): Promise<void> {
  const extDir = builtExtension();
  const pages = await servePages();
  log(`launching Chromium with ${extDir}`);
  const ext = await launch(extDir);
  const rows: Row[] = [];
  const ctx = { ext, extDir, pages, note: loadNote };
  try {
    // Memory before any page: KB in IndexedDB, no KB index, no tokenizer.
    await sleep(1000);
    const swStart = await swHeap(ext);
    const pssStart = extensionPss(ext);
    rows.push(row('browser', 'KB load into IndexedDB on install (meta.loadMs, this profile)', 'ms', one(ext.kb.loadMs), { note: 'one sample; see the kb-load part for repeated runs' }));

    log('unrelated 100 KB page');
    rows.push(...(await unrelatedPage(ctx)));
    log('first highlights, cold and warm');
    rows.push(...(await firstHighlights(ctx)));
    // The worker just analysed a page: KB index built, tab state kept.
    const swKb = await swHeap(ext);
    log('1 MB article');
    rows.push(...(await heavyPage(ctx)));
    log('memory');
    const swAfter1m = await swHeap(ext);

    // Tokenizer: loaded by the analyses above (offscreen document + its worker, in the extension's
    // process). Its JS heap is not reachable from here (a dedicated worker of an offscreen
    // document), so the bench compares the extension processes' memory.
    const loaded = await waitFor(() => hasOffscreen(ext), 10_000);
    await sleep(1500);
    const pssTok = extensionPss(ext);
    // Release as the idle timer does (release() closes the offscreen document); the timer itself is
    // 3 minutes and not reachable from outside the bundle, so the bench closes the document directly.
    await inServiceWorker(ext.hostCdp, ext.origin, 'chrome.offscreen.hasDocument().then((h) => h && chrome.offscreen.closeDocument())');
    const closed = await waitFor(async () => !(await hasOffscreen(ext)), 10_000);
    const released: number[] = [];
    for (let i = 0; i < 3; i++) {
      await sleep(2000);
      released.push(extensionPss(ext));
    }
    const pssReleased = released.at(-1)!;
    const memNote = 'extension renderer processes (--extension-process), PSS from /proc/PID/smaps_rollup';
    rows.push(
      row('browser', 'service worker JS heap, KB in DB, before any page', 'MB', one(swStart), { note: 'CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage' }),
      row('browser', 'service worker JS heap with the KB index (after pages)', 'MB', one(swKb), { target: '<= 30 MB', met: swKb <= 30 }),
      row('browser', 'service worker JS heap after the 1 MB article', 'MB', one(swAfter1m), { target: '<= 30 MB', met: swAfter1m <= 30, note: 'includes the tab state kept for the side panel' }),
      row('browser', 'extension processes, before any page (no tokenizer)', 'MB', one(pssStart), { note: memNote }),
      row('browser', 'extension processes, tokenizer loaded', 'MB', one(pssTok), { note: loaded ? 'offscreen document open (kuromoji in its worker)' : 'the offscreen document never opened' }),
      row('browser', 'extension processes, tokenizer released', 'MB', one(pssReleased), {
        target: 'tokenizer memory released',
        met: closed && pssReleased < pssTok - (pssTok - pssStart) / 2,
        note: `offscreen document closed as release() does (${closed ? 'closed' : 'STILL OPEN'}); 2/4/6 s after: ${released.map((x) => x.toFixed(0)).join('/')} MB; met = more than half of the growth since the start returned`,
      }),
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
