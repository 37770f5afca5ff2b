/**
 * The contact machine, running in the browser. It is rebuilt from the draft's events when the
 * contact opens; each accepted event is appended to the draft (the server replays the same list).
 * Pages ask it which state it is in and send it the step's events; it decides what comes next.
 */
import type { Framework } from '@sightline/core';
import { useSelector } from '@xstate/react';
import { type Actor, createActor, getNextSnapshot } from 'xstate';
import { type ContactEvent, contactMachine } from '../machines.js';
import type { DraftStore } from '../drafts/store.js';
import type { ContactDraft } from './draft.js';
import { type ContactPage, type ContactState, pagesOfState, stateOfPage, stateOrder } from './flow.js';

export type ContactActor = Actor<typeof contactMachine>;

/** Starts the machine for a draft and replays its events. */
export function startPathway(draft: ContactDraft, framework: Framework, caseRef: string): ContactActor {
  const actor = createActor(contactMachine, {
    input: { caseRef, framework, asOf: draft.facts.asOf ?? new Date().toISOString().slice(0, 10) },
  });
  actor.start();
  for (const event of draft.events) actor.send(event as ContactEvent);
  return actor;
}

/** The machine's state as one of our state names. */
export function stateOf(actor: ContactActor): ContactState {
  return actor.getSnapshot().value as ContactState;
}

/** The state the machine is in, re-rendering when it changes. */
export function usePathwayState(actor: ContactActor): ContactState {
  return useSelector(actor, (s) => s.value as ContactState);
}

/**
 * Sends events in order; each one the machine accepts is appended to the draft. Stops at the
 * first event it refuses and returns false.
 */
export function sendAll(actor: ContactActor, store: DraftStore<ContactDraft>, events: readonly ContactEvent[]): boolean {
  for (const event of events) {
    const before = actor.getSnapshot();
    actor.send(event);
    if (actor.getSnapshot() === before) return false;
    store.update((d) => ({ ...d, events: [...d.events, event] }));
  }
  return true;
}

/** Where Back goes from a page: the previous page of the same state, or the page the machine's BACK leads to. */
export function backTarget(actor: ContactActor, page: ContactPage): { page: ContactPage | null; viaMachine: boolean } {
  const state = stateOfPage(page);
  const pages = pagesOfState[state];
  const i = pages.indexOf(page);
  if (i > 0) return { page: pages[i - 1] ?? null, viaMachine: false };
  const next = getNextSnapshot(contactMachine, actor.getSnapshot(), { type: 'BACK' });
  if (next === actor.getSnapshot() || next.value === actor.getSnapshot().value) return { page: null, viaMachine: false };
  const target = next.value as ContactState;
  return { page: pagesOfState[target].at(-1) ?? null, viaMachine: true };
}

/** True when `a` comes before `b` in the pathway. */
export function isEarlier(a: ContactState, b: ContactState): boolean {
  return stateOrder.indexOf(a) < stateOrder.indexOf(b);
}

/**
 * Brings the machine to the state of a page the person asked for (the browser's Back button, a
 * task list link, a Change link): back step by step for an earlier page, or CHANGE from check
 * your answers. Returns false when the page cannot be reached (it is later than the machine).
 */
export function moveTo(actor: ContactActor, store: DraftStore<ContactDraft>, page: ContactPage): boolean {
  const want = stateOfPage(page);
  if (stateOf(actor) === want) return true;
  if (!isEarlier(want, stateOf(actor))) return false;
  if (stateOf(actor) === 'checkAnswers' && want !== 'analysis' && want !== 'decision') {
    const step = want === 'who' ? 'who' : want;
    if (sendAll(actor, store, [{ type: 'CHANGE', step: step as Extract<ContactEvent, { type: 'CHANGE' }>['step'] }]))
      return stateOf(actor) === want;
  }
  for (let guard = 0; guard < stateOrder.length && stateOf(actor) !== want; guard++) {
    if (!sendAll(actor, store, [{ type: 'BACK' }])) return false;
  }
  return stateOf(actor) === want;
}

/**
 * The events the server replays for a decision: the straight path the final answers take through
 * the machine (each step's answers, then NEXT), plus the urgent steps if the machine asks for them,
 * stopping at the decision step (the server records the decision itself). Going back and forth,
 * which the draft's own event list keeps, is left out.
 */
export function pathToDecision(
  draft: ContactDraft,
  framework: Framework,
  caseRef: string,
): { events: ContactEvent[]; reached: ContactState } {
  const actor = createActor(contactMachine, {
    input: { caseRef, framework, asOf: draft.facts.asOf ?? new Date().toISOString().slice(0, 10) },
  });
  actor.start();
  const accepted: ContactEvent[] = [];
  const send = (event: ContactEvent) => {
    const before = actor.getSnapshot();
    actor.send(event);
    if (actor.getSnapshot() !== before) accepted.push(event);
  };
  const f = draft.facts;
  send({ type: 'RECORD_WHO', child: f.child, household: f.household });
  send({ type: 'NEXT' });
  for (const check of f.historyChecks ?? []) send({ type: 'RECORD_HISTORY_CHECK', check });
  send({ type: 'RECORD_HISTORY', history: f.history });
  send({ type: 'NEXT' });
  send({ type: 'RECORD_CONCERNS', concerns: f.currentConcerns });
  send({ type: 'NEXT' });
  send({ type: 'RECORD_MEASURES', measures: f.measures });
  send({ type: 'NEXT' });
  send({ type: 'RECORD_CHILDS_VOICE', entries: f.childsVoice });
  send({ type: 'NEXT' });
  send({
    type: 'RECORD_PARENTS',
    household: f.household,
    parentalEngagement: f.parentalEngagement,
    professionalContext: f.professionalContext,
  });
  send({ type: 'NEXT' });
  if (f.consent) send({ type: 'RECORD_CONSENT', consent: f.consent });
  send({ type: 'NEXT' });
  send({ type: 'NEXT' });
  const last = <T extends ContactEvent['type']>(type: T) =>
    draft.events.filter((e) => e.type === type).at(-1) as Extract<ContactEvent, { type: T }> | undefined;
  for (let guard = 0; guard < 2; guard++) {
    const state = actor.getSnapshot().value as ContactState;
    const urgent =
      state === 'immediateProtection'
        ? last('RECORD_IMMEDIATE_PROTECTION')
        : state === 'immediateSafetyPlan'
          ? last('RECORD_SAFETY_PLAN')
          : undefined;
    if (!urgent) break;
    send(urgent);
    send({ type: 'NEXT' });
  }
  const reached = actor.getSnapshot().value as ContactState;
  actor.stop();
  return { events: accepted, reached };
}
