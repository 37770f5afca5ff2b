/**
 * Decisions per second and p50/p99 latency (autocannon at 1, 10 and 50 connections) against the
 * real server process, on PGlite (a data folder, as `pnpm start` runs it) and on PostgreSQL when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set; printed beside the raw single-row insert rate of
 * the same database measured in the same run, as a ratio.
 *
 * Run: npx tsx --conditions=@sightline/source apps/server/bench/decisions.ts
 * (BENCH_SECONDS=5 per run by default; BENCH_CONNECTIONS and BENCH_DATABASES narrow the run.)
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
/** BENCH_CONNECTIONS (e.g. "50") and BENCH_DATABASES ("pglite", "postgres") narrow a run, e.g. for a profile. */
const connectionsList = (process.env.BENCH_CONNECTIONS ?? '1,10,50').split(',').map(Number);
const databases = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',');

interface Row {
  database: string;
  connections: number;
  decisionsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  rawInsertsPerSecond: number;
  /** The server process's CPU time (user + system) per decision, where /proc tells it. */
  cpuMsPerDecision: number | null;
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
function cpuSecondsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5), counted from the state field (3) here.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * Single-row autocommit inserts, one at a time, through the same driver the store uses: `warmUp`
 * untimed first (as the server is warmed by the runs before the one at 50 connections), then `n`
 * timed.
 */
async function rawInsertRate(database: Database, n = 3000, warmUp = 300): Promise<number> {
  await runRawSql(
    database.db,
    'CREATE TABLE IF NOT EXISTS bench_raw_rows (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload text NOT NULL)',
  );
  for (let i = 0; i < warmUp; i++) await runRawSql(database.db, `INSERT INTO bench_raw_rows (payload) VALUES ('warm ${i}')`);
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
  const cpuBefore = cpuSecondsOf(server.child.pid);
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
  const cpuAfter = cpuSecondsOf(server.child.pid);
  return {
    cpuMsPerDecision:
      cpuBefore === null || cpuAfter === null || result['2xx'] === 0 ? null : ((cpuAfter - cpuBefore) * 1000) / result['2xx'],
    decisionsPerSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
    codes: JSON.stringify(result.statusCodeStats ?? {}),
  };
}

/**
 * The decision runs on one server, with the raw insert rate measured just before the server starts
 * and again just after it stops; the ratio is taken against the mean of the two (the disk is shared
 * and its speed drifts, so one measurement on one side can flatter or hurt the ratio).
 */
async function benchDatabase(
  label: string,
  env: Record<string, string>,
  username: string,
  password: string,
  measureRaw: () => Promise<number>,
): Promise<{ rows: Row[]; raw: [number, number] }> {
  const before = await measureRaw();
  const measured: Omit<Row, 'rawInsertsPerSecond'>[] = [];
  const server = await startServer({ ...env, SEED_FAMILIES: '0' });
  try {
    for (const connections of connectionsList) {
      const m = await measureDecisions(server, username, password, connections);
      if (m.errors > 0) console.log(label, connections, 'status codes', m.codes);
      measured.push({ database: label, connections, ...m });
    }
  } finally {
    await stopServer(server, 'SIGTERM');
  }
  const after = await measureRaw();
  const rawInsertsPerSecond = (before + after) / 2;
  return { rows: measured.map((m) => ({ ...m, rawInsertsPerSecond })), raw: [before, after] };
}

async function benchPglite(): Promise<{ rows: Row[]; raw: [number, number] }> {
  const rawDir = mkdtempSync(join(tmpdir(), 'sightline-bench-raw-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'sightline-bench-'));
  const measureRaw = async () => {
    const raw = await openDatabase({ dataDir: rawDir });
    try {
      return await rawInsertRate(raw);
    } finally {
      await raw.close();
    }
  };
  try {
    return await benchDatabase('PGlite (disk)', { PGLITE_DATA_DIR: dataDir }, 'duty.worker', DEMO_PASSWORD, measureRaw);
  } finally {
    rmSync(rawDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchPostgres(url: string): Promise<{ rows: Row[]; raw: [number, number] }> {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const measureRaw = async () => {
    const database = await openDatabase({ url, schema, poolSize: 1 });
    try {
      return await rawInsertRate(database);
    } finally {
      await database.close();
    }
  };
  try {
    const database = await openDatabase({ url, schema, poolSize: 1 });
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
      measureRaw,
    );
  } finally {
    await dropSchema(url, schema);
  }
}

function print(rows: Row[], raws: { database: string; raw: [number, number] }[]): void {
  const header = [
    'database',
    'conns',
    'decisions/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'server CPU ms/decision',
    'raw inserts/s',
    'ratio',
  ];
  const lines = rows.map((r) => [
    r.database,
    String(r.connections),
    r.decisionsPerSecond.toFixed(1),
    String(r.p50),
    String(r.p99),
    String(r.errors),
    r.cpuMsPerDecision === null ? '-' : r.cpuMsPerDecision.toFixed(3),
    r.rawInsertsPerSecond.toFixed(0),
    (r.decisionsPerSecond / r.rawInsertsPerSecond).toFixed(3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(fmt(header));
  for (const l of lines) console.log(fmt(l));
  for (const { database, raw } of raws) {
    console.log(
      `${database}: raw inserts/s ${raw[0].toFixed(0)} before the server ran, ${raw[1].toFixed(0)} after; the ratio uses their mean.`,
    );
  }
  console.log('Targets from the issue: ratio >= 0.5; p99 <= 100 ms at 50 connections.');
}

const results: { rows: Row[]; raw: [number, number] }[] = [];
if (databases.includes('pglite')) results.push(await benchPglite());
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (pgUrl && databases.includes('postgres')) results.push(await benchPostgres(pgUrl));
print(
  results.flatMap((r) => r.rows),
  results.map((r) => ({ database: r.rows[0]?.database ?? '', raw: r.raw })),
);
