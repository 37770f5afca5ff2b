/**
 * `pnpm cli verify` against a real PGlite folder written by the real server: an intact chain
 * passes; a decision changed behind the application's back is named by its sequence.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, runRawSql } from '@sightline/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../apps/cli/src/run.js';
import { DEMO_PASSWORD } from '../apps/server/src/seed/demo-users.js';
import { contactFacts } from '../apps/server/test/fixtures.js';
import { HttpSession, startServer, stopServer } from '../apps/server/test/server-process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'sightline-verify-'));

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

beforeAll(async () => {
  const server = await startServer({ PGLITE_DATA_DIR: dataDir });
  try {
    const session = await HttpSession.signIn(server.baseUrl, 'duty.worker', DEMO_PASSWORD);
    const made = await session.send('POST', '/api/cases', { facts: contactFacts() });
    expect(made.status).toBe(201);
    for (let i = 0; i < 3; i++) {
      const decided = await session.send(
        'POST',
        `/api/cases/${made.body.id}/decisions`,
        { caseVersion: 1, value: '4+', analysis: `Verify decision ${i}` },
        { 'idempotency-key': `cli-verify-${i}-key` },
      );
      expect(decided.status).toBe(201);
    }
  } finally {
    await stopServer(server, 'SIGTERM');
  }
}, 120_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('pnpm cli verify', () => {
  it('reports an intact chain with its record count', async () => {
    const { code, out } = await cli('verify', '--data', dataDir);
    expect(out).toMatch(/Decision chain intact: 3 records in 1 partnership chain/);
    expect(code).toBe(0);
  });

  it('names the first broken record after a stored decision is changed', async () => {
    const database = await openDatabase({ dataDir });
    try {
      await runRawSql(database.db, 'ALTER TABLE chain_entries DISABLE TRIGGER chain_entries_append_only');
      await runRawSql(
        database.db,
        `UPDATE chain_entries SET record_json = replace(record_json, '"analysis":"Verify decision 1"', '"analysis":"Verify decision 1 (edited)"')`,
      );
      await runRawSql(database.db, 'ALTER TABLE chain_entries ENABLE TRIGGER chain_entries_append_only');
    } finally {
      await database.close();
    }
    const { code, err } = await cli('verify', '--data', dataDir);
    expect(err).toMatch(/Decision chain BROKEN .* first broken record is sequence 2 /);
    expect(code).toBe(1);
  });

  it('asks for a database when given none', async () => {
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      const { code, err } = await cli('verify');
      expect(err).toMatch(/Give a database/);
      expect(code).toBe(1);
    } finally {
      if (saved !== undefined) process.env.DATABASE_URL = saved;
    }
  });

  it('refuses a folder that holds no database rather than creating one', async () => {
    const { code, err } = await cli('verify', '--data', join(dataDir, 'not-here'));
    expect(err).toMatch(/no PGlite database/);
    expect(code).toBe(1);
  });
});
