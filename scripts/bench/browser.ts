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

/** JS heap (+ array buffers) of the tokenizer's offscreen document and its worker, MB; 0 when closed. */
async function tokenizerHeap(ext: Launched): Promise<{ mb: number; targets: number }> {
  const ts = (await extensionTargets(ext.hostCdp, ext.origin)).filter((t) => t.type !== 'service_worker' && t.type !== 'page');
  let bytes = 0;
  for (const t of ts) {
    const h = await heapAfterGc(ext.hostCdp, t.targetId).catch(() => ({ used: 0, backing: 0 }));
    bytes += h.used + h.backing;
  }
  return { mb: mb(bytes), targets: ts.length };
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
  const t0 = Date.now();
  const extDir = builtExtension();
  const pages = await servePages();
  const ext = await launch(extDir);
  const rows: Row[] = [];
  const ctx = { ext, extDir, pages, note: loadNote };
  try {
    // Memory before any page: KB in IndexedDB, no KB index, no tokenizer.
    await sleep(1000);
    const swStart = await swHeap(ext);
    const pssStart = extensionPss(ext);
    rows.push(row('browser', 'KB load into IndexedDB on install (meta.loadMs, this profile)', 'ms', one(ext.kb.loadMs), { note: 'one sample; see the kb-load part for repeated runs' }));

    rows.push(...(await unrelatedPage(ctx)));
    rows.push(...(await firstHighlights(ctx)));
    // The worker just analysed a page: KB index built, tab state kept.
    const swKb = await swHeap(ext);
    rows.push(...(await heavyPage(ctx)));
    const swAfter1m = await swHeap(ext);

    // Tokenizer: loaded by the analyses above (offscreen document + worker).
    const loaded = await waitFor(() => hasOffscreen(ext), 10_000);
    await sleep(1500);
    const tok = await tokenizerHeap(ext);
    const pssTok = extensionPss(ext);
    // Release as the idle timer does (release() closes the offscreen document); the timer itself is
    // 3 minutes and not reachable from outside the bundle, so the bench closes the document directly.
    await inServiceWorker(ext.hostCdp, ext.origin, 'chrome.offscreen.hasDocument().then((h) => h && chrome.offscreen.closeDocument())');
    const closed = await waitFor(async () => !(await hasOffscreen(ext)), 10_000);
    await sleep(2000);
    const pssReleased = extensionPss(ext);
    const tokAfter = await tokenizerHeap(ext);

    const memNote = 'extension renderer processes (--extension-process), PSS from /proc/PID/smaps_rollup';
    rows.push(
      row('browser', 'service worker JS heap, KB in DB, before any page', 'MB', one(swStart), { note: 'CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage' }),
      row('browser', 'service worker JS heap with the KB index (after pages)', 'MB', one(swKb), { target: '<= 30 MB', met: swKb <= 30 }),
      row('browser', 'service worker JS heap after the 1 MB article', 'MB', one(swAfter1m), { target: '<= 30 MB', met: swAfter1m <= 30, note: 'includes the tab state kept for the side panel' }),
      row('browser', 'extension processes, before any page (no tokenizer)', 'MB', one(pssStart), { note: memNote }),
      row('browser', 'extension processes, tokenizer loaded', 'MB', one(pssTok), { note: loaded ? `offscreen document open; its JS heap + array buffers ${tok.mb.toFixed(1)} MB over ${tok.targets} targets` : 'the offscreen document never opened' }),
      row('browser', 'extension processes, tokenizer released', 'MB', one(pssReleased), {
        target: 'tokenizer memory released',
        met: closed && tokAfter.targets === 0 && pssReleased < pssTok - (pssTok - pssStart) / 2,
        note: `offscreen document closed as release() does (${closed ? 'closed' : 'STILL OPEN'}); met = more than half of the tokenizer's growth returned`,
      }),
    );
  } finally {
    await ext.close();
    await pages.close();
  }
  rows.push(row('browser', 'browser part wall time', 's', one((Date.now() - t0) / 1000)));
  emit(rows);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
