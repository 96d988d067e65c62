// The page-side measurements of the in-browser benchmark: the content script's cost on an unrelated
// page, load → first highlights (service worker cold and warm), and the main thread on a 1 MB article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { sendToBackground } from '../../tests/e2e/harness';
import { pageMainThread, profileByFunction, summarizeThread, traceDuring, type CpuProfile, type TaskInfo } from './browser-cdp';
import { stopServiceWorker, type Launched } from './browser-launch';
import { PAGES, PROBE, type BenchPages, type ProbeState } from './browser-pages';
import { row, stats, type Row } from './lib';

export interface Ctx {
  ext: Launched;
  extDir: string;
  pages: BenchPages;
  note: () => string; // machine load, appended to notes
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const maxOf = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);
const fmt = (ms: number) => ms.toFixed(1);

/** The content script's source at a profile position (minified build: a snippet identifies the function). */
function sourceAt(extDir: string): (line: number, col: number) => string {
  const lines = readFileSync(join(extDir, 'content-scripts/content.js'), 'utf8').split('\n');
  return (line, col) => `${line}:${col} ${JSON.stringify((lines[line] ?? '').slice(col, col + 48))}`;
}

// --- 1. content script on an unrelated 100 KB page ---

/** The content script waits this long before one more look at a page whose text may still grow. */
const RECHECK_WAIT_MS = 3300;

export async function unrelatedPage(c: Ctx, runs = 5): Promise<Row[]> {
  const { context, origin } = c.ext;
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(c.pages.url(PAGES.blank)); // same site as the measured page: no process swap below
  const total: number[] = [];
  const longest: number[] = [];
  const compile: number[] = [];
  for (let i = 0; i < runs; i++) {
    const url = c.pages.url(PAGES.irrelevant100k, `run=${i}`);
    const events = await traceDuring(cdp, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await sleep(RECHECK_WAIT_MS); // includes the content script's later re-check timer
    });
    const s = summarizeThread(events, pageMainThread(events, url), origin);
    if (!(s.extMs > 0)) throw new Error('no content-script activity in the trace (was the content script injected?)');
    total.push(s.extMs);
    compile.push(s.compileMs);
    longest.push(maxOf(s.tasks.filter((t) => t.extMs > 0).map((t) => t.ms)));
  }
  // One run under the sampling profiler, to say where the time goes (the profiler slows it down).
  let where = '';
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(c.pages.url(PAGES.irrelevant100k, 'profile'), { waitUntil: 'load' });
    await sleep(500);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const top = profileByFunction(profile, origin, sourceAt(c.extDir)).slice(0, 5);
    where = `; CPU profile, self ms: ${top.map(([f, ms]) => `${fmt(ms)} ${f}`).join(' | ')}`;
  } catch (e) {
    where = `; no CPU profile (${e instanceof Error ? e.message : String(e)})`;
  }
  await page.close();
  const t = stats(total);
  const l = stats(longest);
  const how = 'CDP trace of the page main thread: union of slices whose script URL is the content script (compile + run + callbacks, incl. the 3 s re-check)';
  return [
    row('browser', 'content script main-thread time, unrelated JA 100 KB page', 'ms', t, { target: '<= 5 ms', met: t.median <= 5, note: `${how}; ${c.note()}${where}` }),
    row('browser', '  of which compiling content.js', 'ms', stats(compile), { note: 'v8.compile slices of content.js (no code cache for content scripts)' }),
    row('browser', 'longest task running content-script code, unrelated 100 KB', 'ms', l, { target: '<= 5 ms', met: l.max <= 5, note: 'RunTask slices containing content.js code; met = every run' }),
  ];
}

// --- 2. load → first highlights on a 12,000-character article, service worker cold and warm ---

async function probe(page: Page): Promise<ProbeState> {
  return page.evaluate('window.__bench') as Promise<ProbeState>;
}

/** Navigates and waits until the probe saw the first highlight (or gives up). */
async function loadAndWait(page: Page, url: string, timeout = 30_000): Promise<ProbeState> {
  await page.goto(url, { waitUntil: 'load' });
  const end = Date.now() + timeout;
  for (;;) {
    const p = await probe(page);
    if (p.first >= 0 && p.done) return p;
    if (Date.now() > end) throw new Error(`no highlights on ${url} within ${timeout / 1000} s`);
    await sleep(50);
  }
}

export async function firstHighlights(c: Ctx, runs = 5): Promise<Row[]> {
  const { context, origin, hostCdp } = c.ext;
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  // Warm-up: the first analysis also starts the tokenizer (offscreen document); let it settle.
  await loadAndWait(page, c.pages.url(PAGES.relevant12k, 'warmup'));
  await sleep(3000);
  const cold: number[] = [];
  const warm: number[] = [];
  let marks = 0;
  for (let i = 0; i < runs; i++) {
    await stopServiceWorker(hostCdp, origin);
    const a = await loadAndWait(page, c.pages.url(PAGES.relevant12k, `cold=${i}`));
    cold.push(a.first - a.load);
    await sleep(700); // the background's tokenizer pass for the previous load
    const b = await loadAndWait(page, c.pages.url(PAGES.relevant12k, `warm=${i}`));
    warm.push(b.first - b.load);
    marks = b.highlights;
    await sleep(700);
  }
  await page.close();
  const w = stats(warm);
  const k = stats(cold);
  const how = `load event → first animation frame with CSS.highlights non-empty (polled per frame, ±1 frame), ${marks} highlights; ${c.note()}`;
  return [
    row('browser', 'load → first highlights, 12k-char article, worker warm', 'ms', w, { target: '<= 150 ms', met: w.median <= 150, note: how }),
    row('browser', 'load → first highlights, 12k-char article, worker cold', 'ms', k, {
      target: '<= 300 ms',
      met: k.median <= 300,
      note: 'service worker stopped (CDP ServiceWorker.stopAllWorkers) before the load: worker start + KB index from IndexedDB',
    }),
  ];
}

// --- 3. a 1 MB relevant page: long tasks and responsiveness ---

const describe = (t: TaskInfo) => `${fmt(t.ms)} ms${t.extMs > 0 ? ` (content script ${fmt(t.extMs)})` : ''}: ${t.top}`;

export async function heavyPage(c: Ctx, runs = 3): Promise<Row[]> {
  const { context, origin, extensionId } = c.ext;
  // Control: the same page switched off for the extension (it still runs the pre-check and asks
  // for settings), to tell the page's own work from the extension's.
  const controlUrl = c.pages.url(PAGES.relevant1m, 'control');
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  const set = await sendToBackground(ext, 'setSettings', { disabledPages: [controlUrl] });
  if (set.err) throw new Error(`setSettings: ${set.err.message}`);
  await ext.close();

  const page = await context.newPage();
  await page.addInitScript(PROBE);
  const cdp = await context.newCDPSession(page);
  await page.goto(c.pages.url(PAGES.blank));
  const res = { first: [] as number[], extTask: [] as number[], anyTask: [] as number[], extTotal: [] as number[], lag: [] as number[], lt: [] as number[] };
  const ctl = { lag: [] as number[], lt: [] as number[] };
  let worst: TaskInfo[] = [];
  let worstMs = -1;
  for (let i = 0; i < runs; i++) {
    // control run: same window as the measured run's (load → highlights + 1.5 s), no trace
    await page.goto(controlUrl, { waitUntil: 'load' });
    await sleep((res.first.at(-1) ?? 1500) + 1500);
    const p0 = await probe(page);
    if (p0.first >= 0) throw new Error('the control page was highlighted');
    ctl.lag.push(p0.lag);
    ctl.lt.push(maxOf(p0.longtasks.filter((t) => t.start >= p0.load).map((t) => t.dur)));

    const url = c.pages.url(PAGES.relevant1m, `run=${i}`);
    let p!: ProbeState;
    const events = await traceDuring(cdp, async () => {
      p = await loadAndWait(page, url, 60_000);
    });
    const s = summarizeThread(events, pageMainThread(events, url), origin);
    const after = s.tasks.filter((t) => t.end >= s.firstExt);
    const extTasks = after.filter((t) => t.extMs > 0);
    res.first.push(p.first - p.load);
    res.extTask.push(maxOf(extTasks.map((t) => t.ms)));
    res.anyTask.push(maxOf(after.map((t) => t.ms)));
    res.extTotal.push(s.extMs);
    res.lag.push(p.lag);
    res.lt.push(maxOf(p.longtasks.filter((t) => t.start >= p.load).map((t) => t.dur)));
    if (res.extTask.at(-1)! > worstMs) {
      worstMs = res.extTask.at(-1)!;
      worst = after.filter((t) => t.ms >= 50).sort((a, b) => b.ms - a.ms);
    }
  }
  await page.close();
  const x = stats(res.extTask);
  const list = worst.slice(0, 5).map(describe).join(' | ') || 'none';
  return [
    row('browser', 'load → first highlights, 1 MB article (warm)', 'ms', stats(res.first), { note: c.note() }),
    row('browser', 'longest task running content-script code, 1 MB article', 'ms', x, {
      target: '<= 50 ms',
      met: x.max <= 50,
      note: `CDP trace, RunTask slices containing content.js code; met = every run; tasks >= 50 ms after injection in the worst run: ${list}`,
    }),
    row('browser', 'longest main-thread task after injection (any cause), 1 MB', 'ms', stats(res.anyTask), { note: 'includes style/layout/paint of the highlights' }),
    row('browser', 'content script main-thread time, 1 MB article', 'ms', stats(res.extTotal)),
    row('browser', 'page timer lateness while processing, 1 MB (extension on)', 'ms', stats(res.lag), {
      note: 'largest lateness of a 10 ms setInterval in the page, load → first highlights + 1.5 s',
    }),
    row('browser', 'page timer lateness, 1 MB (control: extension off for the page)', 'ms', stats(ctl.lag)),
    row('browser', 'longest long task after load, 1 MB (extension on)', 'ms', stats(res.lt), { note: "PerformanceObserver('longtask') in the page" }),
    row('browser', 'longest long task after load, 1 MB (control)', 'ms', stats(ctl.lt), { note: 'same page switched off in the settings (pre-check + getSettings only)' }),
  ];
}
