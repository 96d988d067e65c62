// Chromium with the built extension for the in-browser benchmark parts: builds the extension when
// the build is missing, launches a fresh (or given) profile, and finds the service worker's target.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { ROOT, extensionWorker, launchWithExtension, waitForKb, type KbState } from '../start';
import { TargetSession } from './browser-cdp';

/** EXT_DIR (default .output/chrome-mv3), built first when it has no manifest. Build output goes to stderr. */
export function builtExtension(): string {
  const extDir = resolve(ROOT, process.env.EXT_DIR ?? '.output/chrome-mv3');
  if (existsSync(join(extDir, 'manifest.json'))) return extDir;
  console.error(`bench: no build in ${extDir}, building…`);
  const r = spawnSync('npm', ['run', '-s', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2],
    env: { ...process.env, WXT_OUT_DIR: dirname(extDir) },
  });
  if (r.status !== 0 || !existsSync(join(extDir, 'manifest.json'))) throw new Error(`build into ${extDir} failed`);
  return extDir;
}

export interface Launched {
  context: BrowserContext;
  userDataDir: string;
  worker: Worker;
  extensionId: string;
  /** 'chrome-extension://ID/' */
  origin: string;
  kb: KbState;
  /** A tab kept at about:blank whose CDP session reaches the Target and ServiceWorker domains. */
  host: Page;
  hostCdp: CDPSession;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export async function launch(extDir: string, userDataDir?: string): Promise<Launched> {
  const { context, userDataDir: dir } = await launchWithExtension(extDir, { headless: !process.env.HEADED, userDataDir });
  const close = async (opts?: { keepProfile?: boolean }) => {
    await context.close().catch(() => undefined);
    if (!opts?.keepProfile) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;
    const kb = await waitForKb(worker);
    const host = context.pages()[0] ?? (await context.newPage());
    const hostCdp = await context.newCDPSession(host);
    return { context, userDataDir: dir, worker, extensionId, origin: `chrome-extension://${extensionId}/`, kb, host, hostCdp, close };
  } catch (e) {
    await close();
    throw e;
  }
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export async function extensionTargets(cdp: CDPSession, origin: string): Promise<TargetInfo[]> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.filter((t) => t.url.startsWith(origin) || (t.type === 'worker' && t.url === ''));
}

export async function serviceWorkerTarget(cdp: CDPSession, origin: string): Promise<TargetInfo | undefined> {
  return (await extensionTargets(cdp, origin)).find((t) => t.type === 'service_worker');
}

/**
 * Stops the extension's service worker (as Chrome does when it is idle) and waits until it stays
 * stopped for a moment: a pending browser event (a tab that just loaded) may start it again.
 */
export async function stopServiceWorker(cdp: CDPSession, origin: string): Promise<void> {
  await cdp.send('ServiceWorker.enable');
  const end = Date.now() + 15_000;
  for (;;) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 100));
    if (!(await serviceWorkerTarget(cdp, origin))) {
      await new Promise((r) => setTimeout(r, 200));
      if (!(await serviceWorkerTarget(cdp, origin))) return;
    }
    if (Date.now() > end) throw new Error('the service worker did not stop');
  }
}

/** Evaluates an expression in the service worker (started by then), awaiting a returned promise. */
export async function inServiceWorker(cdp: CDPSession, origin: string, expression: string): Promise<unknown> {
  const t = await serviceWorkerTarget(cdp, origin);
  if (!t) throw new Error('no service worker running');
  const s = await TargetSession.attach(cdp, t.targetId);
  try {
    const r = await s.send<{ result: { value?: unknown }; exceptionDetails?: { text: string } }>('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (r.exceptionDetails) throw new Error(`in the service worker: ${r.exceptionDetails.text}`);
    return r.result.value;
  } finally {
    await s.detach();
  }
}

/** A note on the machine's load: timings on a busy 2-core machine are not comparable to an idle one. */
export function loadNote(): string {
  return `load average ${loadavg()[0]!.toFixed(1)}`;
}
