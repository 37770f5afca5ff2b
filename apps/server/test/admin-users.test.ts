/**
 * What the administrator's pages and the access-log section of the decision record rely on: the
 * users list carries the partnership's teams (and only its own), a team outside the chosen agency
 * is refused naming the field, and a case's access log names who read or wrote it, newest first,
 * with each read of the log itself logged once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Json } from './client.js';
import { contactFacts } from './fixtures.js';
import { createWorld, type World } from './world.js';

let world: World;
let admin: Client;

beforeAll(async () => {
  world = await createWorld();
  admin = await Client.signIn(world.app, 'admin');
});
afterAll(async () => {
  await world.close();
});

describe('the users list', () => {
  it('lists the partnership’s users with their state, and the teams of its own agencies only', async () => {
    const answer = await admin.get<Json>('/api/users');
    expect(answer.status).toBe(200);
    const usernames = answer.body.users.map((u: Json) => u.username);
    expect(usernames).toContain('duty');
    expect(usernames.some((n: string) => n.startsWith('b.'))).toBe(false);
    expect(answer.body.users.every((u: Json) => u.deactivated === false)).toBe(true);
    expect(answer.body.teams).toEqual([{ id: expect.any(String), name: 'Alpha duty team', agencyId: world.a.frontDoorId }]);
  });

  it('refuses a team that is not in the chosen agency, naming the team field', async () => {
    const { teams } = (await admin.get<Json>('/api/users')).body;
    const added = await admin.post<Json>('/api/users', {
      username: 'new.dsl',
      displayName: 'New DSL',
      role: 'dsl',
      agencyId: world.a.schoolId,
      teamId: teams[0].id,
      password: 'a long enough password',
    });
    expect(added.status).toBe(400);
    expect(added.body.issues).toEqual([{ path: 'body/teamId', message: 'No such team in that agency' }]);
  });

  it('shows a deactivated user as deactivated', async () => {
    const off = await admin.post<Json>(`/api/users/${world.users.supervisor2}/deactivation`, { reason: 'Moved to another area' });
    expect(off.status).toBe(201);
    const listed = (await admin.get<Json>('/api/users')).body.users.find((u: Json) => u.username === 'supervisor2');
    expect(listed).toMatchObject({ displayName: 'Test supervisor2', role: 'supervisor', deactivated: true });
  });
});

describe('a case’s access log', () => {
  it('names who read or wrote the case, newest first, and logs each read of the log once', async () => {
    const duty = await Client.signIn(world.app, 'duty');
    const supervisor = await Client.signIn(world.app, 'supervisor');
    const made = await duty.post<Json>('/api/cases', { facts: contactFacts() });
    expect(made.status).toBe(201);
    const caseId = made.body.id as string;
    expect((await supervisor.get(`/api/cases/${caseId}`)).status).toBe(200);

    const first = await supervisor.get<Json>(`/api/cases/${caseId}/access-log`);
    expect(first.status).toBe(200);
    expect(first.body.entries.map((e: Json) => [e.user.displayName, e.user.role, e.action, e.subject, e.route])).toEqual([
      ['Test supervisor', 'supervisor', 'read', 'case', 'GET /api/cases/:id'],
      ['Test duty', 'duty-worker', 'write', 'case', 'POST /api/cases'],
    ]);

    const second = await supervisor.get<Json>(`/api/cases/${caseId}/access-log`);
    const reads = second.body.entries.filter((e: Json) => e.subject === 'access-log');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ action: 'read', route: 'GET /api/cases/:id/access-log', user: { role: 'supervisor' } });
    expect(second.body.entries).toHaveLength(3);
  });
});
