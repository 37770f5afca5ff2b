/** Drafts and cases that carry versions, people corrected by new versions, escalation deadlines, siblings' plans. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Json } from './client.js';
import { contactFacts } from './fixtures.js';
import { escalationBody } from './route-specs.js';
import { createWorld, type World } from './world.js';

let world: World;
let duty: Client;
let dsl: Client;

beforeAll(async () => {
  world = await createWorld();
  duty = await Client.signIn(world.app, 'duty');
  dsl = await Client.signIn(world.app, 'dsl');
});
afterAll(async () => {
  await world.close();
});

describe('drafts save as the worker types', () => {
  it('keeps every save as a version and answers a stale save with 409 and the current draft', async () => {
    const made = await duty.post<Json>('/api/drafts', { kind: 'contact', body: { concern: 'H' } });
    expect(made.body.version).toBe(1);
    const second = await duty.put<Json>(`/api/drafts/${made.body.id}`, { expectedVersion: 1, body: { concern: 'Hu' } });
    expect(second.body.version).toBe(2);
    // A second tab still holding version 1 tries to save.
    const stale = await duty.put<Json>(`/api/drafts/${made.body.id}`, { expectedVersion: 1, body: { concern: 'Old tab' } });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    expect(stale.body.current.body).toEqual({ concern: 'Hu' });
    expect((await duty.get<Json>('/api/drafts')).body.drafts.map((d: Json) => d.id)).toContain(made.body.id);
    expect((await duty.delete(`/api/drafts/${made.body.id}?expectedVersion=2`)).status).toBe(204);
    expect((await duty.get(`/api/drafts/${made.body.id}`)).status).toBe(404);
  });

  it('keeps drafts private to their author', async () => {
    const made = await duty.post<Json>('/api/drafts', { kind: 'contact', body: {} });
    const supervisor = await Client.signIn(world.app, 'supervisor');
    expect((await supervisor.get(`/api/drafts/${made.body.id}`)).status).toBe(404);
  });
});

describe('cases carry versions', () => {
  it('saves version n+1, refuses a stale write with 409 and keeps every version', async () => {
    const made = await dsl.post<Json>('/api/cases', { facts: contactFacts() });
    expect(made.status).toBe(201);
    expect(made.body.ownerAgency.id).toBe(world.a.frontDoorId);
    expect(made.body.referrerAgency.id).toBe(world.a.schoolId);
    const changed = contactFacts({ decisionQuestion: 'Updated question' });
    const v2 = await duty.put<Json>(`/api/cases/${made.body.id}`, { expectedVersion: 1, facts: changed });
    expect(v2.status).toBe(200);
    expect(v2.body.version).toBe(2);
    const stale = await dsl.put<Json>(`/api/cases/${made.body.id}`, { expectedVersion: 1, facts: contactFacts() });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    expect(stale.body.current.facts.decisionQuestion).toBe('Updated question');
    const first = await duty.get<Json>(`/api/cases/${made.body.id}/versions/1`);
    expect(first.body.facts.decisionQuestion).toBe('What level of response does this contact need?');
    expect((await duty.get(`/api/cases/${made.body.id}/versions/3`)).status).toBe(404);
  });

  it('refuses a decision on a version that is no longer current, and a contact with no history checks', async () => {
    const made = await duty.post<Json>('/api/cases', { facts: contactFacts({ historyChecks: [] }) });
    const early = await duty.post<Json>(
      `/api/cases/${made.body.id}/decisions`,
      { caseVersion: 1, value: '4+', analysis: 'x' },
      { 'idempotency-key': 'no-history-check-1' },
    );
    expect(early.status).toBe(409);
    expect(early.body.reason).toBe('history-checks-missing');
    await duty.put(`/api/cases/${made.body.id}`, { expectedVersion: 1, facts: contactFacts() });
    const stale = await duty.post<Json>(
      `/api/cases/${made.body.id}/decisions`,
      { caseVersion: 1, value: '4+', analysis: 'x' },
      { 'idempotency-key': 'stale-version-1' },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    const bad = await duty.post<Json>(
      `/api/cases/${made.body.id}/decisions`,
      { caseVersion: 2, value: 'cp-plan', analysis: 'x' },
      { 'idempotency-key': 'bad-value-1' },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].path).toBe('body/value');
    const noKey = await duty.post<Json>(`/api/cases/${made.body.id}/decisions`, { caseVersion: 2, value: '4+', analysis: 'x' });
    expect(noKey.status).toBe(400);
    expect(noKey.body.issues[0].path).toBe('headers/idempotency-key');
  });

  it('does not let a school change a case once the front door has decided', async () => {
    const made = await dsl.post<Json>('/api/cases', { facts: contactFacts() });
    const decided = await duty.post<Json>(
      `/api/cases/${made.body.id}/decisions`,
      { caseVersion: 1, value: '4+', analysis: 'Strategy discussion.' },
      { 'idempotency-key': 'decide-school-1' },
    );
    expect(decided.status).toBe(201);
    expect(decided.body.status).toBe('final');
    const late = await dsl.put<Json>(`/api/cases/${made.body.id}`, { expectedVersion: 1, facts: contactFacts() });
    expect(late.status).toBe(403);
    const list = await dsl.get<Json>('/api/cases?status=decided');
    expect(list.body.cases.find((c: Json) => c.id === made.body.id).latestDecision.value).toBe('4+');
  });
});

describe('people on record', () => {
  it('corrects details as a new version, keeping the old, and refuses a stale correction', async () => {
    const made = await duty.post<Json>('/api/people', {
      kind: 'child',
      givenName: 'Lilly',
      familyName: 'Oakes',
      dateOfBirth: '2019-04-01',
    });
    const fixed = await duty.post<Json>(`/api/people/${made.body.id}/versions`, {
      expectedVersion: 1,
      person: { kind: 'child', givenName: 'Lily', familyName: 'Oakes', dateOfBirth: '2019-04-01' },
      reason: 'Spelling confirmed with the school',
    });
    expect(fixed.status).toBe(201);
    expect(fixed.body.version).toBe(2);
    expect(fixed.body.versions.map((v: Json) => v.givenName)).toEqual(['Lilly', 'Lily']);
    const stale = await duty.post<Json>(`/api/people/${made.body.id}/versions`, {
      expectedVersion: 1,
      person: { kind: 'child', givenName: 'Lil', familyName: 'Oakes' },
      reason: 'x',
    });
    expect(stale.status).toBe(409);
    // The old spelling still finds her.
    const found = await duty.post<Json>('/api/people/matches', {
      givenName: 'Lilly',
      familyName: 'Oakes',
      dateOfBirth: '2019-04-01',
    });
    expect(found.body.candidates[0].person.id).toBe(made.body.id);
  });

  it('rejects an NHS number with a wrong check digit, naming the field', async () => {
    const bad = await duty.post<Json>('/api/people', { kind: 'child', givenName: 'A', familyName: 'B', nhsNumber: '9434765918' });
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toEqual([
      { path: 'body/nhsNumber', message: 'Not a valid NHS number: 10 digits with a correct check digit' },
    ]);
  });

  it("feeds a sibling's open plan and a past contact into a new case's assessment", async () => {
    const child = (
      await duty.post<Json>('/api/people', { kind: 'child', givenName: 'Rory', familyName: 'Vane', dateOfBirth: '2018-02-02' })
    ).body;
    const sister = (
      await duty.post<Json>('/api/people', { kind: 'child', givenName: 'Skye', familyName: 'Vane', dateOfBirth: '2015-05-05' })
    ).body;
    await duty.post(`/api/people/${sister.id}/relationships`, { relatedPersonId: child.id, kind: 'sibling' });
    await duty.post(`/api/people/${sister.id}/plans`, { kind: 'child-protection', category: 'neglect', startedOn: '2024-09-01' });
    // A contact last autumn, decided then.
    world.clock.now = new Date('2024-10-10T10:00:00Z');
    try {
      const autumn = await Client.signIn(world.app, 'duty');
      const past = (await autumn.post<Json>('/api/cases', { facts: contactFacts() })).body;
      await autumn.post(`/api/cases/${past.id}/links`, { personId: child.id, role: 'subject' });
      const pastDecision = await autumn.post<Json>(
        `/api/cases/${past.id}/decisions`,
        { caseVersion: 1, value: '4+', analysis: 'x' },
        { 'idempotency-key': 'past-decision-1' },
      );
      expect(pastDecision.status).toBe(201);
    } finally {
      world.clock.now = new Date('2025-03-14T10:00:00Z');
    }
    const now = (await duty.post<Json>('/api/cases', { facts: contactFacts() })).body;
    await duty.post(`/api/cases/${now.id}/links`, { personId: child.id, role: 'subject' });
    const history = await duty.get<Json>(`/api/cases/${now.id}/history`);
    expect(history.body.facts.history.openCasesForSiblings).toEqual([
      expect.objectContaining({ child: 'Sibling 1 (born 2015)', plan: 'child protection plan (neglect)' }),
    ]);
    expect(history.body.facts.history.referralsLast12Months).toEqual([
      expect.objectContaining({
        date: '2024-10-10',
        detail: expect.stringMatching(/^On record: contact 2024-10-10, decided 2024-10-10/),
      }),
    ]);
    const assessment = await duty.get<Json>(`/api/cases/${now.id}/assessment`);
    expect(assessment.body.assessment.findings.map((f: Json) => f.code)).toContain('history.sibling-open-case');
  });
});

describe('escalations', () => {
  it('opens stage 1 with a working-day deadline, moves through stages and resolves', async () => {
    const made = await dsl.post<Json>('/api/escalations', { ...escalationBody(), againstAgencyId: world.a.frontDoorId });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.stage).toBe(1);
    // Friday 14 March 2025 + 5 working days (trigger day is day 0) = Friday 21 March.
    expect(made.body.dueOn).toBe('2025-03-21');
    const next = await duty.post<Json>(`/api/escalations/${made.body.id}/events`, {
      kind: 'stage-opened',
      between: 'Team managers',
      note: 'Not agreed at stage 1',
    });
    expect(next.body.stage).toBe(2);
    world.clock.now = new Date('2025-04-30T10:00:00Z');
    try {
      // Sessions from March have expired by now: sign in again.
      const lateDsl = await Client.signIn(world.app, 'dsl');
      const lateDuty = await Client.signIn(world.app, 'duty');
      const late = await lateDsl.get<Json>(`/api/escalations/${made.body.id}`);
      expect(late.body.overdue).toBe(true);
      const done = await lateDuty.post<Json>(`/api/escalations/${made.body.id}/events`, {
        kind: 'resolved',
        note: 'Assessment agreed',
      });
      expect(done.body.resolved).toBe(true);
      expect(done.body.overdue).toBe(false);
      const after = await lateDsl.post<Json>(`/api/escalations/${made.body.id}/events`, { kind: 'response', note: 'Thanks' });
      expect(after.status).toBe(409);
    } finally {
      world.clock.now = new Date('2025-03-14T10:00:00Z');
    }
  });

  it('records an urgent referral when the child is at immediate risk, and starts after stages already tried', async () => {
    const body = escalationBody();
    body.disagreement.stagesTried = [
      { stage: 1, date: '2025-03-01', between: 'DSL and social worker', response: 'Declined' },
    ] as never;
    const made = await dsl.post<Json>('/api/escalations', { ...body, againstAgencyId: world.a.frontDoorId, urgent: true });
    expect(made.body.stage).toBe(2);
    expect(made.body.urgentReferral).toBe(true);
  });
});
