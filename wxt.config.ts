import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Alibaba Reader Companion',
    description: 'Entities, figures and fact checks for news about Alibaba and the AI-investment race. Runs locally.',
    permissions: ['storage', 'sidePanel'],
  },
});
