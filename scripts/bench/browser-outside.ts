// The extension's cost on an unrelated page, measured from outside as a reader's browser would see
// it: CDP Performance.getMetrics (ScriptDuration, TaskDuration of the page's renderer) after a load
// in a new tab, with the extension and without it (a second Chromium, same flags, no extension),
// same page, alternating. The difference of the medians is what the extension adds.
// Standalone: npx tsx scripts/bench/browser-outside.ts [runs] (EXT_DIR as for the browser tests).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromePath, chromiumArgs } from '../lib/browsers';
import { builtExtension, loadNote } from './browser-launch';
import { PAGES, servePages, type BenchPages } from './browser-pages';
import { emit, row, stats, type Row } from './lib';

/** The content script looks once more 3 s after load (pages whose article arrives late): included. */
const SETTLE_MS = 3500;

interface Metrics {
  script: number;
  task: number;
}

async function loadOnce(context: BrowserContext, url: string): Promise<Metrics> {
  const page = await context.newPage(); // a new tab: a new renderer, the script compiled from scratch
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
    return { script: get('ScriptDuration'), task: get('TaskDuration') };
  } finally {
    await page.close();
  }
}

async function open(extDir?: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-outside-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(extDir),
  });
  return { context, close: async () => (await context.close().catch(() => undefined), rmSync(dir, { recursive: true, force: true })) };
}

export async function outsideCost(extDir: string, pages: BenchPages, runs = 10): Promise<Row[]> {
  const withExt = await open(extDir);
  const without = await open();
  const on: Metrics[] = [];
  const off: Metrics[] = [];
  try {
    await new Promise((r) => setTimeout(r, 2000)); // the extension installs its KB first
    const url = (i: number, k: string) => pages.url(PAGES.irrelevant100k, `${k}=${i}`);
    await loadOnce(withExt.context, url(0, 'warmup'));
    await loadOnce(without.context, url(0, 'warmup'));
    for (let i = 0; i < runs; i++) {
      on.push(await loadOnce(withExt.context, url(i, 'on')));
      off.push(await loadOnce(without.context, url(i, 'off')));
    }
  } finally {
    await withExt.close();
    await without.close();
  }
  const s = (xs: number[]) => stats(xs);
  const added = (k: keyof Metrics) => stats(on.map((m, i) => m[k] - off[i]![k]));
  const script = added('script');
  const how = `CDP Performance.getMetrics of the tab, ${SETTLE_MS} ms after load incl. the 3 s re-check; a new tab per load; with minus without the extension, paired loads; ${loadNote()}`;
  return [
    row('browser', 'extension script time added, unrelated JA 100 KB page, new tab (outside view)', 'ms', script, {
      target: '<= 5 ms',
      met: script.median <= 5,
      note: how,
    }),
    row('browser', '  task time added, same loads', 'ms', added('task'), { note: 'TaskDuration with minus without' }),
    row('browser', '  ScriptDuration with the extension', 'ms', s(on.map((m) => m.script))),
    row('browser', '  ScriptDuration without the extension', 'ms', s(off.map((m) => m.script))),
  ];
}

if (process.argv[1]?.endsWith('browser-outside.ts')) {
  const pages = await servePages();
  try {
    emit(await outsideCost(builtExtension(), pages, Number(process.argv[2] ?? 10)));
  } finally {
    await pages.close();
  }
}
