/**
 * The protection pathway in the browser: the core's protection machine (strategy discussion,
 * section 47 outcome, conference, immediate safety plan, decision, plan) rebuilt from the events
 * kept in a draft beside the cin-cp case. The machine decides which page comes next.
 */
import { type CaseFacts, type Framework, type ProtectionEvent, protectionMachine } from '@sightline/core';
import { type Actor, createActor } from 'xstate';

export const PROTECTION_FORMAT = 'sightline.protection/2';

export interface ProtectionBody {
  format: typeof PROTECTION_FORMAT;
  caseId: string;
  /** The machine's accepted events, in order. */
  events: ProtectionEvent[];
  decisionId: string | null;
  updatedAt: string;
}

export type ProtectionActor = Actor<typeof protectionMachine>;

export type ProtectionState =
  | 'strategyDiscussion'
  | 's47Outcome'
  | 'conference'
  | 'immediateSafetyPlan'
  | 'decision'
  | 'plan'
  | 'signOff'
  | 'done';

/** The page of each state, as it appears in the URL. */
export const protectionPages: Record<ProtectionState, string> = {
  strategyDiscussion: 'strategy',
  s47Outcome: 's47',
  conference: 'conference',
  immediateSafetyPlan: 'safety-plan',
  decision: 'decision',
  plan: 'plan',
  signOff: 'send',
  done: 'send',
};

/** The states in pathway order. */
export const protectionOrder: readonly ProtectionState[] = [
  'strategyDiscussion',
  's47Outcome',
  'conference',
  'immediateSafetyPlan',
  'decision',
  'plan',
  'signOff',
  'done',
];

/** True when a draft body is a protection pathway of this version. */
export function isProtection(body: unknown): body is ProtectionBody {
  return typeof body === 'object' && body !== null && (body as { format?: unknown }).format === PROTECTION_FORMAT;
}

/** Starts the machine on the case's facts and replays the draft's events. */
export function startProtection(
  facts: CaseFacts,
  framework: Framework,
  caseRef: string,
  events: readonly ProtectionEvent[],
): ProtectionActor {
  const actor = createActor(protectionMachine, {
    input: { caseRef, framework, asOf: facts.asOf ?? new Date().toISOString().slice(0, 10), facts },
  });
  actor.start();
  for (const event of events) actor.send(event);
  return actor;
}

/** The machine's state. */
export function protectionState(actor: ProtectionActor): ProtectionState {
  return actor.getSnapshot().value as ProtectionState;
}

/** Sends events; returns those the machine accepted, stopping at the first it refuses (null then). */
export function sendProtection(actor: ProtectionActor, events: readonly ProtectionEvent[]): ProtectionEvent[] | null {
  const accepted: ProtectionEvent[] = [];
  for (const event of events) {
    const before = actor.getSnapshot();
    actor.send(event);
    if (actor.getSnapshot() === before) return null;
    accepted.push(event);
  }
  return accepted;
}

/**
 * The events the server replays: the straight path the last answers take to the decision step (the
 * server records the decision itself), leaving out going back and forth.
 */
export function protectionPathToDecision(
  facts: CaseFacts,
  framework: Framework,
  caseRef: string,
  events: readonly ProtectionEvent[],
): { events: ProtectionEvent[]; reached: ProtectionState } {
  const actor = startProtection(facts, framework, caseRef, []);
  const accepted: ProtectionEvent[] = [];
  const last = (type: ProtectionEvent['type']) => events.filter((e) => e.type === type).at(-1);
  for (const type of ['RECORD_STRATEGY_DISCUSSION', 'RECORD_S47_OUTCOME', 'RECORD_CONFERENCE', 'RECORD_SAFETY_PLAN'] as const) {
    if (protectionState(actor) === 'decision') break;
    const event = last(type);
    if (!event) continue;
    const done = sendProtection(actor, [event, { type: 'NEXT' }]);
    if (done) accepted.push(...done);
  }
  const reached = protectionState(actor);
  actor.stop();
  return { events: accepted, reached };
}
