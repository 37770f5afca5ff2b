/**
 * GET /api/audit/decisions: each decision in scope with its flags (below or differing from the
 * recommendation, repeat contacts, decided after the timescale), its worker and team and its
 * sign-off status, filtered and paged by the database; team-scoped supervisors see their own team's.
 */
import { addWorkingDays, type CaseFacts, englandFramework } from '@sightline/core';
import { createTeam, createUser } from '@sightline/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/passwords.js';
import { Client, type Json } from './client.js';
import { contactFacts } from './fixtures.js';
import { idem } from './route-specs.js';
import { createWorld, TEST_PASSWORD, type World } from './world.js';

let world: World;
const ids: Record<string, { caseId: string; decisionId: string }> = {};

function repeatContactFacts(): CaseFacts {
  const f = contactFacts();
  const referrals = ['2024-05', '2024-08', '2024-11'].map((date) => ({ date, detail: 'Contact from school about hunger.' }));
  return { ...f, history: { ...f.history, referralsLast12Months: referrals } };
}

/** Opens a contact as `username` now, moves the clock to `decideAt` and decides it (at, or below, the recommendation). */
async function openAndDecide(
  name: string,
  username: string,
  decideAt: string,
  how: 'at' | 'below',
  facts: CaseFacts = contactFacts(),
): Promise<void> {
  const opener = await Client.signIn(world.app, username);
  const made = await opener.post<Json>('/api/cases', { facts });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  world.clock.now = new Date(decideAt);
  const client = await Client.signIn(world.app, username); // a fresh session: days may have passed
  const recommended = (await client.get<Json>(`/api/cases/${made.body.id}/assessment`)).body.assessment.recommendation.value;
  const body =
    how === 'at'
      ? { caseVersion: 1, value: recommended, analysis: 'As recommended.' }
      : { caseVersion: 1, value: '1', analysis: 'Advice only.', overrideReason: 'Family already supported.' };
  if (how === 'below') expect(recommended).not.toBe('1');
  const decided = await client.post<Json>(`/api/cases/${made.body.id}/decisions`, body, idem());
  expect(decided.status, JSON.stringify(decided.body)).toBe(201);
  ids[name] = { caseId: made.body.id, decisionId: decided.body.id };
}

beforeAll(async () => {
  world = await createWorld();
  const db = world.database.db;
  const otherTeam = await createTeam(db, { agencyId: world.a.frontDoorId, name: 'Alpha second duty team' });
  const passwordHash = await hashPassword(TEST_PASSWORD);
  for (const [username, role] of [
    ['other.duty', 'duty-worker'],
    ['other.supervisor', 'supervisor'],
  ] as const) {
    const made = await createUser(db, {
      username,
      displayName: `Test ${username}`,
      role,
      agencyId: world.a.frontDoorId,
      teamId: otherTeam.id,
      passwordHash,
    });
    world.users[username] = made.id;
  }
  // Friday 14 March 2025: decided the same day (in time), below the recommendation.
  world.clock.now = new Date('2025-03-14T10:00:00Z');
  await openAndDecide('below', 'duty', '2025-03-14T11:00:00Z', 'below');
  // Opened Friday, decided Tuesday 18 March: the one-working-day timescale ended on Monday.
  world.clock.now = new Date('2025-03-14T12:00:00Z');
  await openAndDecide('late', 'duty', '2025-03-18T09:00:00Z', 'at');
  // Opened Friday, decided Monday: in time (the weekend does not count).
  world.clock.now = new Date('2025-03-14T13:00:00Z');
  await openAndDecide('monday', 'duty', '2025-03-17T16:00:00Z', 'at', repeatContactFacts());
  // Another team's decision.
  world.clock.now = new Date('2025-03-18T10:00:00Z');
  await openAndDecide('otherTeam', 'other.duty', '2025-03-18T11:00:00Z', 'below');
  const supervisor = await Client.signIn(world.app, 'supervisor');
  const signed = await supervisor.post(
    `/api/decisions/${ids.below?.decisionId}/sign-offs`,
    { outcome: 'agreed', comment: 'Agreed: the family is already supported.' },
    idem(),
  );
  expect(signed.status).toBe(201);
});
afterAll(async () => {
  await world.close();
});

const names = (body: Json) =>
  body.decisions.map((d: Json) => Object.entries(ids).find(([, v]) => v.decisionId === d.id)?.[0] ?? d.id);

describe('GET /api/audit/decisions', () => {
  it('lists every decision in the agency to an auditor, newest first, with its flags and people', async () => {
    const auditor = await Client.signIn(world.app, 'auditor');
    const answer = await auditor.get<Json>('/api/audit/decisions');
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(names(answer.body)).toEqual(['otherTeam', 'monday', 'late', 'below']);
    const byName = Object.fromEntries(names(answer.body).map((n: string, i: number) => [n, answer.body.decisions[i]]));
    expect(byName.below).toMatchObject({
      caseId: ids.below?.caseId,
      childLabel: 'Child T',
      value: '1',
      belowRecommendation: true,
      override: true,
      repeatContacts: false,
      overdue: false,
      worker: { id: world.users.duty, name: 'Test duty' },
      team: { name: 'Alpha duty team' },
      decidedAt: '2025-03-14T11:00:00.000Z',
      status: 'signed-off',
    });
    expect(byName.below.recommendation.value).not.toBe('1');
    expect(byName.late).toMatchObject({ belowRecommendation: false, override: false, overdue: true, status: 'final' });
    expect(byName.late.value).toBe(byName.late.recommendation.value);
    expect(byName.monday).toMatchObject({ overdue: false, repeatContacts: true });
    expect(byName.otherTeam).toMatchObject({
      team: { name: 'Alpha second duty team' },
      status: 'awaiting-sign-off',
      belowRecommendation: true,
    });
    expect(answer.body.teams.map((t: Json) => t.name)).toEqual(['Alpha duty team', 'Alpha second duty team']);
  });

  it('filters by each flag, by worker and by team', async () => {
    const auditor = await Client.signIn(world.app, 'auditor');
    const list = async (query: string) => {
      const answer = await auditor.get<Json>(`/api/audit/decisions?${query}`);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return names(answer.body);
    };
    expect(await list('below=true')).toEqual(['otherTeam', 'below']);
    expect(await list('below=false')).toEqual(['monday', 'late']);
    expect(await list('override=true')).toEqual(['otherTeam', 'below']);
    expect(await list('repeatContacts=true')).toEqual(['monday']);
    expect(await list('overdue=true')).toEqual(['late']);
    expect(await list(`worker=${world.users['other.duty']}`)).toEqual(['otherTeam']);
    const teams = (await auditor.get<Json>('/api/audit/decisions')).body.teams as Json[];
    const own = teams.find((t) => t.name === 'Alpha duty team')?.id;
    expect(await list(`team=${own}`)).toEqual(['monday', 'late', 'below']);
    expect(await list(`team=${own}&below=true&overdue=false`)).toEqual(['below']);
  });

  it('pages with a cursor', async () => {
    const auditor = await Client.signIn(world.app, 'auditor');
    const first = (await auditor.get<Json>('/api/audit/decisions?limit=3')).body;
    expect(names(first)).toEqual(['otherTeam', 'monday', 'late']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await auditor.get<Json>(`/api/audit/decisions?limit=3&cursor=${first.nextCursor}`)).body;
    expect(names(second)).toEqual(['below']);
    expect(second.nextCursor).toBeNull();
  });

  it("shows a team's supervisor only their team's decisions and teams", async () => {
    const supervisor = await Client.signIn(world.app, 'supervisor');
    const mine = (await supervisor.get<Json>('/api/audit/decisions')).body;
    expect(names(mine)).toEqual(['monday', 'late', 'below']);
    expect(mine.teams.map((t: Json) => t.name)).toEqual(['Alpha duty team']);
    const other = await Client.signIn(world.app, 'other.supervisor');
    expect(names((await other.get<Json>('/api/audit/decisions')).body)).toEqual(['otherTeam']);
    const beta = await Client.signIn(world.app, 'b.auditor');
    expect((await beta.get<Json>('/api/audit/decisions')).body.decisions).toEqual([]);
  });

  it('logs the access to every decision listed', async () => {
    const other = await Client.signIn(world.app, 'other.supervisor');
    await other.get('/api/audit/decisions');
    const auditor = await Client.signIn(world.app, 'auditor');
    const log = await auditor.get<Json>(`/api/access-log?userId=${world.users['other.supervisor']}`);
    const listed = log.body.entries.filter((e: Json) => e.route === 'GET /api/audit/decisions');
    expect(listed.map((e: Json) => e.subjectId)).toContain(ids.otherTeam?.decisionId);
  });

  it('refuses bad filters with a 400 naming the field', async () => {
    const auditor = await Client.signIn(world.app, 'auditor');
    for (const [query, field] of [
      ['below=yes', 'querystring/below'],
      ['worker=someone', 'querystring/worker'],
      ['cursor=abc', 'querystring/cursor'],
      ['colour=red', 'querystring'],
    ] as const) {
      const answer = await auditor.get<Json>(`/api/audit/decisions?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.issues.map((i: Json) => i.path).join(' '), query).toContain(field);
    }
  });
});

describe('decided after the timescale: bank holidays', () => {
  it('counts working days as the core does, skipping Good Friday and Easter Monday', async () => {
    const passwordHash = await hashPassword(TEST_PASSWORD);
    const easter = await createUser(world.database.db, {
      username: 'easter.duty',
      displayName: 'Test easter.duty',
      role: 'duty-worker',
      agencyId: world.a.frontDoorId,
      teamId: null,
      passwordHash,
    });
    // Opened Thursday 17 April 2025: one working day later is Tuesday 22 April (18 and 21 April are bank holidays).
    expect(addWorkingDays('2025-04-17', 1, englandFramework.calendar.triggerDay)).toBe('2025-04-22');
    world.clock.now = new Date('2025-04-17T09:00:00Z');
    await openAndDecide('easterInTime', 'easter.duty', '2025-04-22T15:00:00Z', 'at');
    world.clock.now = new Date('2025-04-17T10:00:00Z');
    await openAndDecide('easterLate', 'easter.duty', '2025-04-23T08:30:00Z', 'at');
    // Dates are London dates: 23:30Z on the 22nd is 00:30 on the 23rd in British Summer Time, so late.
    world.clock.now = new Date('2025-04-17T11:00:00Z');
    await openAndDecide('easterAfterMidnight', 'easter.duty', '2025-04-22T23:30:00Z', 'at');
    const auditor = await Client.signIn(world.app, 'auditor');
    const answer = (await auditor.get<Json>(`/api/audit/decisions?worker=${easter.id}`)).body;
    const overdue = Object.fromEntries(names(answer).map((n: string, i: number) => [n, answer.decisions[i].overdue]));
    expect(overdue).toEqual({ easterInTime: false, easterLate: true, easterAfterMidnight: true });
  });
});
