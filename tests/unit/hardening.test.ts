// Hardening, unit level: the background's message guard as registered (a message from another
// extension or with a bad payload never reaches its handler), the source never renders HTML from
// strings or evaluates code, the test server's per-file headers, and the page-size cut-off flag.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveBackground } from '../../utils/messaging/protocol';
import { collectText } from '../../utils/dom/collect';
import { extraHeaders } from '../../scripts/serve';

const ROOT = resolve(import.meta.dirname, '../..');

describe('background guard, as registered', () => {
  const calls: string[] = [];
  const run = (name: string) => () => {
    calls.push(name);
    return null as never;
  };
  beforeAll(() => {
    fakeBrowser.reset();
    // Two handlers stand for all: one with a payload, one for extension pages only.
    serveBackground({
      getEntityCard: { run: run('getEntityCard') },
      exportUserData: { run: run('exportUserData') },
    });
  });
  beforeEach(() => {
    calls.length = 0;
  });

  /** Delivers a message as Chrome would, with the given sender; resolves with the reply. */
  async function deliver(type: string, data: unknown, sender: object): Promise<{ res?: unknown; err?: { message: string } }> {
    return new Promise((ok) => {
      void fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, sender, ok as never);
    });
  }

  const own = fakeBrowser.runtime.id;
  const page = { id: own, url: `chrome-extension://${own}/sidepanel.html` };

  it('answers its own extension page', async () => {
    expect(await deliver('getEntityCard', { id: 'alibaba' }, page)).toEqual({ res: null });
    expect(calls).toEqual(['getEntityCard']);
  });

  it('refuses another extension (and a sender without id) before the handler runs', async () => {
    const other = await deliver(
      'getEntityCard',
      { id: 'alibaba' },
      { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html' },
    );
    expect(other.err?.message).toMatch(/not sent by this extension/);
    const anon = await deliver('getEntityCard', { id: 'alibaba' }, { url: 'https://evil.example/' });
    expect(anon.err?.message).toMatch(/not sent by this extension/);
    expect(calls).toEqual([]);
  });

  it('refuses bad payloads and content scripts on page-only messages', async () => {
    expect((await deliver('getEntityCard', { id: 'x'.repeat(10_000) }, page)).err?.message).toMatch(/invalid payload/);
    expect((await deliver('getEntityCard', { id: 7 }, page)).err?.message).toMatch(/invalid payload/);
    const script = { id: own, url: 'https://news.example.jp/a', tab: { id: 3 }, frameId: 0 };
    expect((await deliver('exportUserData', undefined, script)).err?.message).toMatch(/only extension pages/);
    expect(calls).toEqual([]);
  });
});

describe('no HTML from strings, no eval, in the source', () => {
  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
    });
  }

  it('entrypoints, components and utils use none of innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, document.write, eval, new Function', () => {
    const bad =
      /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment|document\.write|setHTMLUnsafe|parseHTMLUnsafe)\b|(^|[^\w.])eval\s*\(|new\s+Function\s*\(/;
    const found: string[] = [];
    for (const dir of ['entrypoints', 'components', 'utils']) {
      for (const f of sources(join(ROOT, dir))) {
        readFileSync(f, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const code = line.replace(/\/\/.*$/, ''); // comments may name them
            if (bad.test(code)) found.push(`${f.slice(ROOT.length + 1)}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    expect(found).toEqual([]);
  });
});

describe('test server headers', () => {
  it('reads <file>.headers.json, keeping string values only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-headers-'));
    const file = join(dir, 'page.html');
    writeFileSync(file, '<p>x</p>');
    expect(extraHeaders(file)).toEqual({});
    writeFileSync(`${file}.headers.json`, JSON.stringify({ 'Content-Security-Policy': "default-src 'none'", 'X-Count': 3 }));
    expect(extraHeaders(file)).toEqual({ 'Content-Security-Policy': "default-src 'none'" });
  });

  it('the strict-CSP fixture carries its header', () => {
    expect(extraHeaders(join(ROOT, 'tests/fixtures/pages/hard-csp.html'))).toEqual({
      'Content-Security-Policy': "default-src 'none'; style-src 'none'; script-src 'none'",
    });
  });
});

describe('page-size cut-off', () => {
  const { document } = parseHTML('<html><body><p>アリババは3,800億元を投じる。</p><p>呉泳銘CEOが述べた。</p></body></html>');

  it('flags a text cut at maxChars, and only then', () => {
    expect(collectText(document, { maxChars: 5 })).toMatchObject({ truncated: true });
    expect(collectText(document, { maxChars: 10_000 }).truncated).toBeUndefined();
    expect(collectText(document).truncated).toBeUndefined();
  });
});
