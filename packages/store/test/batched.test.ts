/** The store's batched reads and writes: many rows in one statement, each row as if written or read alone. */
import type { CaseFacts } from '@sightline/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCaseVersion,
  appendAccess,
  createAgency,
  createCase,
  createDraft,
  createPartnership,
  createSession,
  createUser,
  deactivateUser,
  endSession,
  findIdempotencyKeys,
  findLiveSessions,
  getCases,
  getDraft,
  listAccess,
  listLinksForCases,
  saveDraft,
  saveIdempotencyKeys,
} from '../src/index.js';
import { openTestDatabase, type TestDatabase } from './test-database.js';

let database: TestDatabase;
let partnershipId: string;
let agencyId: string;
const userIds: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  const partnership = await createPartnership(database.db, { name: 'Batched', frameworkId: 'england-default' });
  partnershipId = partnership.id;
  agencyId = (await createAgency(database.db, { partnershipId, name: 'Front door', kind: 'local-authority' })).id;
  for (const name of ['one', 'two', 'three']) {
    userIds.push(
      (
        await createUser(database.db, {
          agencyId,
          username: `batched.${name}`,
          displayName: name,
          role: 'duty-worker',
          passwordHash: 'x',
        })
      ).id,
    );
  }
});
afterAll(async () => {
  await database.dispose();
});

const facts = (question: string) => ({ pathway: 'contact', decisionQuestion: question }) as unknown as CaseFacts;
const user = (i: number) => userIds[i] as string;

describe('batched reads', () => {
  it('find the live sessions among many token hashes in one look-up, leaving out ended, expired and deactivated ones', async () => {
    const now = new Date('2025-03-14T10:00:00Z');
    const later = new Date('2025-03-14T18:00:00Z');
    await createSession(database.db, { tokenHash: 'live-1', userId: user(0), csrfToken: 'c1', expiresAt: later });
    await createSession(database.db, { tokenHash: 'live-2', userId: user(1), csrfToken: 'c2', expiresAt: later });
    await createSession(database.db, { tokenHash: 'expired', userId: user(0), csrfToken: 'c3', expiresAt: now });
    const ended = await createSession(database.db, { tokenHash: 'ended', userId: user(1), csrfToken: 'c4', expiresAt: later });
    await endSession(database.db, ended.id);
    await createSession(database.db, { tokenHash: 'deactivated', userId: user(2), csrfToken: 'c5', expiresAt: later });
    await deactivateUser(database.db, { userId: user(2), reason: 'Left', createdBy: user(0) });
    const live = await findLiveSessions(database.db, ['live-1', 'live-2', 'expired', 'ended', 'deactivated', 'unknown'], now);
    expect([...live.keys()].sort()).toEqual(['live-1', 'live-2']);
    expect(live.get('live-1')).toMatchObject({ csrfToken: 'c1', user: { id: user(0), partnershipId, agency: { id: agencyId } } });
    expect(live.get('live-2')?.user.id).toBe(user(1));
  });

  it('read several cases with their current versions at once', async () => {
    const content = (q: string) => ({ facts: facts(q), events: [], identities: { subject: null, household: {} }, note: null });
    const base = { partnershipId, ownerAgencyId: agencyId, ownerTeamId: null, referrerAgencyId: null, createdBy: user(0) };
    const first = await createCase(database.db, { ...base, content: content('First v1') });
    const second = await createCase(database.db, { ...base, content: content('Second v1') });
    await addCaseVersion(database.db, {
      caseId: second.case.id,
      expectedVersion: 1,
      content: content('Second v2'),
      createdBy: user(0),
    });
    const both = await getCases(database.db, [
      first.case.id,
      second.case.id,
      first.case.id,
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect([...both.keys()].sort()).toEqual([first.case.id, second.case.id].sort());
    expect(both.get(second.case.id)?.version).toMatchObject({ version: 2, facts: { decisionQuestion: 'Second v2' } });
    expect(both.get(first.case.id)?.version).toMatchObject({ version: 1, facts: { decisionQuestion: 'First v1' } });
    expect((await getCases(database.db, [second.case.id])).get(second.case.id)?.version.version).toBe(2);
    const links = await listLinksForCases(database.db, [first.case.id, second.case.id]);
    expect(links.get(first.case.id)).toEqual([]);
    expect(links.get(second.case.id)).toEqual([]);
  });
});

describe('batched writes', () => {
  it('store several idempotency answers in one statement and find them again by user and key', async () => {
    const answer = (i: number, key: string) => ({
      userId: user(i),
      key,
      route: 'POST /api/cases/:id/decisions',
      requestHash: `hash-${i}-${key}`,
      statusCode: 201,
      response: { id: `${i}-${key}`, nested: { quote: 'a "quoted" \\ value', list: [1, null] } },
    });
    await saveIdempotencyKeys(database.db, [answer(0, 'k1'), answer(1, 'k1'), answer(1, 'k2')]);
    const found = await findIdempotencyKeys(database.db, [
      { userId: user(0), key: 'k1' },
      { userId: user(1), key: 'k2' },
      { userId: user(0), key: 'k2' },
    ]);
    const byKey = new Map(found.map((r) => [`${r.userId}/${r.key}`, r]));
    expect(byKey.size).toBe(2);
    expect(byKey.get(`${user(0)}/k1`)?.response).toEqual(answer(0, 'k1').response);
    expect(byKey.get(`${user(1)}/k2`)).toMatchObject({ requestHash: `hash-1-k2`, statusCode: 201 });
  });

  it('append several access-log entries in one statement', async () => {
    const subjectId = '00000000-0000-4000-8000-0000000000aa';
    await appendAccess(database.db, [
      { userId: user(0), action: 'read', subject: 'case', subjectId, caseId: subjectId, route: 'GET /api/cases/:id' },
      { userId: user(1), action: 'write', subject: 'decision', subjectId, caseId: null, route: 'POST /api/cases/:id/decisions' },
    ]);
    const entries = await listAccess(database.db, { partnershipId, limit: 10 });
    const mine = entries.filter((e) => e.subjectId === subjectId);
    expect(mine.map((e) => [e.user.id, e.action, e.caseId]).sort()).toEqual(
      [
        [user(0), 'read', subjectId],
        [user(1), 'write', null],
      ].sort(),
    );
  });
});

describe('drafts', () => {
  it('keep a JSON null body as null', async () => {
    const draft = await createDraft(database.db, { ownerId: user(0), caseId: null, kind: 'contact', body: null });
    expect((await getDraft(database.db, draft.id))?.body).toBeNull();
    const saved = await saveDraft(database.db, { draftId: draft.id, expectedVersion: 1, body: null });
    expect(saved).toMatchObject({ ok: true, value: { version: 2, body: null } });
  });
});
