/** Timing helpers for the benchmarks (bench code may read the clock; the core never does). */
import { performance } from 'node:perf_hooks';

export interface Timings {
  runs: number;
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

export interface MeasureOptions {
  warmup: number;
  runs: number;
  /** Stop early (after at least 50 runs) once this many milliseconds of timed runs have passed. */
  budgetMs: number;
}

/** The nearest-rank percentile (0 < p <= 1) of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Summarises samples in milliseconds. */
export function summarise(samples: readonly number[]): Timings {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, x) => sum + x, 0);
  return {
    runs: sorted.length,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    mean: total / Math.max(1, sorted.length),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** Times a synchronous or asynchronous function: warm-up runs first, then timed runs, one sample per call. */
export async function measure(fn: () => unknown, options: MeasureOptions): Promise<Timings> {
  for (let i = 0; i < options.warmup; i++) await fn();
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < options.runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
    if (i >= 49 && performance.now() - started > options.budgetMs) break;
  }
  return summarise(samples);
}

/** Milliseconds with three decimals. */
export function ms(value: number): string {
  return `${value.toFixed(3)} ms`;
}

/** One printed line of figures for a timed subject. */
export function timingLine(label: string, t: Timings): string {
  return `${label.padEnd(50)} p50 ${ms(t.p50).padStart(11)}  p99 ${ms(t.p99).padStart(11)}  mean ${ms(t.mean).padStart(11)}  (${t.runs} runs)`;
}
