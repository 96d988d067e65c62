// `npm start`: builds the extension, serves the demo article on 127.0.0.1 and opens it in Chromium
// (or Chrome, Edge) with the extension loaded. Runs until Ctrl-C.
//   --browser firefox   the Firefox build in Firefox (a temporary add-on, over WebDriver BiDi)
//   --smoke             check that the page got highlights and a badge, print one line, exit (for CI)
//   --no-build          use the existing build
// Env: CHROME_PATH / FIREFOX_PATH (default: found at the usual places, scripts/lib/browsers.ts),
// EXT_DIR (default <WXT_OUT_DIR or .output>/chrome-mv3). No browser: one paragraph, exit code 1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { serveStatic } from './serve';
import { BrowserMissing, chromePath, chromiumArgs, firefoxPath } from './lib/browsers';

export const ROOT = resolve(import.meta.dirname, '..');

export function defaultExtDir(): string {
  return resolve(ROOT, process.env.EXT_DIR ?? join(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3'));
}

export interface LaunchOptions {
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  userDataDir?: string;
}

/** Chromium with the unpacked extension in `extDir`, in a fresh profile. */
export async function launchWithExtension(extDir: string, opts: LaunchOptions = {}): Promise<{ context: BrowserContext; userDataDir: string }> {
  if (!existsSync(join(extDir, 'manifest.json'))) throw new Error(`no extension build in ${extDir} (run the build first)`);
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'reader-companion-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: opts.headless ?? !process.env.DISPLAY,
    colorScheme: opts.colorScheme,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(extDir),
  });
  return { context, userDataDir };
}

/** The extension's service worker (waits for it to start). */
export async function extensionWorker(context: BrowserContext, timeout = 30_000): Promise<Worker> {
  const isExt = (w: Worker) => w.url().startsWith('chrome-extension://');
  return context.serviceWorkers().find(isExt) ?? (await context.waitForEvent('serviceworker', { predicate: isExt, timeout }));
}

export interface KbState {
  version: string;
  entities: number;
  loadMs: number;
  loadedAt: number;
}

/** Reads the KB meta row straight from the extension's IndexedDB, inside its service worker. */
export function readKbMeta(worker: Worker): Promise<KbState | null> {
  return worker.evaluate(
    () =>
      new Promise<KbState | null>((done) => {
        const req = indexedDB.open('reader-companion');
        req.onerror = () => done(null);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('meta')) return (db.close(), done(null));
          const get = db.transaction('meta').objectStore('meta').get('kb');
          get.onsuccess = () => {
            const m = get.result;
            db.close();
            done(m ? { version: m.version, entities: m.counts?.entities ?? 0, loadMs: m.loadMs, loadedAt: m.loadedAt } : null);
          };
          get.onerror = () => (db.close(), done(null));
        };
      }),
  );
}

/** Polls until the KB is in the database. */
export async function waitForKb(worker: Worker, timeout = 60_000): Promise<KbState> {
  const end = Date.now() + timeout;
  for (;;) {
    const m = await readKbMeta(worker).catch(() => null);
    if (m) return m;
    if (Date.now() > end) throw new Error('KB not loaded in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Badge text of the active tab, asked from the service worker. */
export function activeBadge(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    type Api = { tabs: { query(q: object): Promise<Array<{ id?: number }>> }; action: { getBadgeText(d: { tabId: number }): Promise<string> } };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? '' : api.action.getBadgeText({ tabId: tab.id });
  });
}

/** Number of highlighted ranges on a page (CSS Custom Highlight API, or <mark> fallback). */
export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    const reg = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    reg?.forEach((h) => (n += h.size));
    return n + document.querySelectorAll('mark[data-rc], [data-rc-hl]').length;
  });
}

const run = (cmd: string, a: string[]) => {
  const r = spawnSync(cmd, a, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${a.join(' ')} failed (${r.status})`);
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const smoke = args.includes('--smoke');
  const at = args.indexOf('--browser');
  const which = at >= 0 ? args[at + 1] : 'chrome';
  if (which !== 'chrome' && which !== 'firefox') throw new Error(`--browser ${which}: chrome or firefox`);
  // The browser first: a missing one is said before any build runs.
  if (which === 'firefox') firefoxPath();
  else chromePath();
  if (!args.includes('--no-build')) {
    run('npx', ['tsx', 'scripts/build-kb.ts']);
    run('npx', ['wxt', 'build', ...(which === 'firefox' ? ['-b', 'firefox'] : [])]);
  }
  if (which === 'firefox') return startFirefox(smoke);
  const extDir = defaultExtDir();
  const server = await serveStatic({ '/': join(ROOT, 'scripts/demo') });
  const t0 = Date.now();
  const { context, userDataDir } = await launchWithExtension(extDir);
  const cleanup = async () => {
    await context.close().catch(() => undefined);
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    const worker = await extensionWorker(context);
    const id = new URL(worker.url()).host;
    console.log(`extension ${id} loaded from ${extDir}`);
    const kb = await waitForKb(worker);
    console.log(`KB ${kb.version} loaded: ${kb.entities} entities (loadKb ${kb.loadMs} ms; install → loaded ${Date.now() - t0} ms)`);
    const url = `${server.url}/article.html`;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    console.log(`opened ${url}`);
    if (smoke) {
      const deadline = Date.now() + 30_000;
      let badge = '';
      let marks = 0;
      while (Date.now() < deadline && !(badge && marks)) {
        await page.waitForTimeout(250);
        [badge, marks] = await Promise.all([activeBadge(worker).catch(() => ''), highlightCount(page).catch(() => 0)]);
      }
      const ok = Number(badge) > 0 && marks > 0;
      console.log(`smoke ${ok ? 'ok' : 'FAILED'}: badge "${badge}", ${marks} highlights, KB ${kb.entities} entities`);
      await cleanup();
      process.exit(ok ? 0 : 1);
    }
    console.log('running; Ctrl-C to quit');
    const stop = () => void cleanup().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    context.on('close', stop);
  } catch (e) {
    await cleanup();
    throw e;
  }
}

/** The Firefox build in Firefox: the same demo, the same smoke check. */
async function startFirefox(smoke: boolean): Promise<void> {
  const { FIREFOX_ORIGIN, badgeOf, highlightsOn, launchFirefoxWithExtension, openIn, sendFromPage } = await import('./lib/firefox');
  const extDir = resolve(ROOT, process.env.EXT_DIR ?? join(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2'));
  const server = await serveStatic({ '/': join(ROOT, 'scripts/demo') });
  const browser = await launchFirefoxWithExtension(extDir, { headless: smoke || !process.env.DISPLAY });
  const cleanup = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
  };
  try {
    console.log(`extension installed in Firefox from ${extDir}`);
    const popup = await browser.newPage();
    await openIn(popup, `${FIREFOX_ORIGIN}popup.html`);
    let kb: { entities?: number; version?: string } | undefined;
    const kbBy = Date.now() + 60_000;
    while (!kb?.entities && Date.now() < kbBy) {
      kb = (await sendFromPage(popup, 'kbInfo')).res as typeof kb;
      if (!kb?.entities) await new Promise((r) => setTimeout(r, 250));
    }
    console.log(`KB ${kb?.version ?? '?'} loaded: ${kb?.entities ?? 0} entities`);
    const url = `${server.url}/article.html`;
    const page = await browser.newPage();
    await openIn(page, url);
    console.log(`opened ${url}`);
    if (smoke) {
      let badge = '';
      let marks = 0;
      const by = Date.now() + 30_000;
      while (Date.now() < by && !(badge && marks)) {
        await new Promise((r) => setTimeout(r, 250));
        [badge, marks] = await Promise.all([badgeOf(popup, url).catch(() => ''), highlightsOn(page).catch(() => 0)]);
      }
      const ok = Number(badge) > 0 && marks > 0;
      console.log(`smoke ${ok ? 'ok' : 'FAILED'} (Firefox): badge "${badge}", ${marks} highlights, KB ${kb?.entities ?? 0} entities`);
      await cleanup();
      process.exit(ok ? 0 : 1);
    }
    await popup.close();
    console.log('running; Ctrl-C to quit');
    const stop = () => void cleanup().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    browser.on('disconnected', stop);
  } catch (e) {
    await cleanup();
    throw e;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    // A missing browser is one paragraph for a person; anything else one line. Never a stack trace.
    console.error(e instanceof BrowserMissing ? e.message : `start: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    process.exit(1);
  });
}
