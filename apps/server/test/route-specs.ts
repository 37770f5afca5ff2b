/** Every API route with a valid request for it, the roles the API promises it to, and the records they need. */
import { createUser, type Role } from '@sightline/store';
import { expect } from 'vitest';
import { type Answer, Client, type Json } from './client.js';
import { contactFacts, contactIdentities, unknownFactors } from './fixtures.js';
import { roleUsers, type World } from './world.js';

export const D: Role = 'duty-worker';
export const L: Role = 'dsl';
export const S: Role = 'supervisor';
export const A: Role = 'auditor';
export const M: Role = 'administrator';
export const everyone: Role[] = [D, L, S, A, M];

export interface Fixture {
  frontDoorId: string;
  schoolId: string;
  leaverId: string;
  childId: string;
  adultId: string;
  relationshipId: string;
  planId: string;
  chronologyId: string;
  decidedCaseId: string;
  openCaseId: string;
  linkId: string;
  decisionId: string;
  escalationId: string;
  /** A pupil on the school's roll (the \`dsl\` user's school) and a concern logged on their school chronology. */
  pupilId: string;
  pupilEntryId: string;
  drafts: Partial<Record<Role, { id: string }>>;
  b: { caseId: string; personId: string; decisionId: string; escalationId: string };
}

export interface Spec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** OpenAPI path, e.g. /api/cases/{id}. */
  path: string;
  allowed: Role[] | 'public';
  url: (f: Fixture, role: Role) => string;
  body?: (f: Fixture, role: Role) => unknown;
  headers?: Record<string, string>;
  /** Statuses an allowed role may get (default: 200 for GET, 201 for POST, 200 for PUT, 204 for DELETE). */
  ok?: number[];
}

export const idem = () => ({ 'idempotency-key': `matrix-${Math.random().toString(36).slice(2, 12)}` });

export const specs: Spec[] = [
  { method: 'GET', path: '/api/health', allowed: 'public', url: () => '/api/health' },
  { method: 'GET', path: '/api/session', allowed: everyone, url: () => '/api/session' },
  { method: 'GET', path: '/api/agencies', allowed: everyone, url: () => '/api/agencies' },
  { method: 'GET', path: '/api/frameworks/current', allowed: everyone, url: () => '/api/frameworks/current' },
  {
    method: 'POST',
    path: '/api/people/matches',
    allowed: [D, S],
    url: () => '/api/people/matches',
    body: () => ({ familyName: 'Marsh' }),
    ok: [200],
  },
  {
    method: 'POST',
    path: '/api/people',
    allowed: [D, S],
    url: () => '/api/people',
    body: () => ({ kind: 'adult', givenName: 'Lee', familyName: 'Matrix' }),
  },
  { method: 'GET', path: '/api/people/{id}', allowed: [D, S, A], url: (f) => `/api/people/${f.childId}` },
  {
    method: 'POST',
    path: '/api/people/{id}/versions',
    allowed: [D, S],
    url: (f) => `/api/people/${f.adultId}/versions`,
    body: () => ({ expectedVersion: 1, person: { kind: 'adult', givenName: 'Dana', familyName: 'Kent' }, reason: 'Spelling' }),
    ok: [201, 409],
  },
  {
    method: 'POST',
    path: '/api/people/{id}/relationships',
    allowed: [D, S],
    url: (f) => `/api/people/${f.adultId}/relationships`,
    body: (f) => ({ relatedPersonId: f.childId, kind: 'carer' }),
  },
  {
    method: 'POST',
    path: '/api/relationships/{id}/retraction',
    allowed: [D, S],
    url: (f) => `/api/relationships/${f.relationshipId}/retraction`,
    body: () => ({ reason: 'Wrong person' }),
    ok: [201, 409],
  },
  {
    method: 'POST',
    path: '/api/people/{id}/factors',
    allowed: [D, S],
    url: (f) => `/api/people/${f.adultId}/factors`,
    body: () => ({ factors: unknownFactors(), notes: [] }),
  },
  {
    method: 'POST',
    path: '/api/households',
    allowed: [D, S],
    url: () => '/api/households',
    body: (f) => ({ members: [{ personId: f.childId, role: 'child' }] }),
  },
  {
    method: 'POST',
    path: '/api/people/{id}/plans',
    allowed: [D, S],
    url: (f) => `/api/people/${f.childId}/plans`,
    body: () => ({ kind: 'early-help', startedOn: '2024-01-10' }),
  },
  {
    method: 'POST',
    path: '/api/plans/{id}/corrections',
    allowed: [D, S],
    url: (f) => `/api/plans/${f.planId}/corrections`,
    body: () => ({ kind: 'child-in-need', startedOn: '2023-05', reason: 'Was a CIN plan' }),
    ok: [201, 409],
  },
  {
    method: 'POST',
    path: '/api/plans/{id}/retraction',
    allowed: [D, S],
    url: (f) => `/api/plans/${f.planId}/retraction`,
    body: () => ({ reason: 'Error' }),
    ok: [201, 409],
  },
  {
    method: 'POST',
    path: '/api/people/{id}/chronology',
    allowed: [D, S],
    url: (f) => `/api/people/${f.childId}/chronology`,
    body: () => ({ occurredOn: '2025-01-02', kind: 'observation', description: 'Seen at the GP', sourceAgency: 'GP' }),
  },
  {
    method: 'POST',
    path: '/api/chronology/{id}/corrections',
    allowed: [D, S],
    url: (f) => `/api/chronology/${f.chronologyId}/corrections`,
    body: () => ({
      occurredOn: '2025-01-03',
      kind: 'observation',
      description: 'Seen at the GP',
      sourceAgency: 'GP',
      reason: 'Date',
    }),
    ok: [201, 409],
  },
  {
    method: 'POST',
    path: '/api/chronology/{id}/retraction',
    allowed: [D, S],
    url: (f) => `/api/chronology/${f.chronologyId}/retraction`,
    body: () => ({ reason: 'Error' }),
    ok: [201, 409],
  },
  { method: 'POST', path: '/api/cases', allowed: [D, S, L], url: () => '/api/cases', body: () => ({ facts: contactFacts() }) },
  { method: 'GET', path: '/api/cases', allowed: [D, S, L, A], url: () => '/api/cases' },
  { method: 'GET', path: '/api/cases/{id}', allowed: [D, S, L, A], url: (f) => `/api/cases/${f.decidedCaseId}` },
  {
    method: 'PUT',
    path: '/api/cases/{id}',
    allowed: [D, S, L],
    url: (f) => `/api/cases/${f.openCaseId}`,
    body: () => ({ expectedVersion: 1, facts: contactFacts() }),
    ok: [200, 409],
  },
  {
    method: 'GET',
    path: '/api/cases/{id}/versions/{version}',
    allowed: [D, S, L, A],
    url: (f) => `/api/cases/${f.decidedCaseId}/versions/1`,
  },
  {
    method: 'POST',
    path: '/api/cases/{id}/links',
    allowed: [D, S],
    url: (f) => `/api/cases/${f.openCaseId}/links`,
    body: () => ({
      newPerson: { kind: 'adult', givenName: 'Mo', familyName: 'Marsh' },
      role: 'household-member',
      memberId: 'mother',
    }),
  },
  {
    method: 'POST',
    path: '/api/case-links/{id}/retraction',
    allowed: [D, S],
    url: (f) => `/api/case-links/${f.linkId}/retraction`,
    body: () => ({ reason: 'Wrong child' }),
    ok: [201, 409],
  },
  { method: 'GET', path: '/api/cases/{id}/history', allowed: [D, S, A], url: (f) => `/api/cases/${f.decidedCaseId}/history` },
  {
    method: 'GET',
    path: '/api/cases/{id}/assessment',
    allowed: [D, S, A],
    url: (f) => `/api/cases/${f.decidedCaseId}/assessment`,
  },
  {
    method: 'POST',
    path: '/api/cases/{id}/decisions',
    allowed: [D, S],
    url: (f) => `/api/cases/${f.openCaseId}/decisions`,
    body: () => ({ caseVersion: 1, value: '4+', analysis: 'Strategy discussion today.' }),
    headers: idem(),
    ok: [201, 409],
  },
  { method: 'GET', path: '/api/decisions/{id}', allowed: [D, S, L, A], url: (f) => `/api/decisions/${f.decisionId}` },
  {
    method: 'GET',
    path: '/api/decisions/{id}/record.md',
    allowed: [D, S, A],
    url: (f) => `/api/decisions/${f.decisionId}/record.md`,
  },
  {
    method: 'GET',
    path: '/api/decisions/{id}/record.html',
    allowed: [D, S, A],
    url: (f) => `/api/decisions/${f.decisionId}/record.html`,
  },
  {
    method: 'POST',
    path: '/api/decisions/{id}/sign-offs',
    allowed: [S],
    url: (f) => `/api/decisions/${f.decisionId}/sign-offs`,
    body: () => ({ outcome: 'agreed', comment: 'Agreed.' }),
    headers: idem(),
  },
  { method: 'GET', path: '/api/sign-offs/queue', allowed: [S], url: () => '/api/sign-offs/queue' },
  {
    method: 'POST',
    path: '/api/escalations',
    allowed: [L, D, S],
    url: () => '/api/escalations',
    body: (f, role) => ({ ...escalationBody(), againstAgencyId: role === L ? f.frontDoorId : f.schoolId }),
  },
  { method: 'GET', path: '/api/escalations', allowed: [L, D, S, A], url: () => '/api/escalations' },
  { method: 'GET', path: '/api/escalations/{id}', allowed: [L, D, S, A], url: (f) => `/api/escalations/${f.escalationId}` },
  {
    method: 'POST',
    path: '/api/escalations/{id}/events',
    allowed: [L, D, S],
    url: (f) => `/api/escalations/${f.escalationId}/events`,
    body: () => ({ kind: 'response', note: 'We will meet tomorrow.' }),
  },
  { method: 'GET', path: '/api/school/pupils', allowed: [L], url: () => '/api/school/pupils' },
  {
    method: 'POST',
    path: '/api/school/pupils',
    allowed: [L],
    url: () => '/api/school/pupils',
    body: () => ({ givenName: 'Remy', familyName: 'Matrix', dateOfBirth: '2016-09-14' }),
  },
  { method: 'GET', path: '/api/school/pupils/{id}', allowed: [L], url: (f) => `/api/school/pupils/${f.pupilId}` },
  {
    method: 'POST',
    path: '/api/school/pupils/{id}/concerns',
    allowed: [L],
    url: (f) => `/api/school/pupils/${f.pupilId}/concerns`,
    body: () => ({
      occurredOn: '2025-03-10',
      domain: 'education',
      description: 'Tired and hungry in class',
      codes: [],
      childsWords: 'I had no breakfast',
      figures: { period: 'this school year', attendancePct: 88 },
    }),
  },
  {
    method: 'POST',
    path: '/api/school/pupils/{id}/measures',
    allowed: [L],
    url: (f) => `/api/school/pupils/${f.pupilId}/measures`,
    body: () => ({ occurredOn: '2025-03-10', period: 'this school year', attendancePct: 86, latenessPct: 12 }),
  },
  {
    method: 'POST',
    path: '/api/school/pupils/{id}/requests-for-support',
    allowed: [L],
    url: (f) => `/api/school/pupils/${f.pupilId}/requests-for-support`,
    body: (f) => ({ caseId: f.openCaseId }),
    ok: [201, 409],
  },
  {
    method: 'POST',
    path: '/api/school/chronology/{id}/corrections',
    allowed: [L],
    url: (f) => `/api/school/chronology/${f.pupilEntryId}/corrections`,
    body: () => ({
      kind: 'observation',
      occurredOn: '2025-03-03',
      domain: 'education',
      description: 'Tired in class',
      codes: [],
      reason: 'Wrong date',
    }),
    ok: [201, 409],
  },
  {
    method: 'POST',
    path: '/api/school/chronology/{id}/retraction',
    allowed: [L],
    url: (f) => `/api/school/chronology/${f.pupilEntryId}/retraction`,
    body: () => ({ reason: 'Logged on the wrong pupil' }),
    ok: [201, 409],
  },
  {
    method: 'POST',
    path: '/api/drafts',
    allowed: [D, S, L],
    url: () => '/api/drafts',
    body: () => ({ kind: 'contact', body: { step: 'who' } }),
  },
  { method: 'GET', path: '/api/drafts', allowed: [D, S, L], url: () => '/api/drafts' },
  {
    method: 'GET',
    path: '/api/drafts/{id}',
    allowed: [D, S, L],
    url: (f, role) => `/api/drafts/${f.drafts[role]?.id ?? f.drafts[D]?.id}`,
  },
  {
    method: 'PUT',
    path: '/api/drafts/{id}',
    allowed: [D, S, L],
    url: (f, role) => `/api/drafts/${f.drafts[role]?.id ?? f.drafts[D]?.id}`,
    body: () => ({ expectedVersion: 1, body: { step: 'what' } }),
  },
  {
    method: 'DELETE',
    path: '/api/drafts/{id}',
    allowed: [D, S, L],
    url: (f, role) => `/api/drafts/${f.drafts[role]?.id ?? f.drafts[D]?.id}?expectedVersion=2`,
  },
  { method: 'GET', path: '/api/cases/{id}/access-log', allowed: [A, S], url: (f) => `/api/cases/${f.decidedCaseId}/access-log` },
  { method: 'GET', path: '/api/access-log', allowed: [A], url: () => '/api/access-log' },
  {
    method: 'GET',
    path: '/api/audit/decisions',
    allowed: [S, A],
    url: () => '/api/audit/decisions?below=true&limit=10',
  },
  { method: 'GET', path: '/api/chain/verify', allowed: [A, M], url: () => '/api/chain/verify' },
  { method: 'GET', path: '/api/users', allowed: [M], url: () => '/api/users' },
  {
    method: 'POST',
    path: '/api/users',
    allowed: [M],
    url: () => '/api/users',
    body: (f) => ({
      username: `new.worker.${Math.random().toString(36).slice(2, 8)}`,
      displayName: 'New',
      role: 'duty-worker',
      agencyId: f.frontDoorId,
      password: 'a long enough password',
    }),
  },
  {
    method: 'POST',
    path: '/api/users/{id}/deactivation',
    allowed: [M],
    url: (f) => `/api/users/${f.leaverId}/deactivation`,
    body: () => ({ reason: 'Left' }),
  },
  {
    method: 'POST',
    path: '/api/agencies',
    allowed: [M],
    url: () => '/api/agencies',
    body: () => ({ name: 'New GP practice', kind: 'health' }),
  },
  {
    method: 'POST',
    path: '/api/teams',
    allowed: [M],
    url: () => '/api/teams',
    body: (f) => ({ agencyId: f.frontDoorId, name: 'Night team' }),
  },
  // Signing out last: it ends the session used by the rows above.
  {
    method: 'POST',
    path: '/api/session',
    allowed: 'public',
    url: () => '/api/session',
    body: (_f, role) => ({ username: roleUsers[role], password: 'correct horse battery staple' }),
    ok: [200],
  },
  { method: 'DELETE', path: '/api/session', allowed: everyone, url: () => '/api/session' },
];

export function escalationBody() {
  return {
    caseId: null,
    between: 'DSL and duty social worker',
    note: 'We think the contact needed a statutory assessment.',
    disagreement: {
      decisionChallenged: 'Contact closed with advice',
      decisionDate: '2025-03-10',
      decisionBy: 'front door',
      challenger: { role: 'DSL', agency: 'school' },
      challengerView: 'Needs a child in need assessment',
      stagesTried: [],
      newInformationSinceDecision: [],
      localProcedureNote: null,
    },
  };
}

/** Creates the records every route needs, in partnership A and (for scope checks) partnership B. */
export async function setUpFixture(world: World): Promise<Fixture> {
  const duty = await Client.signIn(world.app, 'duty');
  const dsl = await Client.signIn(world.app, 'dsl');
  const expectCreated = (a: Answer<Json>) => {
    expect(a.status, JSON.stringify(a.body)).toBeLessThan(300);
    return a.body;
  };
  const child = expectCreated(
    await duty.post<Json>('/api/people', { kind: 'child', givenName: 'Tia', familyName: 'Marsh', dateOfBirth: '2021-01-09' }),
  );
  const adult = expectCreated(await duty.post<Json>('/api/people', { kind: 'adult', givenName: 'Dana', familyName: 'Marsh' }));
  const rel = expectCreated(
    await duty.post<Json>(`/api/people/${adult.id}/relationships`, { relatedPersonId: child.id, kind: 'parent' }),
  );
  const plan = expectCreated(
    await duty.post<Json>(`/api/people/${child.id}/plans`, { kind: 'child-in-need', startedOn: '2023-05' }),
  );
  const chron = expectCreated(
    await duty.post<Json>(`/api/people/${child.id}/chronology`, {
      occurredOn: '2025-01-02',
      kind: 'observation',
      description: 'Seen at the GP',
      sourceAgency: 'GP',
    }),
  );
  const decided = expectCreated(await dsl.post<Json>('/api/cases', { facts: contactFacts(), identities: contactIdentities() }));
  const open = expectCreated(await dsl.post<Json>('/api/cases', { facts: contactFacts() }));
  const link = expectCreated(await duty.post<Json>(`/api/cases/${decided.id}/links`, { personId: child.id, role: 'subject' }));
  const rec = (await duty.get<Json>(`/api/cases/${decided.id}/assessment`)).body.assessment.recommendation.value;
  expect(rec).not.toBe('1');
  const decision = expectCreated(
    await duty.post<Json>(
      `/api/cases/${decided.id}/decisions`,
      { caseVersion: 1, value: '1', analysis: 'Advice only.', overrideReason: 'Family already supported.' },
      idem(),
    ),
  );
  const escalation = expectCreated(await dsl.post<Json>('/api/escalations', { ...escalationBody(), caseId: decided.id }));
  const pupil = expectCreated(await dsl.post<Json>('/api/school/pupils', { givenName: 'Ola', familyName: 'Marsh', ageYears: 8 }));
  const logged = expectCreated(
    await dsl.post<Json>(`/api/school/pupils/${pupil.id}/concerns`, {
      occurredOn: '2025-03-03',
      domain: 'education',
      description: 'Arrived late and tired',
    }),
  );
  const drafts: Fixture['drafts'] = {};
  for (const role of [D, S, L]) {
    const client = await Client.signIn(world.app, roleUsers[role]);
    drafts[role] = expectCreated(await client.post<Json>('/api/drafts', { kind: 'contact', body: { step: 1 } })) as {
      id: string;
    };
  }
  const bDuty = await Client.signIn(world.app, 'b.duty');
  const bDsl = await Client.signIn(world.app, 'b.dsl');
  const bPerson = expectCreated(
    await bDuty.post<Json>('/api/people', { kind: 'child', givenName: 'Tia', familyName: 'Marsh', dateOfBirth: '2021-01-09' }),
  );
  const bCase = expectCreated(await bDsl.post<Json>('/api/cases', { facts: contactFacts() }));
  const bDecision = expectCreated(
    await bDuty.post<Json>(
      `/api/cases/${bCase.id}/decisions`,
      { caseVersion: 1, value: '4+', analysis: 'Strategy discussion.' },
      idem(),
    ),
  );
  const bEscalation = expectCreated(await bDsl.post<Json>('/api/escalations', { ...escalationBody(), caseId: bCase.id }));
  const leaver = await createUser(world.database.db, {
    username: 'leaver',
    displayName: 'Leaver',
    role: 'dsl',
    agencyId: world.a.schoolId,
    passwordHash: 'not-a-login',
  });
  return {
    frontDoorId: world.a.frontDoorId,
    schoolId: world.a.schoolId,
    leaverId: leaver.id,
    childId: child.id,
    adultId: adult.id,
    relationshipId: rel.id,
    planId: plan.id,
    chronologyId: chron.id,
    decidedCaseId: decided.id,
    openCaseId: open.id,
    linkId: link.id,
    decisionId: decision.id,
    escalationId: escalation.id,
    pupilId: pupil.id,
    pupilEntryId: logged.chronology[0].id,
    drafts,
    b: { caseId: bCase.id, personId: bPerson.id, decisionId: bDecision.id, escalationId: bEscalation.id },
  };
}
