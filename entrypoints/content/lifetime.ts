// How long the content script lives: until the extension itself is reloaded, updated or removed
// (its runtime is then gone). WXT's context also ends when a DOM event announces a newer copy of
// the script; a page can forge that event (its name holds only the public extension id), so such an
// announcement counts only when our runtime is really gone.
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

function runtimeAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

/** The event WXT dispatches on document when a copy of the script starts (private in its typings). */
const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

export class Lifetime {
  private ended = false;
  private ends: Array<() => void> = [];

  constructor(private ctx: ContentScriptContext) {
    const check = () => {
      if (!runtimeAlive()) this.end();
    };
    ctx.onInvalidated(check);
    // WXT stops listening once its context ended (even on a forged event): keep watching ourselves.
    document.addEventListener(STARTED, check);
    this.onInvalidated(() => document.removeEventListener(STARTED, check));
  }

  get isValid(): boolean {
    return !this.ended && runtimeAlive();
  }

  onInvalidated(cb: () => void): void {
    this.ends.push(cb);
  }

  setTimeout(handler: () => void, ms: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) handler();
    }, ms);
    this.onInvalidated(() => window.clearTimeout(id));
    return id;
  }

  /** WXT's URL-change event for browsers without the Navigation API (fed by WXT's own watcher). */
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void {
    this.ctx.addEventListener(target, type, handler);
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const cb of this.ends.splice(0)) cb();
  }
}
