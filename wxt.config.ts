import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { copyDict } from './scripts/copy-dict';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/i18n/module'],
  // No auto-imports: every file names what it uses, so the analysis core runs as plain TypeScript
  // in the CLI and tests, and its imports show what it depends on (the lint rule checks them).
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    default_locale: 'en',
    name: 'Alibaba Reader Companion',
    description: 'Entities, figures and fact checks for news about Alibaba and the AI-investment race. Runs locally.',
    // No host permissions beyond the content script's matches, no 'tabs' (the sender's tab comes
    // with each message; tabs.query gives ids without it).
    permissions: [
      // storage.session: per-tab analysis results outlive the idle-stopped service worker (in
      // memory only, cleared with the browser, not readable by content scripts).
      'storage',
      // Chrome side panel (opened from the popup; the toolbar button keeps the popup).
      'sidePanel',
      // Chrome: hosts kuromoji (names, readings) in an offscreen document, off the service
      // worker, closed after idle to free its memory. Dropped for Firefox (no such API).
      'offscreen',
    ],
    // Keyboard stepping through the highlights (entrypoints/background/commands.ts); rebindable
    // in the browser's shortcut settings.
    commands: {
      'next-highlight': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Next highlight' },
      'prev-highlight': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Previous highlight' },
    },
  },
  hooks: {
    // kuromoji's dictionary → /dict/ in the build (never committed): scripts/copy-dict.ts.
    'build:publicAssets': copyDict,
    'build:manifestGenerated': (wxt, manifest) => {
      // Firefox has neither API (its sidebar comes from sidebar_action, no permission needed).
      if (wxt.config.browser === 'firefox') manifest.permissions = manifest.permissions?.filter((p) => p !== 'offscreen' && p !== 'sidePanel');
    },
  },
});
