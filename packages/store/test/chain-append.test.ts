/**
 * Appending to a partnership's chain in one statement, outside a transaction, onto a head the
 * writer committed itself: written when that head is still the head, unchanged; refused, with
 * nothing of the statement written, when someone appended since or the head's row was changed.
 */
import type { CaseFacts, DecisionRecord } from '@sightline/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessInsert,
  chainHead,
  createAgency,
  createCase,
  createPartnership,
  createUser,
  findIdempotencyKeys,
  getChainEntries,
  idempotencyInsert,
  insertSealedEntries,
  runRawSql,
  type SealedEntry,
} from '../src/index.js';
import { openTestDatabase, type TestDatabase } from './test-database.js';

let database: TestDatabase;
let partnershipId: string;
let userId: string;
let caseId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  partnershipId = (await createPartnership(database.db, { name: 'Appends', frameworkId: 'england-default' })).id;
  const agencyId = (await createAgency(database.db, { partnershipId, name: 'Front door', kind: 'local-authority' })).id;
  userId = (
    await createUser(database.db, {
      agencyId,
      username: 'append.duty',
      displayName: 'Duty',
      role: 'duty-worker',
      passwordHash: 'x',
    })
  ).id;
  const facts = { pathway: 'contact', decisionQuestion: 'Appends' } as unknown as CaseFacts;
  caseId = (
    await createCase(database.db, {
      partnershipId,
      ownerAgencyId: agencyId,
      ownerTeamId: null,
      referrerAgencyId: null,
      createdBy: userId,
      content: { facts, events: [], identities: { subject: null, household: {} }, note: null },
    })
  ).case.id;
});
afterAll(async () => {
  await database.dispose();
});

/** A stand-in for a sealed record: the store reads only its sequence and hashes (and its JSON, given here). */
function entry(sequence: number, prevHash: string | null): SealedEntry {
  const words = 'Mother’s account: “was not brought” twice — ✓ 😀 \\ "quoted"';
  const record = { sequence, prevHash, hash: `hash-${sequence}`, words } as unknown as DecisionRecord;
  return {
    kind: 'decision',
    caseId,
    caseVersion: 1,
    decisionId: null,
    actorId: userId,
    record,
    recordJson: JSON.stringify(record),
  };
}

/** The statement's other parts, as the decision writer sends them: an idempotency answer and an access-log row. */
const also = (key: string) => [
  idempotencyInsert([
    { userId, key, route: 'test', requestHash: key, statusCode: 201, response: null, responseJson: '{"ok":true}' },
  ]),
  accessInsert([{ userId, action: 'write', subject: 'decision', subjectId: caseId, caseId, route: 'test' }]),
];

const keyWritten = async (key: string) => (await findIdempotencyKeys(database.db, [{ userId, key }])).length === 1;

const guarded = (onto: { seq: number; hash: string; rowVersion: string }) => ({
  lockChain: database.kind === 'postgres',
  onto,
});

describe('appending onto a known head in one statement', () => {
  it('writes the records and the rest of the statement when the head is the one given', async () => {
    const [first] = await insertSealedEntries(database.db, partnershipId, [entry(1, null)]);
    const head = { seq: 1, hash: 'hash-1', rowVersion: first?.rowVersion as string };
    const written = await insertSealedEntries(
      database.db,
      partnershipId,
      [entry(2, 'hash-1'), entry(3, 'hash-2')],
      also('k-ok'),
      guarded(head),
    );
    expect(written.map((w) => w.seq)).toEqual([2, 3]);
    // The record's JSON is stored as the very text given, whatever characters it holds.
    const stored = await getChainEntries(
      database.db,
      written.map((w) => w.id),
    );
    for (const w of written) expect(stored.find((e) => e.id === w.id)?.recordJson).toBe(w.recordJson);
    expect(stored[0]?.recordJson).toContain('“was not brought”');
    expect(await keyWritten('k-ok')).toBe(true);
    expect((await chainHead(database.db, partnershipId))?.seq).toBe(3);
  });

  it('refuses the whole statement when someone appended after the head given', async () => {
    const head = await chainHead(database.db, partnershipId);
    if (!head) throw new Error('no head');
    await insertSealedEntries(database.db, partnershipId, [entry(head.seq + 1, head.hash)]);
    // Sealed onto the old head: its sequence is taken (the unique pair) and the head is not the one given.
    await expect(
      insertSealedEntries(database.db, partnershipId, [entry(head.seq + 1, head.hash)], also('k-stale'), guarded(head)),
    ).rejects.toThrow();
    // Sealed onto the old head but numbered past the new one: only the head check stands in the way.
    await expect(
      insertSealedEntries(database.db, partnershipId, [entry(head.seq + 2, head.hash)], also('k-gap'), guarded(head)),
    ).rejects.toThrow(/head/);
    expect(await keyWritten('k-stale')).toBe(false);
    expect(await keyWritten('k-gap')).toBe(false);
    expect((await chainHead(database.db, partnershipId))?.seq).toBe(head.seq + 1);
  });

  it("refuses the whole statement when the head's row was changed behind the writer's back", async () => {
    const head = await chainHead(database.db, partnershipId);
    if (!head) throw new Error('no head');
    await runRawSql(database.db, 'ALTER TABLE chain_entries DISABLE TRIGGER chain_entries_append_only');
    try {
      await runRawSql(
        database.db,
        `UPDATE chain_entries SET actor_id = actor_id WHERE partnership_id = '${partnershipId}' AND seq = ${head.seq}`,
      );
    } finally {
      await runRawSql(database.db, 'ALTER TABLE chain_entries ENABLE TRIGGER chain_entries_append_only');
    }
    await expect(
      insertSealedEntries(database.db, partnershipId, [entry(head.seq + 1, head.hash)], also('k-changed'), guarded(head)),
    ).rejects.toThrow(/head/);
    expect(await keyWritten('k-changed')).toBe(false);
    const now = await chainHead(database.db, partnershipId);
    expect(now?.seq).toBe(head.seq);
    expect(now?.rowVersion).not.toBe(head.rowVersion);
  });
});
