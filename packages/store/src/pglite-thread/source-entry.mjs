// Entry of the PGlite thread when running from the TypeScript sources (tsx, vitest): a worker
// thread does not take tsx's loader from `--import tsx` for its own entry, so this registers it and
// then loads worker.ts. The built package starts dist/pglite-thread/worker.js directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
