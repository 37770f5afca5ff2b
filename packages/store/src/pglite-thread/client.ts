/**
 * PGlite on a thread of its own. The embedded database does its work (parsing, planning, writing
 * pages and WAL) on whichever thread calls it; on the server's thread that work and the server's
 * own (HTTP, checks, assessment, sealing) take turns on one core. This client runs PGlite in a
 * worker thread and offers drizzle the part of PGlite's interface it uses (`query`, `transaction`),
 * so the two run side by side.
 *
 * Semantics are PGlite's own: one statement at a time, and an open transaction holds the database
 * until it ends. Results and parameters are copied between the threads; a database error arrives
 * with its fields (SQLSTATE `code`, `constraint`...) so `isUniqueViolation` and the like still work.
 * Parsers: drizzle only asks for some types' values as the database's text (dates and times,
 * intervals, numeric arrays); the client passes which types, and the thread leaves those unparsed.
 * Any other parser is refused rather than silently dropped.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type QueryResult, type Reply, rebuildError, type Request } from './protocol.js';

/** Options drizzle passes to `query`. */
interface QueryOptions {
  rowMode?: 'array' | 'object';
  parsers?: Record<number, (value: string, typeId: number) => unknown>;
}

type RequestBody = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * The worker's entry and what it needs to know: the built `worker.js` beside this file, or, running
 * from the TypeScript sources, `source-entry.mjs`, which registers tsx's loader and loads `worker.ts`.
 */
function workerEntry(dataDir: string): { url: URL; workerData: { dataDir: string; entry?: string } } {
  const built = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { url: built, workerData: { dataDir } };
  return {
    url: new URL('./source-entry.mjs', import.meta.url),
    workerData: { dataDir, entry: new URL('./worker.ts', import.meta.url).href },
  };
}

/** The types whose parser leaves the database's text as it is (as drizzle's do); refuses any other parser. */
function rawTypesOf(options: QueryOptions | undefined): number[] {
  const parsers = options?.parsers ?? {};
  const oids = Object.keys(parsers).map(Number);
  for (const oid of oids) {
    const parser = parsers[oid];
    if (parser && parser('text as stored', oid) !== 'text as stored') {
      throw new Error(`PGlite on its own thread takes only parsers that keep the text as it is (type ${oid} has another)`);
    }
  }
  return oids;
}

class Channel {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  private failure: Error | null = null;

  constructor(private readonly worker: Worker) {
    worker.on('message', (reply: Reply) => {
      if (!('id' in reply)) return;
      const waiter = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (!waiter) return;
      if (reply.ok) waiter.resolve(reply);
      else waiter.reject(rebuildError(reply.error));
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const waiter of this.pending.values()) waiter.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The PGlite thread stopped (exit code ${code})`)));
  }

  send(body: RequestBody): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...body, id } as Request);
    });
  }
}

async function query(channel: Channel, txId: number | null, sql: string, params: unknown[] = [], options?: QueryOptions) {
  const reply = await channel.send({
    type: 'query',
    txId,
    sql,
    params,
    rowMode: options?.rowMode ?? 'object',
    rawTypes: rawTypesOf(options),
  });
  return (reply as { result: QueryResult }).result;
}

/** A transaction on the PGlite thread, as drizzle's PGlite session uses one. */
export class ThreadTransaction {
  constructor(
    private readonly channel: Channel,
    private readonly id: number,
  ) {}

  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<QueryResult> {
    return query(this.channel, this.id, sql, params, options);
  }
}

/** The PGlite interface drizzle uses, with the database on its own thread. */
export class PGliteThreadClient {
  private constructor(
    private readonly worker: Worker,
    private readonly channel: Channel,
  ) {}

  /** Starts the thread and opens PGlite in `dataDir` there; rejects with PGlite's own error if it cannot. */
  static async start(dataDir: string): Promise<PGliteThreadClient> {
    const { url, workerData } = workerEntry(dataDir);
    const worker = new Worker(url, { workerData });
    const channel = new Channel(worker);
    await new Promise<void>((resolve, reject) => {
      const onMessage = (reply: Reply) => {
        if ('id' in reply) return;
        worker.off('message', onMessage);
        if (reply.type === 'ready') resolve();
        else reject(rebuildError(reply.error));
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`The PGlite thread stopped while starting (exit code ${code})`)));
    });
    return new PGliteThreadClient(worker, channel);
  }

  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<QueryResult> {
    return query(this.channel, null, sql, params, options);
  }

  /**
   * Runs `callback` in a transaction: committed when it resolves, rolled back when it throws (its
   * error is rethrown). A failed COMMIT rejects with the database's error.
   */
  async transaction<T>(callback: (tx: ThreadTransaction) => Promise<T>): Promise<T> {
    const begin = await this.channel.send({ type: 'begin' });
    const txId = (begin as { id: number }).id;
    let result: T;
    try {
      result = await callback(new ThreadTransaction(this.channel, txId));
    } catch (error) {
      await this.channel.send({ type: 'end', txId, commit: false }).catch(() => {});
      throw error;
    }
    await this.channel.send({ type: 'end', txId, commit: true });
    return result;
  }

  /** Closes PGlite (its data is on disk) and stops the thread. */
  async close(): Promise<void> {
    try {
      await this.channel.send({ type: 'close' });
    } finally {
      await this.worker.terminate();
    }
  }
}
