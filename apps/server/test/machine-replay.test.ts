/**
 * When the web app drives the pathway machine, the server replays the stored events itself: the
 * decision is accepted only where the machine accepts it, and the facts the machine arrives at are
 * what gets assessed and sealed.
 */
import type { CaseFacts } from '@sightline/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type Json } from './client.js';
import { contactFacts } from './fixtures.js';
import { createWorld, type World } from './world.js';

let world: World;
let duty: Client;

beforeAll(async () => {
  world = await createWorld();
  duty = await Client.signIn(world.app, 'duty');
});
afterAll(async () => {
  await world.close();
});

/** The question pages of the contact pathway, as the web app sends them. */
function contactEvents(facts: CaseFacts): Json[] {
  return [
    { type: 'RECORD_WHO', child: facts.child, household: facts.household },
    { type: 'NEXT' },
    { type: 'RECORD_HISTORY_CHECK', check: { source: 'own-records', status: 'done', detail: 'Our records checked.' } },
    { type: 'NEXT' },
    { type: 'RECORD_CONCERNS', concerns: facts.currentConcerns },
    { type: 'NEXT' },
    { type: 'RECORD_MEASURES', measures: facts.measures },
    { type: 'NEXT' },
    { type: 'RECORD_CHILDS_VOICE', entries: facts.childsVoice },
    { type: 'NEXT' },
    {
      type: 'RECORD_PARENTS',
      household: facts.household,
      parentalEngagement: facts.parentalEngagement,
      professionalContext: facts.professionalContext,
    },
    { type: 'NEXT' },
    { type: 'RECORD_CONSENT', consent: { status: 'given', detail: 'Mother agreed to the referral.' } },
    { type: 'NEXT' },
    { type: 'NEXT' },
  ];
}

async function decide(caseId: string, key: string, value = '4+') {
  return duty.post<Json>(
    `/api/cases/${caseId}/decisions`,
    { caseVersion: 1, value, analysis: 'Strategy discussion today.' },
    { 'idempotency-key': key },
  );
}

describe('replaying the pathway machine', () => {
  it('accepts a decision the machine reaches, seals the facts the events recorded and stamps the machine', async () => {
    const facts = contactFacts();
    const made = await duty.post<Json>('/api/cases', { facts, events: contactEvents(facts) });
    expect(made.status).toBe(201);
    const decided = await decide(made.body.id, 'replay-ok-0001');
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(decided.body.record.machine).toEqual({ id: 'sightline.contact', version: expect.any(String) });
    expect(decided.body.record.facts.consent).toEqual({ status: 'given', detail: 'Mother agreed to the referral.' });
  });

  it('refuses a decision before the machine reaches the decision step', async () => {
    const facts = contactFacts({ historyChecks: [] });
    const events = contactEvents(facts).slice(0, 2); // who, then stops before the history checks
    const made = await duty.post<Json>('/api/cases', { facts, events });
    const answer = await decide(made.body.id, 'replay-early-01');
    expect(answer.status).toBe(409);
    expect(answer.body.reason).toBe('not-ready-to-decide');
    expect(answer.body.refused.state).toBe('historyChecks');
  });

  it('names the first event the machine refuses', async () => {
    const facts = contactFacts();
    const events = [{ type: 'NEXT' }, ...contactEvents(facts)];
    const made = await duty.post<Json>('/api/cases', { facts: { ...facts, child: { ...facts.child, label: '' } }, events });
    expect(made.status).toBe(400);
    expect(made.body.issues[0].path).toBe('body/facts/child/label');
    const valid = await duty.post<Json>('/api/cases', {
      facts: { ...facts, historyChecks: [] },
      events: [{ type: 'BACK' }, ...contactEvents(facts)],
    });
    const answer = await decide(valid.body.id, 'replay-bad-0001');
    expect(answer.status).toBe(409);
    expect(answer.body.reason).toBe('machine-refused');
    expect(answer.body.refused).toMatchObject({ index: 0, type: 'BACK' });
  });
});
