/**
 * The store's chain writes used by group commit: several sealed records, their idempotency answers
 * and access-log entries in one statement, all or nothing; and the head's row version, which
 * changes when the stored head is changed behind the application's back.
 */
import {
  assess,
  canonicalJson,
  type DecisionRecord,
  type DecisionRecordInput,
  getFramework,
  sealDecisionRecord,
} from '@sightline/core';
import {
  accessInsert,
  chainHead,
  createCase,
  findIdempotencyKeys,
  idempotencyInsert,
  insertSealedEntries,
  listChainPage,
  runRawSql,
  type SealedEntry,
  verifyAllChains,
} from '@sightline/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactFacts } from './fixtures.js';
import { createWorld, type World } from './world.js';

let world: World;
let caseId: string;
let actorId: string;

beforeAll(async () => {
  world = await createWorld();
  actorId = world.users.duty as string;
  const made = await createCase(world.database.db, {
    partnershipId: world.a.partnershipId,
    ownerAgencyId: world.a.frontDoorId,
    ownerTeamId: null,
    referrerAgencyId: null,
    createdBy: actorId,
    content: { facts: contactFacts(), events: [], identities: { subject: null, household: {} }, note: null },
  });
  caseId = made.case.id;
});
afterAll(async () => {
  await world.close();
});

function inputFor(analysis: string): DecisionRecordInput {
  const facts = contactFacts();
  const assessment = assess(facts, getFramework('england-default'), '2025-03-14');
  const { value, levelId, levelName } = assessment.recommendation;
  return {
    caseRef: caseId,
    recordedAt: '2025-03-14T10:00:00Z',
    facts,
    assessment,
    decision: {
      value,
      levelId,
      levelName,
      decidedBy: { userId: actorId, role: 'duty-worker' },
      analysis,
      belowRecommendation: false,
      overrideReason: null,
    },
    signOff: null,
    machine: null,
  };
}

function sealedChain(previous: DecisionRecord | null, analyses: readonly string[]): SealedEntry[] {
  const entries: SealedEntry[] = [];
  for (const analysis of analyses) {
    const record = sealDecisionRecord(inputFor(analysis), previous);
    entries.push({ kind: 'decision', caseId, caseVersion: 1, decisionId: null, actorId, record });
    previous = record;
  }
  return entries;
}

const answer = (key: string) => ({
  userId: actorId,
  key,
  route: 'POST /api/cases/:id/decisions',
  requestHash: key,
  statusCode: 201,
  response: { key },
});

describe('writing sealed records in one statement', () => {
  it('writes every record with its answers and access-log entries, and the chain verifies', async () => {
    const entries = sealedChain(null, ['First', 'Second', 'Third']);
    const written = await world.database.db.transaction((tx) =>
      insertSealedEntries(tx, world.a.partnershipId, entries, [
        idempotencyInsert([answer('bulk-1'), answer('bulk-2')]),
        accessInsert([
          {
            userId: actorId,
            action: 'write',
            subject: 'decision',
            subjectId: caseId,
            caseId,
            route: 'POST /api/cases/:id/decisions',
          },
        ]),
      ]),
    );
    expect(written.map((w) => w.seq)).toEqual([1, 2, 3]);
    expect(written.map((w) => w.record)).toEqual(entries.map((e) => e.record));
    const stored = await listChainPage(world.database.db, world.a.partnershipId, 0, 10);
    expect(stored.map((s) => s.id)).toEqual(written.map((w) => w.id));
    expect(stored.map((s) => s.recordJson)).toEqual(entries.map((e) => canonicalJson(e.record)));
    expect((await findIdempotencyKeys(world.database.db, [answer('bulk-1'), answer('bulk-2')])).length).toBe(2);
    const head = await chainHead(world.database.db, world.a.partnershipId);
    expect(head).toEqual({ seq: 3, hash: written[2]?.hash, rowVersion: written[2]?.rowVersion });
    expect(await verifyAllChains(world.database.db)).toMatchObject({ ok: true, records: 3 });
  });

  it('writes nothing at all when a record was sealed onto a head that is no longer the head', async () => {
    const stale = sealedChain(null, ['Sealed onto an empty chain']);
    await expect(
      world.database.db.transaction((tx) =>
        insertSealedEntries(tx, world.a.partnershipId, stale, [idempotencyInsert([answer('stale-1')])]),
      ),
    ).rejects.toThrow();
    expect(await findIdempotencyKeys(world.database.db, [answer('stale-1')])).toEqual([]);
    expect((await chainHead(world.database.db, world.a.partnershipId))?.seq).toBe(3);
  });

  it("gives the head a new row version when its row is changed behind the application's back", async () => {
    const before = await chainHead(world.database.db, world.a.partnershipId);
    const db = world.database.db;
    await runRawSql(db, 'ALTER TABLE chain_entries DISABLE TRIGGER chain_entries_append_only');
    try {
      await runRawSql(
        db,
        `UPDATE chain_entries SET record_json = record_json WHERE seq = 3 AND partnership_id = '${world.a.partnershipId}'`,
      );
    } finally {
      await runRawSql(db, 'ALTER TABLE chain_entries ENABLE TRIGGER chain_entries_append_only');
    }
    const after = await chainHead(db, world.a.partnershipId);
    expect(after).toMatchObject({ seq: before?.seq, hash: before?.hash });
    expect(after?.rowVersion).not.toBe(before?.rowVersion);
  });
});
