/**
 * Sending a case once: POST /api/cases with an Idempotency-Key makes one case however often the
 * same submission arrives (a retry after a lost answer, a double click); the same key with another
 * body is a 409; without a key it works as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Json } from './client.js';
import { contactFacts } from './fixtures.js';
import { createWorld, type World } from './world.js';

let world: World;
let dsl: Client;
let duty: Client;

beforeAll(async () => {
  world = await createWorld();
  dsl = await Client.signIn(world.app, 'dsl');
  duty = await Client.signIn(world.app, 'duty');
});
afterAll(async () => {
  await world.close();
});

/** A request for support about one child, named so the test can count its cases. */
function requestFor(label: string, question = 'Does this pupil need support from the front door?') {
  const facts = contactFacts({ decisionQuestion: question });
  return { facts: { ...facts, child: { ...facts.child, label } }, events: [{ type: 'REQUEST_FOR_SUPPORT' }] };
}

/** The cases the school's DSL sees for a child. */
async function casesAbout(label: string): Promise<Json[]> {
  const { body } = await dsl.get<Json>('/api/cases?limit=500');
  return (body.cases as Json[]).filter((c) => c.childLabel === label);
}

describe('a case is sent once', () => {
  it('answers a retry with the same key and body with the first case, and writes nothing more', async () => {
    const body = requestFor('Child Retry');
    const first = await dsl.post<Json>('/api/cases', body, { 'idempotency-key': 'request-retry-0001' });
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const retry = await dsl.post<Json>('/api/cases', body, { 'idempotency-key': 'request-retry-0001' });
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    const cases = await casesAbout('Child Retry');
    expect(cases.map((c) => c.id)).toEqual([first.body.id]);
  });

  it('makes one case when the same send arrives twice at once (a double click)', async () => {
    const body = requestFor('Child Double');
    const both = await Promise.all(
      [1, 2].map(() => dsl.post<Json>('/api/cases', body, { 'idempotency-key': 'request-double-0001' })),
    );
    expect(both.map((b) => b.status)).toEqual([201, 201]);
    expect(both[0]?.body.id).toBe(both[1]?.body.id);
    expect(both.filter((b) => b.headers['idempotent-replayed'] === 'true')).toHaveLength(1);
    expect((await casesAbout('Child Double')).map((c) => c.id)).toEqual([both[0]?.body.id]);
  });

  it('refuses the same key with another body with 409 and makes no case for it', async () => {
    const first = await dsl.post<Json>('/api/cases', requestFor('Child Changed'), { 'idempotency-key': 'request-changed-01' });
    expect(first.status).toBe(201);
    const other = await dsl.post<Json>('/api/cases', requestFor('Child Changed', 'A different question'), {
      'idempotency-key': 'request-changed-01',
    });
    expect(other.status).toBe(409);
    expect(other.body.message).toMatch(/Idempotency-Key was already used/);
    expect((await casesAbout('Child Changed')).map((c) => c.id)).toEqual([first.body.id]);
  });

  it('keeps one person’s keys apart from another’s', async () => {
    const body = requestFor('Child Two People');
    const fromSchool = await dsl.post<Json>('/api/cases', body, { 'idempotency-key': 'shared-key-00001' });
    const fromFrontDoor = await duty.post<Json>('/api/cases', body, { 'idempotency-key': 'shared-key-00001' });
    expect([fromSchool.status, fromFrontDoor.status]).toEqual([201, 201]);
    expect(fromFrontDoor.headers['idempotent-replayed']).toBeUndefined();
    expect(fromFrontDoor.body.id).not.toBe(fromSchool.body.id);
  });

  it('does not remember a refused send: the same key works once the answers are put right', async () => {
    const bad = requestFor('Child Fixed');
    const refused = await dsl.post<Json>(
      '/api/cases',
      { ...bad, referrerAgencyId: '00000000-0000-4000-8000-000000000000' },
      { 'idempotency-key': 'request-fixed-0001' },
    );
    expect(refused.status).toBe(400);
    const sent = await dsl.post<Json>('/api/cases', bad, { 'idempotency-key': 'request-fixed-0001' });
    expect(sent.status).toBe(201);
    expect((await casesAbout('Child Fixed')).map((c) => c.id)).toEqual([sent.body.id]);
  });

  it('still takes a send without a key (each one a new case), and names a malformed key', async () => {
    const body = requestFor('Child No Key');
    const a = await dsl.post<Json>('/api/cases', body);
    const b = await dsl.post<Json>('/api/cases', body);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect((await casesAbout('Child No Key')).length).toBe(2);
    const malformed = await dsl.post<Json>('/api/cases', body, { 'idempotency-key': 'short' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.issues[0].path).toBe('headers/idempotency-key');
  });
});
