// Firefox harness: the built Firefox extension (.output/firefox-mv2, or FIREFOX_EXT_DIR) in
// firefox-esr over WebDriver BiDi (scripts/lib/firefox.ts), a static server over the test pages,
// and a recording proxy: every request the browser sends to anything but 127.0.0.1 goes through it
// and is recorded (the tests assert none came from the extension).
//   const ff = await launchFirefox();
//   const page = await ff.page('/demo/article.html');
//   const panel = await ff.extPage(`sidepanel.html?tab=${tabId}`);
//   ...; expect(ff.outside()).toEqual([]); await ff.close();
// Build first: npm run build:firefox (npm run test:firefox does).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { FIREFOX_ORIGIN, launchFirefoxWithExtension, openIn } from '../../scripts/lib/firefox';
import { serveStatic } from '../../scripts/serve';

const ROOT = resolve(import.meta.dirname, '../..');
const FIREFOX_EXT_DIR = resolve(ROOT, process.env.FIREFOX_EXT_DIR ?? join(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2'));

export interface FirefoxHarness {
  browser: Browser;
  /** 'moz-extension://UUID/' */
  origin: string;
  baseUrl: string;
  page(path: string): Promise<Page>;
  /** Opens an extension page (sidepanel.html, popup.html…) in a new tab. */
  extPage(path: string): Promise<Page>;
  /** Requests that went out of the machine, but Firefox's own services (Mozilla hosts). */
  outside(): string[];
  /** Every request the proxy saw. */
  proxied: string[];
  close(): Promise<void>;
}

/** Firefox's own background services, if the automation prefs leave any on. */
const MOZILLA = /(^|\.)(mozilla\.(org|com|net)|firefox\.com|mozaws\.net)$/;

/** An HTTP proxy that records and refuses: plain requests by their absolute URL, TLS by CONNECT host. */
async function recordingProxy(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '?');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`https://${req.url ?? '?'}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

const hostOf = (u: string) => {
  try {
    return new URL(u).hostname;
  } catch {
    return u;
  }
};

export async function launchFirefox(opts: { extDir?: string } = {}): Promise<FirefoxHarness> {
  const server = await serveStatic({ '/': join(ROOT, 'tests/fixtures/pages'), '/demo/': join(ROOT, 'scripts/demo') });
  const proxy = await recordingProxy();
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    await server.close();
    await new Promise((r) => proxy.server.close(r));
  };
  try {
    browser = await launchFirefoxWithExtension(opts.extDir ?? FIREFOX_EXT_DIR, {
      headless: !process.env.HEADED,
      prefs: {
        // Everything but 127.0.0.1 through the recording proxy.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': false,
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
      },
    });
    const b = browser;
    const page = async (path: string) => {
      const p = await b.newPage();
      await openIn(p, /^[a-z-]+:/.test(path) ? path : server.url + (path.startsWith('/') ? path : '/' + path));
      return p;
    };
    return {
      browser: b,
      origin: FIREFOX_ORIGIN,
      baseUrl: server.url,
      page,
      extPage: (path) => page(FIREFOX_ORIGIN + path.replace(/^\//, '')),
      proxied: proxy.seen,
      outside: () => proxy.seen.filter((u) => !MOZILLA.test(hostOf(u.startsWith('https://') ? u.replace(/:\d+$/, '') : u))),
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

export async function until<T>(probe: () => Promise<T>, what: string, ms = 60_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
