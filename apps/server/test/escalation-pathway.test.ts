/**
 * Escalations on the pathway: the server records each step as the escalation machine's event,
 * replays them, refuses a step the machine would not take, stamps its own clock and the signed-in
 * person, and answers with the machine's stage, holder, deadline and urgent-referral state.
 */
import { englandFramework, escalationMachine, replay } from '@sightline/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Json } from './client.js';
import { escalationBody } from './route-specs.js';
import { createWorld, type World } from './world.js';

let world: World;
let dsl: Client;

beforeAll(async () => {
  world = await createWorld();
  dsl = await Client.signIn(world.app, 'dsl');
});
afterAll(async () => {
  await world.close();
});

const socialWorker = { role: 'duty social worker', agency: 'childrens-social-care' } as const;

async function raise(): Promise<Json> {
  const made = await dsl.post<Json>('/api/escalations', {
    ...escalationBody(),
    againstAgencyId: world.a.frontDoorId,
    pathway: true,
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body;
}

const step = (client: Client, id: string, event: Json) => client.post<Json>(`/api/escalations/${id}/events`, { event });

describe('an escalation on the pathway', () => {
  it('opens stage 1 from the machine, with who holds it and its deadline in working days', async () => {
    const e = await raise();
    expect(e.stage).toBe(1);
    expect(e.dueOn).toBe('2025-03-21');
    expect(e.pathway.input).toEqual({ caseRef: e.id, asOf: '2025-03-14' });
    expect(e.pathway.state).toEqual({ open: { escalation: { stage1: 'open' }, risk: 'watching' } });
    expect(e.pathway.stage).toMatchObject({
      number: 1,
      counterpart: 'the practitioner who made the decision',
      deadline: '2025-03-21',
      workingDays: 5,
      deadlinePassed: false,
    });
    expect(e.pathway.events[0]).toMatchObject({ type: 'RECORD_DISAGREEMENT', at: '2025-03-14T10:00:00.000Z' });
    expect(e.events[0].event.type).toBe('RECORD_DISAGREEMENT');
  });

  it('refuses what the machine refuses: moving on with no response and no passed deadline, an old-style step, a date in the future', async () => {
    const e = await raise();
    const early = await step(dsl, e.id, { type: 'ESCALATE', at: '2025-03-14T10:05:00Z', reason: 'Impatient.' });
    expect(early.status).toBe(409);
    expect(early.body.reason).toBe('machine-refused');
    expect(early.body.message).toContain('deadline has passed');
    const oldStyle = await dsl.post<Json>(`/api/escalations/${e.id}/events`, { kind: 'stage-opened', note: 'Not agreed' });
    expect(oldStyle.status).toBe(409);
    const future = await step(dsl, e.id, {
      type: 'RECORD_CONTACT',
      contact: { with: socialWorker, at: '2025-03-20T10:00:00Z', method: 'phone', summary: 'Not yet.' },
    });
    expect(future.status).toBe(400);
    expect(future.body.issues[0].path).toBe('body/event/contact/at');
    const both = await dsl.post<Json>(`/api/escalations/${e.id}/events`, {
      kind: 'response',
      note: 'x',
      event: { type: 'ESCALATE', at: '2025-03-14T10:05:00Z', reason: 'x' },
    });
    expect(both.status).toBe(400);
    const malformed = await step(dsl, e.id, { type: 'RECORD_RESPONSE', response: { from: socialWorker } });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body.issues)).toContain('body/event/response');
  });

  it('moves to stage 2 after a response that does not resolve it, keeps the urgent referral alongside, and resolves', async () => {
    const e = await raise();
    const contact = await step(dsl, e.id, {
      type: 'RECORD_CONTACT',
      contact: { with: socialWorker, at: '2025-03-14T09:30:00Z', method: 'phone', summary: 'Asked them to look again.' },
    });
    expect(contact.status, JSON.stringify(contact.body)).toBe(201);
    const response = await step(dsl, e.id, {
      type: 'RECORD_RESPONSE',
      response: { from: socialWorker, at: '2025-03-14T09:45:00Z', response: 'The decision stands.', resolvesConcern: false },
    });
    expect(response.status).toBe(201);
    // The client's time for moving on is replaced by the server's clock.
    const moved = await step(dsl, e.id, { type: 'ESCALATE', at: '2030-01-01T00:00:00Z', reason: 'Stage 1 did not resolve it.' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(201);
    expect(moved.body.stage).toBe(2);
    expect(moved.body.pathway.stage).toMatchObject({ number: 2, startedOn: '2025-03-14', deadline: '2025-03-21' });
    expect(moved.body.pathway.events.find((x: Json) => x.type === 'ESCALATE').at).toBe('2025-03-14T10:00:00.000Z');
    expect(moved.body.pathway.log.map((l: Json) => l.kind)).toEqual([
      'stage-started',
      'stage-started',
      'contacted',
      'response',
      'escalated',
      'stage-started',
    ]);

    const risk = await step(dsl, e.id, {
      type: 'IMMEDIATE_RISK',
      risk: { at: '2025-03-14T10:00:00Z', detail: 'She said she is scared to go home tonight.', reportedBy: 'DSL' },
    });
    expect(risk.body.pathway.state).toEqual({ open: { escalation: { stage2: 'open' }, risk: 'urgentReferral' } });
    expect(risk.body.pathway.urgent.instruction).toContain('call the police on 999');
    const tooSoon = await step(dsl, e.id, {
      type: 'RESOLVE',
      resolution: { at: '2025-03-14T10:00:00Z', outcome: 'decision-changed', detail: 'Agreed.', by: { userId: 'x', role: 'y' } },
    });
    expect(tooSoon.status).toBe(409);
    expect(tooSoon.body.message).toContain('urgent referral');
    const referral = await step(dsl, e.id, {
      type: 'RECORD_URGENT_REFERRAL',
      referral: { to: 'both', at: '2025-03-14T10:00:00Z', reference: null, detail: 'Phoned the front door and the police.' },
    });
    expect(referral.body.pathway.urgent.status).toBe('made');

    world.clock.now = new Date('2025-03-24T10:00:00Z');
    try {
      const lateDsl = await Client.signIn(world.app, 'dsl');
      const late = await lateDsl.get<Json>(`/api/escalations/${e.id}`);
      expect(late.body.overdue).toBe(true);
      expect(late.body.pathway.nextStageOffered).toBe(true);
      expect(late.body.pathway.stage.deadlinePassed).toBe(true);
      // A client replaying the events the server replayed reaches the same state.
      const again = replay(
        escalationMachine,
        { ...late.body.pathway.input, framework: englandFramework },
        late.body.pathway.events,
      );
      expect(again.snapshot.value).toEqual(late.body.pathway.state);
      expect(again.snapshot.context.log).toEqual(late.body.pathway.log);

      const done = await step(lateDsl, e.id, {
        type: 'RESOLVE',
        resolution: {
          at: '2025-03-14T10:00:00Z',
          outcome: 'decision-changed',
          detail: 'The manager agreed to a child in need assessment.',
          by: { userId: 'someone-else', role: 'supervisor' },
        },
      });
      expect(done.status, JSON.stringify(done.body)).toBe(201);
      expect(done.body.resolved).toBe(true);
      expect(done.body.pathway.status).toBe('done');
      const resolve = done.body.pathway.events.find((x: Json) => x.type === 'RESOLVE');
      expect(resolve.resolution.by).toEqual({ userId: world.users.dsl, role: 'dsl' });
      expect(resolve.resolution.at).toBe('2025-03-24T10:00:00.000Z');
      const after = await step(lateDsl, e.id, {
        type: 'RECORD_CONTACT',
        contact: { with: socialWorker, at: '2025-03-24T09:00:00Z', method: 'email', summary: 'Thanks.' },
      });
      expect(after.status).toBe(409);
    } finally {
      world.clock.now = new Date('2025-03-14T10:00:00Z');
    }
  });

  it('takes two steps sent at once one after the other: the second is checked against the first', async () => {
    const e = await raise();
    await step(dsl, e.id, {
      type: 'RECORD_RESPONSE',
      response: { from: socialWorker, at: '2025-03-14T09:45:00Z', response: 'The decision stands.', resolvesConcern: false },
    });
    const moveOn = { type: 'ESCALATE', at: '2025-03-14T10:00:00Z', reason: 'Stage 1 did not resolve it.' };
    const answers = await Promise.all(Array.from({ length: 6 }, () => step(dsl, e.id, moveOn)));
    // Stage 2 has just opened with no response and no passed deadline: the machine will not move on again.
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const after = await dsl.get<Json>(`/api/escalations/${e.id}`);
    expect(after.body.stage).toBe(2);
    expect(after.body.pathway.events.filter((x: Json) => x.type === 'ESCALATE')).toHaveLength(1);
  });

  it('takes immediate risk as its own step, not as the old urgent flag', async () => {
    const made = await dsl.post<Json>('/api/escalations', {
      ...escalationBody(),
      againstAgencyId: world.a.frontDoorId,
      pathway: true,
      urgent: true,
    });
    expect(made.status).toBe(400);
    expect(made.body.issues[0].path).toBe('body/urgent');
  });

  it('leaves an escalation raised without the pathway as it was: no machine state, old-style steps', async () => {
    const made = await dsl.post<Json>('/api/escalations', { ...escalationBody(), againstAgencyId: world.a.frontDoorId });
    expect(made.body.pathway).toBeNull();
    const refused = await step(dsl, made.body.id, { type: 'ESCALATE', at: '2025-03-14T10:05:00Z', reason: 'x' });
    expect(refused.status).toBe(409);
    const next = await dsl.post<Json>(`/api/escalations/${made.body.id}/events`, { kind: 'stage-opened', note: 'Not agreed' });
    expect(next.body.stage).toBe(2);
  });
});
