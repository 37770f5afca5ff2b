/**
 * Escalations that follow the core's escalation machine. Each stored event row carries the
 * machine event it records; the server replays them (with a clock reading before each, when the
 * row was written, and one for now), refuses a new step the machine would not accept, and answers
 * with the state the machine reaches: the stage, who holds it, its deadline and what comes next.
 */
import {
  type EscalationContext,
  type EscalationEvent,
  type EscalationPathwayView,
  type EscalationStepEvent,
  escalationMachine,
  type Framework,
  replay,
  stepRefusal,
} from '@sightline/core';
import type { EscalationWithEvents, MachineEvent } from '@sightline/store';
import { dateInEngland } from '../clock.js';

/** What the machine starts from: the escalation's id and the day it was raised (the facts start blank). */
export type EscalationPathwayInput = EscalationPathwayView['input'];

/** True when the escalation was raised through the pathway (its first row carries the disagreement event). */
export function followsPathway(e: EscalationWithEvents): boolean {
  return e.events[0]?.event?.type === 'RECORD_DISAGREEMENT';
}

/** The moment an event says it happened; clock readings have no moment of their own. */
function momentOf(event: EscalationEvent): string | null {
  switch (event.type) {
    case 'RECORD_DISAGREEMENT':
    case 'ESCALATE':
      return event.at;
    case 'RECORD_CONTACT':
      return event.contact.at;
    case 'RECORD_RESPONSE':
      return event.response.at;
    case 'IMMEDIATE_RISK':
      return event.risk.at;
    case 'RECORD_URGENT_REFERRAL':
      return event.referral.at;
    case 'RESOLVE':
      return event.resolution.at;
    default:
      return null;
  }
}

/** The machine starts on the day in England the disagreement was recorded, with blank facts. */
export function pathwayInput(id: string, disagreementAt: string): EscalationPathwayInput {
  return { caseRef: id, asOf: dateInEngland(new Date(disagreementAt)) };
}

function storedEvents(e: EscalationWithEvents): EscalationEvent[] {
  return e.events.flatMap((row) => (row.event ? [row.event as MachineEvent as EscalationEvent] : []));
}

/**
 * The events to replay: before each stored step a clock reading at the moment it happened (so a
 * deadline that passed is logged in its place), then the new step, then a clock reading for now.
 */
function eventsToReplay(e: EscalationWithEvents, now: Date, next: EscalationStepEvent | null): EscalationEvent[] {
  const events: EscalationEvent[] = [];
  for (const event of [...storedEvents(e), ...(next ? [next] : [])]) {
    const at = momentOf(event);
    if (at !== null && event.type !== 'RECORD_DISAGREEMENT') events.push({ type: 'CHECK_DEADLINE', at });
    events.push(event);
  }
  events.push({ type: 'CHECK_DEADLINE', at: now.toISOString() });
  return events;
}

function inputOf(e: EscalationWithEvents): EscalationPathwayInput {
  const first = storedEvents(e)[0];
  if (first?.type !== 'RECORD_DISAGREEMENT') throw new Error('This escalation was raised without the pathway');
  return pathwayInput(e.id, first.at);
}

function run(framework: Framework, input: EscalationPathwayInput, events: EscalationEvent[]) {
  return replay(escalationMachine, { ...input, framework }, events);
}

function viewOf(
  framework: Framework,
  input: EscalationPathwayInput,
  events: EscalationEvent[],
  result: ReturnType<typeof run>,
): EscalationPathwayView {
  const { snapshot } = result;
  const c = snapshot.context;
  const stage = c.stage;
  return {
    input,
    events,
    state: snapshot.value,
    status: snapshot.status === 'done' ? 'done' : 'active',
    stage: stage
      ? {
          number: stage.number,
          name: stage.name,
          counterpart: stage.counterpart,
          startedOn: stage.startedOn,
          deadline: stage.deadline,
          workingDays: framework.escalationStages[stage.number - 1]?.workingDays ?? null,
          deadlinePassed: stage.deadlinePassed,
        }
      : null,
    nextStageOffered: snapshot.hasTag('next-stage-offered'),
    urgent: c.urgent,
    log: c.log,
  };
}

/** The machine's state for a stored escalation, or null when it was raised without the pathway. */
export function escalationPathway(framework: Framework, e: EscalationWithEvents, now: Date): EscalationPathwayView | null {
  if (!followsPathway(e)) return null;
  const input = inputOf(e);
  const events = eventsToReplay(e, now, null);
  return viewOf(framework, input, events, run(framework, input, events));
}

/**
 * Replays the stored events and then `step`. Returns the machine's state after the step, or the
 * reason it was refused (the step had no effect, or the escalation is resolved).
 */
export function takeStep(
  framework: Framework,
  e: EscalationWithEvents,
  step: EscalationStepEvent,
  now: Date,
): { ok: true; context: EscalationContext; view: EscalationPathwayView } | { ok: false; reason: string } {
  const input = inputOf(e);
  const events = eventsToReplay(e, now, step);
  const result = run(framework, input, events);
  // The step sits just before the closing clock reading.
  const refused = result.refused.find((r) => r.index === events.length - 2);
  if (refused)
    return { ok: false, reason: refused.reason === 'finished' ? 'This escalation is resolved' : stepRefusal(step.type) };
  return { ok: true, context: result.snapshot.context, view: viewOf(framework, input, events, result) };
}

/** Opens an escalation on the pathway: the machine's state once the disagreement is recorded at `now`. */
export function raiseOnPathway(
  framework: Framework,
  id: string,
  event: Extract<EscalationEvent, { type: 'RECORD_DISAGREEMENT' }>,
): EscalationContext | null {
  const result = run(framework, pathwayInput(id, event.at), [event]);
  return result.refused.length > 0 ? null : result.snapshot.context;
}
