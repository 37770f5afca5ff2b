/**
 * Team scope: within the front door, a duty worker or supervisor who belongs to a team sees and
 * acts on their own team's cases and on cases no team holds yet, never on another team's (404,
 * like agency scope). Users without a team (auditors, agency-wide workers) keep agency-wide scope.
 */
import { createTeam, createUser, getCaseRow, getUserContext } from '@sightline/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/passwords.js';
import { Client, type Json } from './client.js';
import { contactFacts } from './fixtures.js';
import { idem } from './route-specs.js';
import { createWorld, TEST_PASSWORD, type World } from './world.js';

let world: World;
let teamCaseId: string;
let teamDecisionId: string;
let unallocatedCaseId: string;

beforeAll(async () => {
  world = await createWorld();
  const db = world.database.db;
  const otherTeam = await createTeam(db, { agencyId: world.a.frontDoorId, name: 'Alpha second duty team' });
  const passwordHash = await hashPassword(TEST_PASSWORD);
  for (const [username, role, teamId] of [
    ['other.duty', 'duty-worker', otherTeam.id],
    ['other.supervisor', 'supervisor', otherTeam.id],
    ['wide.duty', 'duty-worker', null],
  ] as const) {
    await createUser(db, {
      username,
      displayName: `Test ${username}`,
      role,
      agencyId: world.a.frontDoorId,
      teamId,
      passwordHash,
    });
  }
  const duty = await Client.signIn(world.app, 'duty');
  const made = await duty.post<Json>('/api/cases', { facts: contactFacts() });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  teamCaseId = made.body.id;
  const decided = await duty.post<Json>(
    `/api/cases/${teamCaseId}/decisions`,
    { caseVersion: 1, value: '1', analysis: 'Advice only.', overrideReason: 'Family already supported.' },
    idem(),
  );
  expect(decided.status, JSON.stringify(decided.body)).toBe(201);
  teamDecisionId = decided.body.id;
  const dsl = await Client.signIn(world.app, 'dsl');
  unallocatedCaseId = (await dsl.post<Json>('/api/cases', { facts: contactFacts() })).body.id;
});
afterAll(async () => {
  await world.close();
});

describe('team scope', () => {
  it('stamps a case a teamed worker opens with their team', async () => {
    const db = world.database.db;
    const duty = await getUserContext(db, world.users.duty ?? '');
    expect(duty?.team).not.toBeNull();
    expect((await getCaseRow(db, teamCaseId))?.ownerTeamId).toBe(duty?.team?.id);
    expect((await getCaseRow(db, unallocatedCaseId))?.ownerTeamId).toBeNull();
  });

  it("denies another team's duty worker and supervisor the case, its decision and its actions (404)", async () => {
    for (const username of ['other.duty', 'other.supervisor']) {
      const client = await Client.signIn(world.app, username);
      for (const url of [`/api/cases/${teamCaseId}`, `/api/cases/${teamCaseId}/assessment`, `/api/decisions/${teamDecisionId}`]) {
        expect((await client.get(url)).status, `${username} ${url}`).toBe(404);
      }
      const list = await client.get<Json>('/api/cases');
      expect(list.status).toBe(200);
      expect(list.body.cases.map((c: Json) => c.id)).not.toContain(teamCaseId);
      const decide = await client.post(
        `/api/cases/${teamCaseId}/decisions`,
        { caseVersion: 1, value: '4+', analysis: 'Strategy discussion.' },
        idem(),
      );
      expect(decide.status, username).toBe(404);
    }
    const supervisor = await Client.signIn(world.app, 'other.supervisor');
    const signOff = await supervisor.post(
      `/api/decisions/${teamDecisionId}/sign-offs`,
      { outcome: 'agreed', comment: 'Agreed.' },
      idem(),
    );
    expect(signOff.status).toBe(404);
    const queue = await supervisor.get<Json>('/api/sign-offs/queue');
    expect(queue.body.decisions.map((d: Json) => d.id)).not.toContain(teamDecisionId);
  });

  it('lets the own team, agency-wide workers and auditors see the case', async () => {
    for (const username of ['duty', 'supervisor', 'wide.duty', 'auditor']) {
      const client = await Client.signIn(world.app, username);
      expect((await client.get(`/api/cases/${teamCaseId}`)).status, username).toBe(200);
      const list = await client.get<Json>('/api/cases');
      expect(
        list.body.cases.map((c: Json) => c.id),
        username,
      ).toContain(teamCaseId);
    }
  });

  it('keeps cases no team holds yet (referrals at the front door) visible to every team', async () => {
    for (const username of ['duty', 'other.duty', 'other.supervisor']) {
      const client = await Client.signIn(world.app, username);
      expect((await client.get(`/api/cases/${unallocatedCaseId}`)).status, username).toBe(200);
      const list = await client.get<Json>('/api/cases');
      expect(
        list.body.cases.map((c: Json) => c.id),
        username,
      ).toContain(unallocatedCaseId);
    }
  });
});
