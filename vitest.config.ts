import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources through the "@sightline/source" condition.
const conditions = ['@sightline/source', 'module', 'node', 'development|production'];

export default defineConfig({
  ssr: { resolve: { conditions } },
  resolve: { conditions },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/cli/test/**/*.test.ts', 'apps/server/test/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
