import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { copyDict } from './scripts/copy-dict';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    default_locale: 'en',
    name: 'Alibaba Reader Companion',
    description: 'Entities, figures and fact checks for news about Alibaba and the AI-investment race. Runs locally.',
    permissions: [
      'storage',
      'sidePanel',
      // Chrome: hosts kuromoji (names, readings) in an offscreen document, off the service
      // worker, closed after idle to free its memory. Dropped for Firefox (no such API).
      'offscreen',
    ],
  },
  hooks: {
    // kuromoji's dictionary → /dict/ in the build (never committed): scripts/copy-dict.ts.
    'build:publicAssets': copyDict,
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') manifest.permissions = manifest.permissions?.filter((p) => p !== 'offscreen');
    },
  },
});
