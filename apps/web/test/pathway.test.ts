import { englandFramework } from '@sightline/core';
import { describe, expect, it } from 'vitest';
import { type ContactDraft, newContactDraftBody } from '../src/contact/draft.js';
import { emptyContactFacts } from '../src/contact/empty-facts.js';
import { backTarget, moveTo, sendAll, startPathway, stateOf } from '../src/contact/pathway.js';
import { contactSteps } from '../src/contact/steps/index.js';
import { DraftStore } from '../src/drafts/store.js';
import { scenarioFacts } from './scenarios.js';

function newStore(): DraftStore<ContactDraft> {
  const facts = emptyContactFacts('2017-10-31');
  const draft: ContactDraft = { ...newContactDraftBody(facts, new Date('2017-10-31T09:00:00Z')), version: 1 };
  return new DraftStore(draft, { key: 'test', storage: window.localStorage, save: async (d) => ({ version: d.version + 1 }) });
}

/** Answers every question page from a scenario's facts, as a worker would, through the machine. */
function answerAll(store: DraftStore<ContactDraft>, facts = scenarioFacts('S07')) {
  const actor = startPathway(store.getSnapshot().draft, englandFramework, 'case-1');
  const withChecks = {
    ...facts,
    historyChecks: [{ source: 'own-records' as const, status: 'done' as const, detail: 'No previous contacts' }],
    consent: { status: 'not-sought' as const, detail: 'Child may be at risk of significant harm' },
  };
  for (const id of ['child', 'history', 'concerns', 'measures', 'voice', 'household', 'engagement', 'consent'] as const) {
    const step = contactSteps[id];
    expect(sendAll(actor, store, step.events(withChecks)), id).toBe(true);
    if (step.advances) expect(sendAll(actor, store, [{ type: 'NEXT' }]), `${id} NEXT`).toBe(true);
  }
  return actor;
}

describe('the contact pathway in the browser', () => {
  it('walks the core machine through every question page to the analysis, recording each event in the draft', () => {
    const store = newStore();
    const actor = answerAll(store);
    expect(stateOf(actor)).toBe('analysis');
    const events = store.getSnapshot().draft.events.map((e) => e.type);
    expect(events[0]).toBe('RECORD_WHO');
    expect(events).toContain('RECORD_HISTORY_CHECK');
    expect(events.at(-1)).toBe('NEXT');
  });

  it('rebuilds the same state from the draft’s events when the contact is opened again', () => {
    const store = newStore();
    answerAll(store);
    const again = startPathway(store.getSnapshot().draft, englandFramework, 'case-1');
    expect(stateOf(again)).toBe('analysis');
  });

  it('will not leave the history checks until our own records are checked (invariant 4)', () => {
    const store = newStore();
    const actor = startPathway(store.getSnapshot().draft, englandFramework, 'case-1');
    const facts = scenarioFacts('S07');
    sendAll(actor, store, contactSteps.child.events(facts));
    sendAll(actor, store, [{ type: 'NEXT' }]);
    expect(stateOf(actor)).toBe('historyChecks');
    expect(sendAll(actor, store, [{ type: 'NEXT' }])).toBe(false);
    expect(stateOf(actor)).toBe('historyChecks');
  });

  it('goes back a page inside a step without the machine, and across steps with it', () => {
    const store = newStore();
    const actor = answerAll(store);
    expect(backTarget(actor, 'engagement')).toEqual({ page: 'household', viaMachine: false });
    expect(backTarget(actor, 'analysis')).toEqual({ page: 'consent', viaMachine: true });
  });

  it('walks back to an earlier page asked for (the browser’s Back button), keeping every answer', () => {
    const store = newStore();
    const actor = answerAll(store);
    const before = store.getSnapshot().draft.facts;
    expect(moveTo(actor, store, 'concerns')).toBe(true);
    expect(stateOf(actor)).toBe('concerns');
    expect(store.getSnapshot().draft.facts).toBe(before);
    expect(moveTo(actor, store, 'decision')).toBe(false);
  });
});
