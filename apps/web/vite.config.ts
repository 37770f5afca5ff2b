/// <reference types="vitest/config" />
import { cpSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

/** govuk-frontend's compiled CSS points at /assets/fonts/* and /assets/images/*: copy them into public/assets (git-ignored). */
function govukAssets(): Plugin {
  return {
    name: 'govuk-assets',
    buildStart() {
      const manifest = fileURLToPath(import.meta.resolve('govuk-frontend/dist/govuk/assets/manifest.json'));
      cpSync(dirname(manifest), fileURLToPath(new URL('./public/assets', import.meta.url)), { recursive: true });
    },
  };
}

const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:3000';
const conditions = ['@sightline/source', ...defaultClientConditions];

export default defineConfig({
  plugins: [react(), govukAssets()],
  resolve: { conditions },
  css: { lightningcss: { errorRecovery: true } },
  server: { host: '127.0.0.1', port: 5173, proxy: { '/api': apiTarget } },
  preview: { host: '127.0.0.1', port: 4173, proxy: { '/api': apiTarget } },
  build: { sourcemap: true },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.tsx', 'test/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
    testTimeout: 20_000,
  },
});
