/**
 * PGlite on a worker thread of its own (`openDatabase({ pgliteThread: true })`, as the server runs
 * it): the same store code works through it as on the caller's thread; transactions commit and roll
 * back, and hold the database while open; database errors keep their SQLSTATE; sealed records go
 * in as bytes and come back byte for byte; and the data folder is the same PGlite data folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseFacts, DecisionRecord } from '@sightline/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAgency,
  createCase,
  createPartnership,
  createUser,
  type Database,
  getChainEntries,
  getPartnership,
  insertSealedEntries,
  isUniqueViolation,
  listAgencies,
  openDatabase,
  runRawSql,
} from '../src/index.js';

const dataDir = mkdtempSync(join(tmpdir(), 'sightline-pglite-thread-'));
let database: Database;
let partnershipId: string;

beforeAll(async () => {
  database = await openDatabase({ dataDir, pgliteThread: true });
  partnershipId = (await createPartnership(database.db, { name: 'Thread', frameworkId: 'england-default' })).id;
});
afterAll(async () => {
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('PGlite on its own thread', () => {
  it('runs the migrations and the store functions, timestamps as Dates as on the caller’s thread', async () => {
    const partnership = await getPartnership(database.db, partnershipId);
    expect(partnership?.name).toBe('Thread');
    expect(partnership?.createdAt).toBeInstanceOf(Date);
    const tables = await runRawSql(
      database.db,
      "select count(*)::int as n from information_schema.tables where table_name = 'chain_entries'",
    );
    expect(tables).toEqual([{ n: 1 }]);
  });

  it('commits a transaction that resolves and rolls back one that throws, rethrowing its error', async () => {
    await database.db.transaction(async (tx) => {
      await createAgency(tx, { partnershipId, name: 'Kept', kind: 'school' });
    });
    const failure = new Error('the worker’s browser crashed');
    await expect(
      database.db.transaction(async (tx) => {
        await createAgency(tx, { partnershipId, name: 'Rolled back', kind: 'school' });
        throw failure;
      }),
    ).rejects.toBe(failure);
    const names = (await listAgencies(database.db, partnershipId)).map((a) => a.name);
    expect(names).toContain('Kept');
    expect(names).not.toContain('Rolled back');
  });

  it('keeps an open transaction’s hold: a statement sent meanwhile runs after it ends', async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inside: () => void = () => {};
    const begun = new Promise<void>((resolve) => {
      inside = resolve;
    });
    const transaction = database.db.transaction(async (tx) => {
      await createAgency(tx, { partnershipId, name: 'First', kind: 'health' });
      inside();
      await held;
      order.push('transaction ends');
    });
    await begun;
    const outside = listAgencies(database.db, partnershipId).then((agencies) => {
      order.push('read outside');
      return agencies.map((a) => a.name);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(order).toEqual([]);
    release();
    await transaction;
    expect(await outside).toContain('First');
    expect(order).toEqual(['transaction ends', 'read outside']);
  });

  it('keeps a database error’s SQLSTATE, so a unique violation is still recognised', async () => {
    const agencyId = (await createAgency(database.db, { partnershipId, name: 'Users', kind: 'local-authority' })).id;
    const user = { agencyId, username: 'thread.duty', displayName: 'Duty', role: 'duty-worker' as const, passwordHash: 'x' };
    await createUser(database.db, user);
    const error = await createUser(database.db, user).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('stores a sealed record sent as UTF-8 bytes and reads it back byte for byte', async () => {
    const agencyId = (await createAgency(database.db, { partnershipId, name: 'Front door', kind: 'local-authority' })).id;
    const actorId = (
      await createUser(database.db, {
        agencyId,
        username: 'thread.sealer',
        displayName: 'S',
        role: 'duty-worker',
        passwordHash: 'x',
      })
    ).id;
    const facts = { pathway: 'contact', decisionQuestion: 'Thread' } as unknown as CaseFacts;
    const caseId = (
      await createCase(database.db, {
        partnershipId,
        ownerAgencyId: agencyId,
        ownerTeamId: null,
        referrerAgencyId: null,
        createdBy: actorId,
        content: { facts, events: [], identities: { subject: null, household: {} }, note: null },
      })
    ).case.id;
    const recordJson = JSON.stringify({
      sequence: 1,
      prevHash: null,
      hash: 'h1',
      words: 'was not brought — “twice” ✓ 😀 \\ "quoted"',
    });
    const record = JSON.parse(recordJson) as DecisionRecord;
    const [written] = await insertSealedEntries(database.db, partnershipId, [
      { kind: 'decision', caseId, caseVersion: 1, decisionId: null, actorId, record, recordJson },
    ]);
    const [read] = await getChainEntries(database.db, [written?.id ?? '']);
    expect(read?.recordJson).toBe(recordJson);
  });

  it('leaves an ordinary PGlite data folder: opened again on the caller’s thread, everything is there', async () => {
    await database.close();
    const again = await openDatabase({ dataDir });
    try {
      expect((await getPartnership(again.db, partnershipId))?.name).toBe('Thread');
      expect((await listAgencies(again.db, partnershipId)).map((a) => a.name)).toContain('Kept');
    } finally {
      await again.close();
    }
    database = await openDatabase({ dataDir, pgliteThread: true });
    expect((await getPartnership(database.db, partnershipId))?.name).toBe('Thread');
  });

  it('refuses to start on a data folder PGlite cannot open, with PGlite’s error from the thread', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sightline-pglite-bad-'));
    try {
      writeFileSync(join(folder, 'PG_VERSION'), '9\n');
      await expect(openDatabase({ dataDir: folder, pgliteThread: true })).rejects.toThrow(/PGlite/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
