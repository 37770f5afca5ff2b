/** Simultaneous writers: one wins a version race and the rest get 409; concurrent decisions chain without gaps. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Json } from './client.js';
import { contactFacts } from './fixtures.js';
import { createWorld, type World } from './world.js';

let world: World;
let duty: Client;
let supervisor: Client;

beforeAll(async () => {
  world = await createWorld();
  duty = await Client.signIn(world.app, 'duty');
  supervisor = await Client.signIn(world.app, 'supervisor');
});
afterAll(async () => {
  await world.close();
});

describe('writers at the same moment', () => {
  it('lets exactly one of several saves of the same case version through', async () => {
    const made = await duty.post<Json>('/api/cases', { facts: contactFacts() });
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 === 0 ? duty : supervisor).put<Json>(`/api/cases/${made.body.id}`, {
          expectedVersion: 1,
          facts: contactFacts({ decisionQuestion: `Writer ${i}` }),
        }),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409]);
    const current = await duty.get<Json>(`/api/cases/${made.body.id}`);
    expect(current.body.version).toBe(2);
  });

  it('lets exactly one of several saves of the same draft version through', async () => {
    const made = await duty.post<Json>('/api/drafts', { kind: 'contact', body: { n: 0 } });
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) => duty.put<Json>(`/api/drafts/${made.body.id}`, { expectedVersion: 1, body: { n: i } })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409]);
  });

  it('chains concurrent decisions on different cases without gaps or forks', async () => {
    const cases = await Promise.all(Array.from({ length: 8 }, () => duty.post<Json>('/api/cases', { facts: contactFacts() })));
    const decisions = await Promise.all(
      cases.map((c, i) =>
        (i % 2 === 0 ? duty : supervisor).post<Json>(
          `/api/cases/${c.body.id}/decisions`,
          { caseVersion: 1, value: '4+', analysis: `Concurrent ${i}` },
          { 'idempotency-key': `concurrent-${i}-key` },
        ),
      ),
    );
    expect(decisions.map((d) => d.status)).toEqual(Array(8).fill(201));
    expect(decisions.map((d) => d.body.sequence).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const auditor = await Client.signIn(world.app, 'auditor');
    expect((await auditor.get<Json>('/api/chain/verify')).body).toEqual({ ok: true, count: 8 });
  });

  it('records one decision when the same submission arrives twice at once', async () => {
    const made = await duty.post<Json>('/api/cases', { facts: contactFacts() });
    const body = { caseVersion: 1, value: '4+', analysis: 'Double click' };
    const both = await Promise.all(
      [1, 2].map(() => duty.post<Json>(`/api/cases/${made.body.id}/decisions`, body, { 'idempotency-key': 'double-click-1' })),
    );
    expect(both.map((b) => b.status)).toEqual([201, 201]);
    expect(both[0]?.body.id).toBe(both[1]?.body.id);
    expect((await duty.get<Json>(`/api/cases/${made.body.id}`)).body.decisions).toHaveLength(1);
  });
});
