// The first content script, on every page (manifest content_scripts, added in wxt.config.ts): small,
// and it touches no extension API on a page that does not pass, so an unrelated page pays next to
// nothing. It runs the pre-check (its automaton compiled at build time: nothing to build here) on
// the page's title and text; only on a page that passes does it ask the background to inject the
// rest (content-scripts/content.js, entrypoints/content/): analysis requests, highlights, cards. It
// looks again once when the page grew a lot (app shells), and after SPA navigations.
// An unlisted script, not a WXT content script: WXT's content-script wrapper would reach for the
// extension API at start (its context object asks runtime.id), which alone costs a new tab ~5 ms.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { precheckShipped } from '../utils/analysis/precheck/shipped';
import { loaderCheck } from '../utils/dom/loader-check';

export default defineUnlistedScript(() => {
  loaderCheck({
    passes: (title, text) => precheckShipped(title, text).pass,
    load: () => requestReader(),
    setTimeout: (fn, ms) => void window.setTimeout(fn, ms),
    onUrlChange: (fn) => {
      const nav = (window as { navigation?: EventTarget }).navigation;
      if (nav?.addEventListener) nav.addEventListener('currententrychange', fn);
      else window.setInterval(fn, 1000); // no Navigation API: look at the address once a second
    },
  });
});

/**
 * Asks the background to inject the rest (the protocol's `loadReader`; the background checks the
 * sender). Sent in the channel's envelope by hand: the protocol's schemas stay out of this script.
 */
async function requestReader(): Promise<boolean> {
  const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
  const answer = (await rt.sendMessage({ id: Math.floor(Math.random() * 1e9), type: 'loadReader', data: undefined, timestamp: Date.now() })) as
    { res?: unknown } | undefined;
  return answer?.res === true;
}
