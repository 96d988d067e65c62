// Browser-test harness: Chromium with the built extension, a static server over the test pages, and
// a record of every network request the extension itself makes (tests assert it stays empty).
//   const ext = await launchExtension();
//   const page = await ext.page('/relevant.html');          // tests/fixtures/pages/relevant.html
//   const demo = await ext.page('/demo/article.html');      // scripts/demo/article.html
//   const panel = await ext.page(`chrome-extension://${ext.extensionId}/sidepanel.html`);
//   ...; expect(ext.extRequests).toEqual([]); await ext.close();
// Build first: WXT_OUT_DIR=.output-x npm run build, then EXT_DIR=.output-x/chrome-mv3.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { ROOT, extensionWorker, launchWithExtension } from '../../scripts/start';
import { serveStatic } from '../../scripts/serve';

export const ARTIFACTS = 'tests/artifacts';

export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** 'http://127.0.0.1:PORT': tests/fixtures/pages at '/', scripts/demo at '/demo/'. */
  baseUrl: string;
  /** Requests by the extension (worker, its pages, its content scripts) to anything but its own files. */
  extRequests: string[];
  /** Opens a new tab: a path on baseUrl ('/x.html') or a full URL (chrome-extension://..., http://...). */
  page(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Local URLs that never leave the browser. */
function isLocal(url: string, origin: string): boolean {
  return url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank';
}

interface CdpInitiator {
  url?: string;
  stack?: CdpStack;
}
interface CdpStack {
  callFrames: Array<{ url: string }>;
  parent?: CdpStack;
}

function fromExtension(init: CdpInitiator | undefined, origin: string): boolean {
  if (!init) return false;
  if (init.url?.startsWith(origin)) return true;
  for (let s = init.stack; s; s = s.parent) if (s.callFrames.some((f) => f.url.startsWith(origin))) return true;
  return false;
}

/**
 * Extension contexts Playwright does not expose as pages (the offscreen document, workers it
 * starts): found by target discovery from a page's CDP session and attached (not flattened) with
 * the Network domain on. Requests made before the attach (the first milliseconds) are not seen.
 */
async function watchHiddenTargets(context: BrowserContext, origin: string, record: (url: string) => unknown): Promise<void> {
  const host = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(host);
  const attached = new Set<string>();
  let seq = 0;
  const consider = async (t: { targetId: string; type: string; url: string }) => {
    if (attached.has(t.targetId) || !t.url.startsWith(origin) || t.type === 'page' || t.type === 'service_worker') return;
    attached.add(t.targetId);
    try {
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++seq, method: 'Network.enable' }) });
    } catch {
      // the target went away
    }
  };
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { method?: string; params?: { request?: { url: string } } };
    if (m.method === 'Network.requestWillBeSent' && m.params?.request) record(m.params.request.url);
  });
  cdp.on('Target.targetCreated', (e) => void consider(e.targetInfo));
  cdp.on('Target.targetInfoChanged', (e) => void consider(e.targetInfo));
  await cdp.send('Target.setDiscoverTargets', { discover: true });
}

export async function launchExtension(opts?: { colorScheme?: 'light' | 'dark'; extDir?: string }): Promise<ExtensionHarness> {
  const extDir = resolve(ROOT, opts?.extDir ?? process.env.EXT_DIR ?? '.output/chrome-mv3');
  const server = await serveStatic({ '/': join(ROOT, 'tests/fixtures/pages'), '/demo/': join(ROOT, 'scripts/demo') });
  let launched: Awaited<ReturnType<typeof launchWithExtension>>;
  try {
    launched = await launchWithExtension(extDir, { headless: !process.env.HEADED, colorScheme: opts?.colorScheme });
  } catch (e) {
    await server.close();
    throw e;
  }
  const { context, userDataDir } = launched;
  const extRequests: string[] = [];
  const close = async () => {
    await context.close().catch(() => undefined);
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;
    const origin = `chrome-extension://${extensionId}/`;

    // The service worker: Playwright keeps a CDP session with the Network domain on it.
    context.on('request', (req) => {
      const sw = req.serviceWorker();
      if (sw && sw.url().startsWith(origin) && !isLocal(req.url(), origin)) extRequests.push(req.url());
    });
    // Pages: a CDP session each. Extension pages: every request counts; web pages: only those a
    // content script started (its file is in the initiator's stack).
    const watch = async (p: Page) => {
      try {
        const cdp = await context.newCDPSession(p);
        cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator?: CdpInitiator; documentURL?: string }) => {
          const url = e.request.url;
          if (isLocal(url, origin)) return;
          if (p.url().startsWith(origin) || e.documentURL?.startsWith(origin) || fromExtension(e.initiator, origin)) extRequests.push(url);
        });
        await cdp.send('Network.enable');
      } catch {
        // page closed before the session attached
      }
    };
    const watching: Array<Promise<void>> = context.pages().map(watch);
    context.on('page', (p) => void watching.push(watch(p)));
    watching.push(watchHiddenTargets(context, origin, (url) => isLocal(url, origin) || extRequests.push(url)));

    const page = async (path: string) => {
      const p = await context.newPage();
      await Promise.all(watching);
      await p.goto(/^[a-z-]+:/.test(path) ? path : server.url + (path.startsWith('/') ? path : '/' + path));
      return p;
    };
    return { context, extensionId, worker, baseUrl: server.url, extRequests, page, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * Sends a BackgroundMessages message from an extension page (in the envelope utils/messaging/
 * channel.ts uses) and returns the raw reply: { res } on success, { err } when the background
 * rejected it.
 */
export function sendToBackground(page: Page, type: string, data?: unknown): Promise<{ res?: unknown; err?: { message?: string } }> {
  return page.evaluate(
    ([type, data]) => {
      const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      return rt.sendMessage({ id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() }) as Promise<{
        res?: unknown;
        err?: { message?: string };
      }>;
    },
    [type, data] as const,
  );
}
