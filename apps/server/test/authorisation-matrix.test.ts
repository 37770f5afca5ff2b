/**
 * Every route against every role. The expected matrix is written out in route-specs.ts from
 * API.md, not read from the code, and the test fails if the OpenAPI document lists a route the
 * matrix lacks. Then cross-agency and cross-partnership reads are denied (404, so existence is not
 * revealed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Json } from './client.js';
import { D, everyone, type Fixture, idem, setUpFixture, specs } from './route-specs.js';
import { createWorld, roleUsers, type World } from './world.js';

let world: World;
let fixture: Fixture;

beforeAll(async () => {
  world = await createWorld();
  fixture = await setUpFixture(world);
});
afterAll(async () => {
  await world.close();
});

const defaultOk: Record<string, readonly number[]> = { GET: [200], POST: [201], PUT: [200], DELETE: [204] };

describe('authorisation matrix', () => {
  it('covers every route in the OpenAPI document', async () => {
    const doc = (await world.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const covered = specs.map((s) => `${s.method} ${s.path}`);
    expect([...documented].sort()).toEqual([...new Set(covered)].sort());
  });

  for (const role of everyone) {
    it(`answers the ${role} as the matrix says on every route`, async () => {
      const client = await Client.signIn(world.app, roleUsers[role]);
      const results: string[] = [];
      const expected: string[] = [];
      for (const spec of specs) {
        const allowed = spec.allowed === 'public' || spec.allowed.includes(role);
        const answer = await client.request(
          spec.method,
          spec.url(fixture, role),
          spec.body?.(fixture, role),
          spec.headers ? idem() : {},
        );
        const ok = spec.ok ?? defaultOk[spec.method] ?? [];
        const verdict = allowed
          ? ok.includes(answer.status)
            ? 'allowed'
            : `allowed but got ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`
          : answer.status === 403
            ? 'denied'
            : `not denied: ${answer.status}`;
        results.push(`${spec.method} ${spec.path}: ${verdict}`);
        expected.push(`${spec.method} ${spec.path}: ${allowed ? 'allowed' : 'denied'}`);
      }
      expect(results).toEqual(expected);
    });
  }

  it('needs a session for every route except health and signing in', async () => {
    const anonymous = Client.anonymous(world.app);
    for (const spec of specs) {
      const answer = await anonymous.request(
        spec.method,
        spec.url(fixture, D),
        spec.body?.(fixture, D),
        spec.headers ? idem() : {},
      );
      if (spec.allowed === 'public') expect(answer.status, spec.path).toBeLessThan(400);
      else expect(answer.status, `${spec.method} ${spec.path}`).toBe(401);
    }
  });
});

describe('scope: other agencies and partnerships see nothing', () => {
  const readsOfA = (f: Fixture) => [
    `/api/cases/${f.decidedCaseId}`,
    `/api/cases/${f.decidedCaseId}/versions/1`,
    `/api/decisions/${f.decisionId}`,
    `/api/escalations/${f.escalationId}`,
  ];

  it('denies every role in another partnership the records of this one', async () => {
    for (const username of ['b.duty', 'b.dsl', 'b.supervisor', 'b.auditor']) {
      const client = await Client.signIn(world.app, username);
      for (const url of [
        ...readsOfA(fixture),
        `/api/people/${fixture.childId}`,
        `/api/cases/${fixture.decidedCaseId}/assessment`,
      ]) {
        const answer = await client.get(url);
        expect([403, 404], `${username} ${url}`).toContain(answer.status);
      }
      const list = await client.get<Json>('/api/cases');
      expect(list.body.cases.map((c: Json) => c.id)).not.toContain(fixture.decidedCaseId);
    }
  });

  it('denies this partnership the records of another', async () => {
    const duty = await Client.signIn(world.app, 'duty');
    for (const url of [
      `/api/cases/${fixture.b.caseId}`,
      `/api/people/${fixture.b.personId}`,
      `/api/decisions/${fixture.b.decisionId}`,
      `/api/escalations/${fixture.b.escalationId}`,
    ]) {
      expect((await duty.get(url)).status, url).toBe(404);
    }
    const matches = await duty.post<Json>('/api/people/matches', { familyName: 'Marsh', dateOfBirth: '2021-01-09' });
    expect(matches.body.candidates.map((c: Json) => c.person.id)).not.toContain(fixture.b.personId);
    const decide = await duty.post(
      `/api/cases/${fixture.b.caseId}/decisions`,
      { caseVersion: 1, value: '1', analysis: 'x', overrideReason: 'x' },
      idem(),
    );
    expect(decide.status).toBe(404);
  });

  it('shows a school only what it referred, and only the outcome', async () => {
    const otherSchool = await Client.signIn(world.app, 'dsl2');
    expect((await otherSchool.get(`/api/cases/${fixture.decidedCaseId}`)).status).toBe(404);
    const dsl = await Client.signIn(world.app, 'dsl');
    const view = (await dsl.get<Json>(`/api/cases/${fixture.decidedCaseId}`)).body;
    expect(view.links).toEqual([]);
    expect(view.matches).toEqual({ subject: [], household: {} });
    expect(Object.keys(view.decisions[0]).sort()).toEqual(['caseId', 'createdAt', 'id', 'levelName', 'status', 'value']);
    const decision = (await dsl.get<Json>(`/api/decisions/${fixture.decisionId}`)).body;
    expect(decision.record).toBeUndefined();
    expect(decision.analysis).toBeUndefined();
  });
});
