/**
 * The PGlite thread: owns the embedded database and runs what the server's thread sends it (see
 * `client.ts`). PGlite runs one statement at a time, and a transaction holds it until it ends,
 * exactly as when it runs on the server's own thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pgliteSerializers } from '../pglite-options.js';
import { errorFields, type Reply, type Request } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('The PGlite thread must be started as a worker thread');
const send = (reply: Reply) => port.postMessage(reply);

/** Thrown inside a transaction's callback to roll it back. */
const ROLLBACK = Symbol('rollback');

/** A transaction begun and not yet ended: its handle, and how to end it (commit or not). */
interface OpenTransaction {
  tx: Transaction;
  finish: (commit: boolean) => void;
}

const identity = (value: string) => value;
const transactions = new Map<number, OpenTransaction>();
/** Per transaction (by its `begin` id): settles once it has committed or rolled back. */
const endings = new Map<number, Promise<void>>();

async function run(pg: PGlite, request: Request): Promise<Reply> {
  switch (request.type) {
    case 'query': {
      const target = request.txId === null ? pg : transactions.get(request.txId)?.tx;
      if (!target) throw new Error(`No open transaction ${request.txId}`);
      const parsers = Object.fromEntries(request.rawTypes.map((oid) => [oid, identity]));
      const result = await target.query(request.sql, request.params, { rowMode: request.rowMode, parsers });
      return {
        id: request.id,
        ok: true,
        result: { rows: result.rows, fields: result.fields, affectedRows: result.affectedRows },
      };
    }
    case 'begin': {
      const { id } = request;
      const started = new Promise<void>((resolveStarted, rejectStarted) => {
        let finish: (commit: boolean) => void = () => {};
        const decided = new Promise<boolean>((resolve) => {
          finish = resolve;
        });
        const ending = pg
          .transaction(async (tx) => {
            transactions.set(id, { tx, finish });
            resolveStarted();
            if (!(await decided)) throw ROLLBACK;
          })
          .catch((error: unknown) => {
            if (error !== ROLLBACK) throw error;
          })
          .finally(() => {
            transactions.delete(id);
            endings.delete(id);
          });
        endings.set(id, ending);
        // A transaction that could not begin fails its `begin`; once begun, `end` reports how it ended.
        ending.catch(rejectStarted);
      });
      await started;
      return { id, ok: true };
    }
    case 'end': {
      const open = transactions.get(request.txId);
      const ending = endings.get(request.txId);
      if (!open || !ending) throw new Error(`No open transaction ${request.txId}`);
      open.finish(request.commit);
      await ending;
      return { id: request.id, ok: true };
    }
    case 'close':
      await pg.close();
      return { id: request.id, ok: true };
  }
}

try {
  const pg = await PGlite.create((workerData as { dataDir: string }).dataDir, { serializers: pgliteSerializers });
  port.on('message', (request: Request) => {
    run(pg, request).then(send, (error: unknown) => send({ id: request.id, ok: false, error: errorFields(error) }));
  });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'failed', error: errorFields(error) });
}
