/**
 * The scripted session from the issue: a duty worker records a contact about a child whose history
 * is on record, gets a recommendation that uses that history, decides below it with a reason, a
 * supervisor signs off, and an auditor reads the record and its access log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Json } from './client.js';
import { contactFacts, contactIdentities, unknownFactors } from './fixtures.js';
import { createWorld, type World } from './world.js';

const contactScale = ['1', '2', '3', '4', '4+', 'immediate'];

let world: World;
let duty: Client;
let supervisor: Client;
let auditor: Client;

beforeAll(async () => {
  world = await createWorld();
  duty = await Client.signIn(world.app, 'duty');
  supervisor = await Client.signIn(world.app, 'supervisor');
  auditor = await Client.signIn(world.app, 'auditor');
});
afterAll(async () => {
  await world.close();
});

async function putHistoryOnRecord(): Promise<{ childId: string; motherId: string }> {
  const child = await duty.post<Json>('/api/people', {
    kind: 'child',
    givenName: 'Tia',
    familyName: 'Marsh',
    dateOfBirth: '2021-01-09',
    nhsNumber: '943 476 5919',
    postcode: 'ZZ1 1ZZ',
  });
  expect(child.status).toBe(201);
  const mother = await duty.post<Json>('/api/people', {
    kind: 'adult',
    givenName: 'Dana',
    familyName: 'Kent',
    otherNames: [{ familyName: 'Marsh', note: 'previous surname' }],
    postcode: 'ZZ1 1ZZ',
  });
  expect(mother.status).toBe(201);
  const childId = child.body.id as string;
  const motherId = mother.body.id as string;
  expect((await duty.post(`/api/people/${motherId}/relationships`, { relatedPersonId: childId, kind: 'parent' })).status).toBe(
    201,
  );
  const factors = unknownFactors();
  factors.substanceMisuse = { status: 'current', detail: 'Using crack cocaine, not in treatment.' };
  factors.previousChildrenRemoved = { count: 2, detail: 'Two older children were adopted.' };
  expect((await duty.post(`/api/people/${motherId}/factors`, { factors, notes: [] })).status).toBe(201);
  const plan = await duty.post(`/api/people/${childId}/plans`, {
    kind: 'child-protection',
    category: 'neglect',
    startedOn: '2023-02-01',
    endedOn: '2024-07-31',
    detail: 'Ended at a review conference; stepped down to child in need.',
  });
  expect(plan.status).toBe(201);
  const missed = await duty.post(`/api/people/${childId}/chronology`, {
    occurredOn: '2024-11-20',
    kind: 'event',
    description: 'Two-year development review: the child was not brought.',
    codes: ['engagement.was-not-brought'],
    event: { type: 'appointment', outcome: 'was-not-brought' },
    sourceAgency: 'health visiting',
  });
  expect(missed.status, JSON.stringify(missed.body)).toBe(201);
  return { childId, motherId };
}

describe('a duty worker decides below the recommendation and a supervisor signs off', () => {
  let caseId = '';
  let decisionId = '';
  let recommended = '';
  let before = '';
  const key = 'decision-0001-retry-safe';

  it('records a contact and is offered the child and mother on record, with reasons', async () => {
    await putHistoryOnRecord();
    // The worker types the surname with a slip ("Marshe") and does not know the mother's current surname.
    const identities = contactIdentities();
    identities.subject.familyName = 'Marshe';
    const created = await duty.post<Json>('/api/cases', { facts: contactFacts(), identities });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    caseId = created.body.id;
    expect(created.body.version).toBe(1);
    const subject = created.body.matches.subject[0];
    expect(subject.person.givenName).toBe('Tia');
    expect(subject.reasons).toEqual(
      expect.arrayContaining(['Same date of birth', 'Family name Marshe is spelled or sounds like Marsh']),
    );
    const mother = created.body.matches.household.mother[0];
    expect(mother.person.givenName).toBe('Dana');
    expect(mother.reasons).toContain('Family name Marsh is another name on record (Marsh)');
    // Nothing is linked until the worker confirms.
    expect(created.body.links).toEqual([]);
    before = (await duty.get<Json>(`/api/cases/${caseId}/assessment`)).body.assessment.recommendation.value;
  });

  it('confirms the matches, and the recommendation now uses the history on record', async () => {
    const view = (await duty.get<Json>(`/api/cases/${caseId}`)).body;
    const subjectId = view.matches.subject[0].person.id;
    const motherId = view.matches.household.mother[0].person.id;
    expect(
      (
        await duty.post(`/api/cases/${caseId}/links`, {
          personId: subjectId,
          role: 'subject',
          reasons: view.matches.subject[0].reasons,
        })
      ).status,
    ).toBe(201);
    expect(
      (await duty.post(`/api/cases/${caseId}/links`, { personId: motherId, role: 'household-member', memberId: 'mother' }))
        .status,
    ).toBe(201);
    const answer = await duty.get<Json>(`/api/cases/${caseId}/assessment`);
    expect(answer.status).toBe(200);
    const assessment = answer.body.assessment;
    const codes = assessment.findings.map((f: Json) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining(['history.previous-cp-plan', 'parent.previous-children-removed', 'parent.substance-misuse-current']),
    );
    expect(answer.body.historyAdded.map((a: Json) => a.from)).toEqual(expect.arrayContaining(['plan', 'factors', 'chronology']));
    recommended = assessment.recommendation.value;
    expect(contactScale.indexOf(recommended)).toBeGreaterThan(contactScale.indexOf(before));
  });

  it('ignores a recommendation sent by the client and refuses a decision below it without a reason', async () => {
    const below = contactScale[contactScale.indexOf(recommended) - 1] ?? '1';
    const sneaky = await duty.post<Json>(
      `/api/cases/${caseId}/decisions`,
      { caseVersion: 1, value: below, analysis: 'My analysis.', overrideReason: null, recommendation: { value: below } },
      { 'idempotency-key': 'sneaky-0001' },
    );
    expect(sneaky.status).toBe(400);
    expect(sneaky.body.issues[0].message).toMatch(/Unrecognized key/);
    const noReason = await duty.post<Json>(
      `/api/cases/${caseId}/decisions`,
      { caseVersion: 1, value: below, analysis: 'My analysis.', overrideReason: null },
      { 'idempotency-key': 'no-reason-0001' },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.issues).toEqual([
      { path: 'body/overrideReason', message: expect.stringContaining('below the recommendation') },
    ]);
  });

  it('records the decision once, even when the submission is retried', async () => {
    const below = contactScale[contactScale.indexOf(recommended) - 1] ?? '1';
    const body = {
      caseVersion: 1,
      value: below,
      analysis: 'Mother has engaged with the nursery this week and accepts a family support worker.',
      overrideReason: 'Mother is in treatment from Monday; a targeted early help plan with the nursery is proportionate for now.',
    };
    const first = await duty.post<Json>(`/api/cases/${caseId}/decisions`, body, { 'idempotency-key': key });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.status).toBe('awaiting-sign-off');
    expect(first.body.belowRecommendation).toBe(true);
    expect(first.body.recommendation.value).toBe(recommended);
    decisionId = first.body.id;
    const retry = await duty.post<Json>(`/api/cases/${caseId}/decisions`, body, { 'idempotency-key': key });
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    const misuse = await duty.post<Json>(
      `/api/cases/${caseId}/decisions`,
      { ...body, value: recommended },
      { 'idempotency-key': key },
    );
    expect(misuse.status).toBe(409);
    const view = (await duty.get<Json>(`/api/cases/${caseId}`)).body;
    expect(view.decisions).toHaveLength(1);
    expect(view.status).toBe('awaiting-sign-off');
    const record = first.body.record;
    expect(record.facts.history.previousCPPlans[0].detail).toMatch(/^On record:/);
    expect(record.decision.overrideReason).toBe(body.overrideReason);
  });

  it('lets only a different person with the supervisor role sign off', async () => {
    const own = await duty.post<Json>(
      `/api/decisions/${decisionId}/sign-offs`,
      { outcome: 'agreed', comment: 'Fine.' },
      { 'idempotency-key': 'own-sign-off-1' },
    );
    expect(own.status).toBe(403);
    const queue = await supervisor.get<Json>('/api/sign-offs/queue');
    expect(queue.body.decisions.map((d: Json) => d.id)).toContain(decisionId);
    const signed = await supervisor.post<Json>(
      `/api/decisions/${decisionId}/sign-offs`,
      { outcome: 'agreed', comment: 'Agreed: review in four weeks with the nursery and the treatment service.' },
      { 'idempotency-key': 'sign-off-0001' },
    );
    expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    expect(signed.body.status).toBe('signed-off');
    expect(signed.body.signOffs[0].by.role).toBe('supervisor');
    const again = await supervisor.post<Json>(
      `/api/decisions/${decisionId}/sign-offs`,
      { outcome: 'agreed', comment: 'Again.' },
      { 'idempotency-key': 'sign-off-0002' },
    );
    expect(again.status).toBe(409);
    expect((await duty.get<Json>(`/api/cases/${caseId}`)).body.status).toBe('decided');
  });

  it('lets an auditor read the record, its printable form and the access log, and the chain verifies', async () => {
    const decision = await auditor.get<Json>(`/api/decisions/${decisionId}`);
    expect(decision.status).toBe(200);
    expect(decision.body.record.hash).toBe(decision.body.hash);
    const markdown = await auditor.get<string>(`/api/decisions/${decisionId}/record.md`);
    expect(markdown.status).toBe(200);
    expect(markdown.body).toContain(decision.body.levelName);
    const log = await auditor.get<Json>(`/api/cases/${caseId}/access-log`);
    expect(log.status).toBe(200);
    const lines = log.body.entries.map((e: Json) => `${e.user.role} ${e.action} ${e.route}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'duty-worker write POST /api/cases',
        'duty-worker read GET /api/cases/:id/assessment',
        'duty-worker write POST /api/cases/:id/decisions',
        'supervisor write POST /api/decisions/:id/sign-offs',
        'auditor read GET /api/decisions/:id',
      ]),
    );
    const verify = await auditor.get<Json>('/api/chain/verify');
    expect(verify.body).toEqual({ ok: true, count: 2 });
  });
});
