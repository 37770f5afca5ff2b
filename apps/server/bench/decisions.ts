/**
 * Decisions per second and p50/p99 latency (autocannon at 1, 10 and 50 connections) against the
 * real server process, on PGlite (a data folder, as `pnpm start` runs it) and on PostgreSQL when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set; printed beside the raw single-row insert rate of
 * the same database measured in the same run, as a ratio.
 *
 * Run: npx tsx --conditions=@sightline/source apps/server/bench/decisions.ts
 * (BENCH_SECONDS=5 per run by default.)
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createAgency,
  createPartnership,
  createUser,
  type Database,
  dropSchema,
  openDatabase,
  runRawSql,
} from '@sightline/store';
import autocannon from 'autocannon';
import { hashPassword } from '../src/auth/passwords.js';
import { DEMO_PASSWORD } from '../src/seed/demo-users.js';
import { contactFacts } from '../test/fixtures.js';
import { HttpSession, type ServerProcess, startServer, stopServer } from '../test/server-process.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connectionsList = [1, 10, 50];

interface Row {
  database: string;
  connections: number;
  decisionsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  rawInsertsPerSecond: number;
}

/** Single-row autocommit inserts, one at a time, through the same driver the store uses. */
async function rawInsertRate(database: Database, n = 3000): Promise<number> {
  await runRawSql(
    database.db,
    'CREATE TABLE IF NOT EXISTS bench_raw_rows (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload text NOT NULL)',
  );
  const start = performance.now();
  for (let i = 0; i < n; i++) await runRawSql(database.db, `INSERT INTO bench_raw_rows (payload) VALUES ('row ${i}')`);
  return n / ((performance.now() - start) / 1000);
}

async function measureDecisions(server: ServerProcess, username: string, password: string, connections: number) {
  const session = await HttpSession.signIn(server.baseUrl, username, password);
  const made = await session.send('POST', '/api/cases', { facts: contactFacts() });
  if (made.status !== 201) throw new Error(`could not create a case: ${made.status}`);
  const signIn = await fetch(`${server.baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  let counter = 0;
  const result = await autocannon({
    url: `${server.baseUrl}/api/cases/${made.body.id}/decisions`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ caseVersion: 1, value: '4+', analysis: 'Benchmark decision' }),
    requests: [
      {
        setupRequest: (request) => {
          counter++;
          return {
            ...request,
            headers: {
              ...request.headers,
              'idempotency-key': `bench-${connections}-${counter}-${randomBytes(4).toString('hex')}`,
            },
          };
        },
      },
    ],
  });
  return {
    decisionsPerSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
    codes: JSON.stringify(result.statusCodeStats ?? {}),
  };
}

async function benchDatabase(
  label: string,
  env: Record<string, string>,
  username: string,
  password: string,
  rawRate: number,
): Promise<Row[]> {
  const rows: Row[] = [];
  const server = await startServer({ ...env, SEED_FAMILIES: '0' });
  try {
    for (const connections of connectionsList) {
      const m = await measureDecisions(server, username, password, connections);
      if (m.errors > 0) console.log(label, connections, 'status codes', m.codes);
      rows.push({ database: label, connections, ...m, rawInsertsPerSecond: rawRate });
    }
  } finally {
    await stopServer(server, 'SIGTERM');
  }
  return rows;
}

async function benchPglite(): Promise<Row[]> {
  const rawDir = mkdtempSync(join(tmpdir(), 'sightline-bench-raw-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'sightline-bench-'));
  try {
    const raw = await openDatabase({ dataDir: rawDir });
    const rate = await rawInsertRate(raw);
    await raw.close();
    return await benchDatabase('PGlite (disk)', { PGLITE_DATA_DIR: dataDir }, 'duty.worker', DEMO_PASSWORD, rate);
  } finally {
    rmSync(rawDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchPostgres(url: string): Promise<Row[]> {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const database = await openDatabase({ url, schema, poolSize: 1 });
  try {
    const rate = await rawInsertRate(database);
    const partnership = await createPartnership(database.db, { name: 'Bench', frameworkId: 'england-default' });
    const agency = await createAgency(database.db, {
      partnershipId: partnership.id,
      name: 'Front door',
      kind: 'local-authority',
    });
    await createUser(database.db, {
      agencyId: agency.id,
      username: 'bench.duty',
      displayName: 'Bench',
      role: 'duty-worker',
      passwordHash: await hashPassword('bench password 123'),
    });
    await database.close();
    return await benchDatabase(
      'PostgreSQL',
      { DATABASE_URL: url, DATABASE_SCHEMA: schema },
      'bench.duty',
      'bench password 123',
      rate,
    );
  } finally {
    await dropSchema(url, schema);
  }
}

function print(rows: Row[]): void {
  const header = ['database', 'conns', 'decisions/s', 'p50 ms', 'p99 ms', 'errors', 'raw inserts/s', 'ratio'];
  const lines = rows.map((r) => [
    r.database,
    String(r.connections),
    r.decisionsPerSecond.toFixed(1),
    String(r.p50),
    String(r.p99),
    String(r.errors),
    r.rawInsertsPerSecond.toFixed(0),
    (r.decisionsPerSecond / r.rawInsertsPerSecond).toFixed(3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(fmt(header));
  for (const l of lines) console.log(fmt(l));
  console.log('Targets from the issue: ratio >= 0.5; p99 <= 100 ms at 50 connections.');
}

const rows = await benchPglite();
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (pgUrl) rows.push(...(await benchPostgres(pgUrl)));
print(rows);
