// Privacy and permissions of the built extension: the exact manifest permissions, no page-reachable
// surface (externally_connectable, web-accessible resources), extension-page CSP not loosened, no
// remote code and no eval in the bundles, and malformed messages from an extension page answered
// with a clean error. Needs a build (EXT_DIR, default .output/chrome-mv3).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForKb } from '../../scripts/start';
import { launchExtension, sendToBackground, type ExtensionHarness } from './harness';
import { extPage, sendFromContentScript } from './hard-helpers';

const extDir = resolve(import.meta.dirname, '../..', process.env.EXT_DIR ?? '.output/chrome-mv3');
const manifest = () => JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(f) ? [p] : [];
  });
}

describe('manifest', () => {
  it('asks for exactly storage, sidePanel, offscreen and scripting, and hosts no wider than the content script', () => {
    const m = manifest();
    expect([...(m.permissions as string[])].sort()).toEqual(['offscreen', 'scripting', 'sidePanel', 'storage']);
    // scripting.executeScript needs host permissions: the content script's own matches, no more.
    expect(m.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    for (const key of ['optional_permissions', 'optional_host_permissions']) expect(m[key], key).toBeUndefined();
  });

  it('the content script in the manifest is the small first stage, on http(s) pages only, no CSS', () => {
    const cs = manifest().content_scripts as Array<Record<string, unknown>>;
    expect(cs).toHaveLength(1);
    expect(cs[0]).toEqual({ matches: ['http://*/*', 'https://*/*'], all_frames: true, run_at: 'document_idle', js: ['precheck.js'] });
    // The rest is injected on pages that pass; the first stage carries no zod, Preact or catalog.
    const first = readFileSync(join(extDir, 'precheck.js'), 'utf8');
    expect(first.length).toBeLessThan(64 * 1024);
    expect(first).not.toMatch(/jitless|createElement|preact/);
  });

  it('exposes nothing to web pages: no externally_connectable, no web-accessible resources', () => {
    const m = manifest();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  it('keeps the default extension-page CSP (no unsafe-eval, no remote sources; wasm-unsafe-eval only with wasm)', () => {
    const csp = manifest().content_security_policy as { extension_pages?: string; sandbox?: string } | undefined;
    const hasWasm = files(extDir, /\.wasm$/).length > 0;
    for (const policy of [csp?.extension_pages, csp?.sandbox]) {
      if (!policy) continue;
      expect(policy).not.toMatch(/unsafe-eval'|unsafe-inline|https?:|\*/);
      if (!hasWasm) expect(policy).not.toContain('wasm-unsafe-eval');
    }
    expect(manifest().sandbox).toBeUndefined();
  });
});

describe('bundles', () => {
  const js = () => files(extDir, /\.(js|html)$/).map((f) => ({ f: relative(extDir, f), src: readFileSync(f, 'utf8') }));

  it('load no remote code: every URL in the built code is a namespace, a schema id or a match pattern', () => {
    // What the libraries carry as plain data: XML namespaces (preact), JSON-schema ids and an IPv6
    // template (zod), short links in Dexie's error texts, and the content script's match patterns.
    const allowed = [
      /^http:\/\/www\.w3\.org\/(1998\/Math\/MathML|1999\/xhtml|2000\/svg|1999\/xlink|XML\/1998\/namespace)$/,
      /^https?:\/\/json-schema\.org\/[\w\-/.#]+$/,
      /^http:\/\/\[\$\{\w+\}\]$/,
      /^https?:\/\/(bit\.ly|tinyurl\.com)\/\w+$/,
      /^https?:\/\/\*\/\*$/,
    ];
    const odd: string[] = [];
    for (const { f, src } of js()) {
      for (const m of src.matchAll(/https?:\/\/[^\s"'`)<>]*/g)) if (!allowed.some((re) => re.test(m[0]))) odd.push(`${f}: ${m[0]}`);
      // Nothing is loaded from a URL the bundle builds from text: no importScripts, no remote script tags.
      if (/importScripts\s*\(/.test(src)) odd.push(`${f}: importScripts`);
      if (/<script[^>]+src=["']?https?:/i.test(src)) odd.push(`${f}: remote <script>`);
    }
    expect(odd).toEqual([]);
  });

  it('use no eval; the only Function constructor is zod’s JIT, switched off (jitless) in every entry', () => {
    const found: string[] = [];
    for (const { f, src } of js()) {
      if (/(^|[^\w.$])eval\s*\(/.test(src)) found.push(`${f}: eval(`);
      for (const m of src.matchAll(/.{0,50}\bFunction\b\s*[,(].{0,30}/g)) {
        const zodProbe = /try\{return Function\(``\),!0\}catch/.test(m[0]);
        const zodCompile = /compile\(\)\{let \w+=Function,/.test(m[0]);
        if (!zodProbe && !zodCompile) found.push(`${f}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
    // Every bundle that carries zod's JIT also carries the jitless switch.
    const unswitched = js().filter(({ src }) => /compile\(\)\{let \w+=Function,/.test(src) && !/\{jitless:!0\}/.test(src));
    expect(unswitched.map((x) => x.f)).toEqual([]);
  });
});

describe('messages', () => {
  let ext: ExtensionHarness;
  let page: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    await waitForKb(ext.worker);
    page = await extPage(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('scripting and the host permissions add no install warning to what the content script already has', async () => {
    // chrome.management.getPermissionWarningsByManifest needs no permission: the browser's own
    // warnings for the built manifest, and for the same manifest without scripting and hosts.
    const m = manifest();
    const without = { ...m, permissions: (m.permissions as string[]).filter((p) => p !== 'scripting') };
    delete (without as Record<string, unknown>).host_permissions;
    const warnings = (x: unknown) =>
      page.evaluate(
        (json) =>
          (
            globalThis as unknown as { chrome: { management: { getPermissionWarningsByManifest(s: string): Promise<string[]> } } }
          ).chrome.management.getPermissionWarningsByManifest(json),
        JSON.stringify(x),
      );
    const [built, before] = await Promise.all([warnings(m), warnings(without)]);
    expect(built.length).toBeGreaterThan(0); // the content script on every site is announced
    expect(built).toEqual(before);
  });

  it('malformed payloads get a clean error, and the worker keeps answering', async () => {
    // analyze is a content script's message (issue 16): its payloads are sent from one.
    const web = await ext.page('/irrelevant.html');
    const url = web.url();
    for (const [data, re] of [
      [{ url, text: 42 }, /analyze: invalid payload/],
      [{ url, text: 'x'.repeat(8_000_001) }, /analyze: invalid payload/],
      [null, /analyze: invalid payload/],
    ] as const) {
      const reply = await sendFromContentScript(web, ext.extensionId, 'analyze', data);
      expect(reply?.res).toBeUndefined();
      expect(reply?.err?.message).toMatch(re);
    }
    await web.close();
    const cases: Array<[string, unknown, RegExp]> = [
      ['getEntityCard', { id: 'a'.repeat(10_000) }, /getEntityCard: invalid payload/],
      ['getEntityCard', { id: { toString: 'alibaba' } }, /getEntityCard: invalid payload/],
      ['setSettings', { hoverDelayMs: -5, theme: 'neon' }, /setSettings: invalid payload/],
      ['setSettings', { disabledSites: Array.from({ length: 6000 }, (_, i) => `s${i}.example`) }, /setSettings: invalid payload/],
      ['toggleSite', { scope: 'everything', url: 'https://example.com/', enabled: false }, /toggleSite: invalid payload/],
      ['getTabState', { tabId: 'all' }, /getTabState: invalid payload/],
      ['scrollTo', { tabId: 1, start: -1, end: 2 }, /scrollTo: invalid payload/],
      ['importUserData', { json: 7 }, /importUserData: invalid payload/],
    ];
    for (const [type, data, re] of cases) {
      const reply = await sendToBackground(page, type, data);
      expect(reply.res, type).toBeUndefined();
      expect(reply.err?.message, type).toMatch(re);
    }
    // Messages that are not the protocol's: no answer, no crash.
    const stray = await page.evaluate(async () => {
      const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      const out: unknown[] = [];
      for (const m of [{ foo: 1 }, 'text', 42, { type: 'noSuchMessage', id: 1, data: {}, timestamp: 0 }])
        out.push(await rt.sendMessage(m).catch((e: Error) => `error: ${e.message}`));
      return out;
    });
    expect(stray.every((r) => r === undefined || String(r).startsWith('error:'))).toBe(true);
    // Still alive and unchanged.
    expect((await sendToBackground(page, 'kbInfo')).res).toMatchObject({ entities: expect.any(Number) });
    expect((await sendToBackground(page, 'getSettings')).res).toMatchObject({ enabled: true, hoverDelayMs: 300, disabledSites: [] });
  });

  it('the extension made no network request', () => {
    expect(ext.extRequests).toEqual([]);
  });
});
