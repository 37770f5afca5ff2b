/**
 * Decisions per second and p50/p99 latency through the real server (autocannon at 1, 10 and 50
 * connections) on PGlite and on PostgreSQL, beside each database's raw single-row insert rate.
 * The measurement lives with the server (apps/server/bench/decisions.ts); this runs it as its own
 * process so its servers and databases are separate from the other benchmarks.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchModule } from './bench-module.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const serverDecisionsBench: BenchModule = {
  name: 'server: decisions per second (PGlite and PostgreSQL)',
  run: () =>
    new Promise<void>((resolve, reject) => {
      const env = {
        ...process.env,
        TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      };
      const child = spawn(
        process.execPath,
        ['--conditions=@sightline/source', '--import', 'tsx', 'apps/server/bench/decisions.ts'],
        {
          cwd: repoRoot,
          env,
          stdio: ['ignore', 'inherit', 'inherit'],
        },
      );
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the server bench exited with ${code}`))));
    }),
};
