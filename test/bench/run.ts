/**
 * `pnpm bench`: runs each benchmark module in turn (core first) and prints its figures. Figures
 * only: a missed target never changes the exit code; only a module that crashes does.
 *
 * To add a benchmark, export a `BenchModule` from a file in this folder and append it to
 * `benchModules` below.
 */
import { performance } from 'node:perf_hooks';
import type { BenchModule } from './bench-module.js';
import { coreAssessBench } from './core-assess.js';
import { serverDecisionsBench } from './server-decisions.js';
import { webFrontendBench } from './web-frontend.js';

export type { BenchModule } from './bench-module.js';

/** The benchmarks `pnpm bench` runs, in order. */
export const benchModules: readonly BenchModule[] = [coreAssessBench, serverDecisionsBench, webFrontendBench];

async function runAll(modules: readonly BenchModule[]): Promise<void> {
  for (const module of modules) {
    console.log(`\n== ${module.name} ==`);
    const started = performance.now();
    try {
      await module.run();
    } catch (error) {
      console.log(`crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exitCode = 1;
    }
    console.log(`(${module.name} took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

await runAll(benchModules);
