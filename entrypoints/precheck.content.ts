// The first content script, on every page: small, so an unrelated page pays next to nothing. It
// runs the pre-check (its automaton compiled at build time: nothing to build here) on the page's
// title and text; only on a page that passes does it ask the background to inject the rest
// (content-scripts/content.js, entrypoints/content/): analysis requests, highlights, cards. It
// looks again once when the page's text grew a lot (app shells), and after SPA navigations.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { precheckShipped } from '../utils/analysis/precheck/shipped';
import { loaderCheck } from '../utils/dom/loader-check';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // No window.postMessage announcing the script (it would tell every page the extension's id).
  noScriptStartedPostMessage: true,
  main(ctx) {
    loaderCheck({
      passes: (text) => precheckShipped(text).pass,
      load: () => requestReader(),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      onUrlChange: (fn) => {
        const nav = (window as { navigation?: EventTarget }).navigation;
        if (nav?.addEventListener) {
          nav.addEventListener('currententrychange', fn);
          ctx.onInvalidated(() => nav.removeEventListener('currententrychange', fn));
        } else ctx.addEventListener(window, 'wxt:locationchange', fn);
      },
    });
  },
});

/**
 * Asks the background to inject the rest (the protocol's `loadReader`; the background checks the
 * sender). Sent in the channel's envelope by hand: the protocol's schemas stay out of this script.
 */
async function requestReader(): Promise<boolean> {
  const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
  const answer = (await rt.sendMessage({ id: Math.floor(Math.random() * 1e9), type: 'loadReader', data: undefined, timestamp: Date.now() })) as { res?: unknown } | undefined;
  return answer?.res === true;
}
