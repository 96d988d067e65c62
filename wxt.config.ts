import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { copyDict } from './scripts/copy-dict';
import { chromeMessages, manifestMessage } from './utils/i18n';

// Oldest browsers the extension runs on; every API it uses is there, so it needs no fallbacks:
// - Chrome 128: caretPositionFromPoint (hover hit-test; 128), CSS light-dark() (123), side panel
//   open/setPanelBehavior and runtime.getContexts (116), offscreen documents (109), the CSS Custom
//   Highlight API (105), storage.session (102).
// - Firefox 140: the CSS Custom Highlight API (140), storage.session (115), light-dark() (120).
const MIN_CHROME = '128';
const MIN_FIREFOX = '140.0';
export const FIREFOX_ID = 'reader-companion@alibaba-reader.local';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // No auto-imports: every file names what it uses, so the analysis core runs as plain TypeScript
  // in the CLI and tests, and its imports show what it depends on (the lint rule checks them).
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    // Name, description and command descriptions come from the one message catalog (utils/i18n),
    // written to _locales at build time (hooks below).
    default_locale: 'en',
    name: manifestMessage('app.name'),
    description: manifestMessage('app.description'),
    // No host permissions beyond the content script's matches, no 'tabs' (the sender's tab comes
    // with each message; tabs.query gives ids without it).
    permissions: [
      // storage.session: per-tab analysis results outlive the idle-stopped service worker (in
      // memory only, cleared with the browser, not readable by content scripts).
      'storage',
      // Chrome side panel (opened from the popup; the toolbar button keeps the popup).
      'sidePanel',
      // Injects the rest of the content script into a page that passed the first script's
      // pre-check (entrypoints/background/inject.ts); no install warning of its own.
      'scripting',
      // Chrome: hosts kuromoji (names, readings) in an offscreen document, off the service
      // worker, closed after idle to free its memory. Dropped for Firefox (no such API).
      'offscreen',
    ],
    // Keyboard stepping through the highlights (entrypoints/background/commands.ts); rebindable
    // in the browser's shortcut settings.
    commands: {
      'next-highlight': { suggested_key: { default: 'Alt+Shift+Period' }, description: manifestMessage('cmd.next') },
      'prev-highlight': { suggested_key: { default: 'Alt+Shift+Comma' }, description: manifestMessage('cmd.prev') },
    },
  },
  hooks: {
    'build:publicAssets': (wxt, files) => {
      // kuromoji's dictionary → /dict/ in the build (never committed): scripts/copy-dict.ts.
      copyDict(wxt, files);
      // _locales/<lang>/messages.json for the manifest's strings, from the catalog.
      for (const lang of ['en', 'ja'] as const) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(chromeMessages(lang), null, 2) });
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // The first content script (entrypoints/precheck.ts, an unlisted script: no WXT wrapper) on
      // every http(s) page; the rest (entrypoints/content/) is injected where it passes.
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: ['http://*/*', 'https://*/*'], all_frames: true, run_at: 'document_idle', js: ['precheck.js'] },
      ];
      if (wxt.config.browser === 'firefox') {
        // Firefox has neither API (its sidebar comes from sidebar_action, no permission needed).
        manifest.permissions = manifest.permissions?.filter((p) => p !== 'offscreen' && p !== 'sidePanel');
        // A fixed add-on id: storage and the moz-extension:// address survive reinstalls (the
        // Firefox tests rely on it too, tests/firefox/harness.ts).
        manifest.browser_specific_settings = {
          ...manifest.browser_specific_settings,
          gecko: { ...manifest.browser_specific_settings?.gecko, id: FIREFOX_ID, strict_min_version: MIN_FIREFOX },
        };
      } else {
        manifest.minimum_chrome_version = MIN_CHROME;
      }
    },
  },
});
