/**
 * kill -9 the server while a stream of decisions is being submitted, start it again: every
 * decision the server acknowledged is there, and the chain verifies. Runs on PGlite (a data folder)
 * and, when TEST_DATABASE_URL is set, on PostgreSQL.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAgency, createPartnership, createUser, dropSchema, openDatabase, verifyDatabase } from '@sightline/store';
import { afterAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/passwords.js';
import { DEMO_PASSWORD } from '../src/seed/demo-users.js';
import { contactFacts } from './fixtures.js';
import { HttpSession, type ServerProcess, startServer, stopServer } from './server-process.js';

const running: ServerProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

afterAll(async () => {
  for (const server of running) await stopServer(server, 'SIGKILL');
  for (const cleanup of cleanups) await cleanup();
});

async function start(env: Record<string, string>): Promise<ServerProcess> {
  const server = await startServer(env);
  running.push(server);
  return server;
}

/** Submits decisions from `workers` concurrent loops until the server dies; returns the acknowledged ids. */
async function streamDecisions(
  session: HttpSession,
  caseId: string,
  workers: number,
): Promise<{ acknowledged: string[]; failed: number }> {
  const acknowledged: string[] = [];
  let failed = 0;
  let alive = true;
  const loop = async (w: number) => {
    for (let i = 0; alive; i++) {
      try {
        const answer = await session.send(
          'POST',
          `/api/cases/${caseId}/decisions`,
          { caseVersion: 1, value: '4+', analysis: `Stream ${w}-${i}` },
          { 'idempotency-key': `crash-${w}-${i}-${randomBytes(4).toString('hex')}` },
        );
        if (answer.status === 201) acknowledged.push(answer.body.id as string);
        else failed++;
      } catch {
        alive = false; // connection refused or reset: the server is gone
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, (_, w) => loop(w)));
  return { acknowledged, failed };
}

async function crashAndRecover(
  env: Record<string, string>,
  username: string,
  password: string,
  verifyWith: { url?: string; dataDir?: string; schema?: string },
) {
  const first = await start(env);
  const session = await HttpSession.signIn(first.baseUrl, username, password);
  const made = await session.send('POST', '/api/cases', { facts: contactFacts() });
  expect(made.status).toBe(201);
  const stream = streamDecisions(session, made.body.id, 6);
  await new Promise((r) => setTimeout(r, 1500));
  await stopServer(first, 'SIGKILL');
  const { acknowledged } = await stream;
  expect(acknowledged.length).toBeGreaterThan(5);

  const second = await start(env);
  const again = await HttpSession.signIn(second.baseUrl, username, password);
  for (const id of acknowledged) {
    const answer = await again.send('GET', `/api/decisions/${id}`);
    expect(answer.status, `decision ${id}`).toBe(200);
  }
  await stopServer(second, 'SIGTERM');
  const report = verifyWith.schema
    ? await (async () => {
        const db = await openDatabase({ url: verifyWith.url, schema: verifyWith.schema });
        try {
          const { verifyAllChains } = await import('@sightline/store');
          return await verifyAllChains(db.db);
        } finally {
          await db.close();
        }
      })()
    : await verifyDatabase(verifyWith);
  expect(report.ok).toBe(true);
  expect(report.records).toBeGreaterThanOrEqual(acknowledged.length);
  return acknowledged.length;
}

describe('crash during a stream of decisions', () => {
  it('keeps every acknowledged decision on PGlite, and the chain verifies', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sightline-crash-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const n = await crashAndRecover({ PGLITE_DATA_DIR: dataDir }, 'duty.worker', DEMO_PASSWORD, { dataDir });
    console.log(`PGlite: ${n} acknowledged decisions survived kill -9`);
  }, 120_000);

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    'keeps every acknowledged decision on PostgreSQL, and the chain verifies',
    async () => {
      const url = process.env.TEST_DATABASE_URL ?? '';
      const schema = `crash_${randomBytes(5).toString('hex')}`;
      const database = await openDatabase({ url, schema });
      const partnership = await createPartnership(database.db, { name: 'Crash', frameworkId: 'england-default' });
      const agency = await createAgency(database.db, {
        partnershipId: partnership.id,
        name: 'Front door',
        kind: 'local-authority',
      });
      await createUser(database.db, {
        agencyId: agency.id,
        username: 'crash.duty',
        displayName: 'Crash',
        role: 'duty-worker',
        passwordHash: await hashPassword('crash password 123'),
      });
      await database.close();
      cleanups.push(() => dropSchema(url, schema));
      const n = await crashAndRecover({ DATABASE_URL: url, DATABASE_SCHEMA: schema }, 'crash.duty', 'crash password 123', {
        url,
        schema,
      });
      console.log(`PostgreSQL: ${n} acknowledged decisions survived kill -9`);
    },
    120_000,
  );
});
