/**
 * What every benchmark module exports: a name and a `run()` that prints its own figures. A module
 * that cannot run here (no database, no browser) prints "skipped: <reason>" and returns normally.
 * Benchmarks print figures only; they never fail the test suite.
 */
export interface BenchModule {
  name: string;
  run(): Promise<void>;
}
