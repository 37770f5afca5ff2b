/**
 * The escalation pathway in the browser: the core's escalation machine rebuilt from the events the
 * server replayed, so the browser stands where the server does. The machine decides which step
 * page comes next and which steps are open; the server has the last word on each step sent.
 */
import { type EscalationEvent, type EscalationStepEvent, escalationMachine, type Framework } from '@sightline/core';
import { type Actor, createActor, type SnapshotFrom } from 'xstate';
import type { EscalationPathway } from './api.js';

export type EscalationActor = Actor<typeof escalationMachine>;
export type EscalationSnapshot = SnapshotFrom<typeof escalationMachine>;

/** The pages of the escalation pathway, one per step, as they appear in the URL. */
export type EscalationStep = 'contact' | 'response' | 'next-stage' | 'resolve' | 'immediate-risk' | 'urgent-referral';

export const escalationSteps: readonly EscalationStep[] = [
  'contact',
  'response',
  'next-stage',
  'resolve',
  'immediate-risk',
  'urgent-referral',
];

/** True for a path segment that names a step page. */
export function isEscalationStep(segment: string | null): segment is EscalationStep {
  return segment !== null && (escalationSteps as readonly string[]).includes(segment);
}

/** Starts the machine where the server's replay left it. */
export function startEscalation(
  framework: Framework,
  input: { caseRef: string; asOf: string },
  events: readonly EscalationEvent[],
) {
  const actor = createActor(escalationMachine, { input: { ...input, framework } });
  actor.start();
  for (const event of events) actor.send(event);
  return actor;
}

/** The machine before anything is recorded, for the page that records the disagreement. */
export function startNewEscalation(framework: Framework, today: string): EscalationActor {
  return startEscalation(framework, { caseRef: 'new-escalation', asOf: today }, []);
}

/** The escalation's actor from the server's answer. */
export function actorFromPathway(framework: Framework, pathway: EscalationPathway): EscalationActor {
  return startEscalation(framework, pathway.input, pathway.events);
}

const sampleAt = (now: Date) => now.toISOString();

/** A step of each kind with placeholder answers, to ask the machine's guards whether that kind of step is open now. */
function sampleStep(step: EscalationStep, now: Date): EscalationStepEvent {
  const at = sampleAt(now);
  const someone = { role: 'someone', agency: 'other' } as const;
  switch (step) {
    case 'contact':
      return { type: 'RECORD_CONTACT', contact: { with: someone, at, method: 'phone', summary: 'A conversation.' } };
    case 'response':
      return { type: 'RECORD_RESPONSE', response: { from: someone, at, response: 'A response.', resolvesConcern: false } };
    case 'next-stage':
      return { type: 'ESCALATE', at, reason: 'A reason.' };
    case 'resolve':
      return {
        type: 'RESOLVE',
        resolution: { at, outcome: 'decision-changed', detail: 'Resolved.', by: { userId: 'someone', role: 'someone' } },
      };
    case 'immediate-risk':
      return { type: 'IMMEDIATE_RISK', risk: { at, detail: 'A risk.', reportedBy: 'someone' } };
    case 'urgent-referral':
      return { type: 'RECORD_URGENT_REFERRAL', referral: { to: 'police', at, reference: null, detail: 'A referral.' } };
  }
}

/** The steps the machine would take now, in page order. */
export function openSteps(snapshot: EscalationSnapshot, now: Date): EscalationStep[] {
  if (snapshot.status !== 'active' || snapshot.context.stage === null) return [];
  return escalationSteps.filter((step) => snapshot.can(sampleStep(step, now)));
}

/** How many conversations have been recorded in the current stage. */
function contactsThisStage(snapshot: EscalationSnapshot): number {
  const { log, stage } = snapshot.context;
  if (!stage) return 0;
  const started = log.findLastIndex((e) => e.kind === 'stage-started' && e.stage === stage.number);
  return log.slice(started + 1).filter((e) => e.kind === 'contacted').length;
}

/**
 * The page that comes next. An urgent referral that is due comes first; then, in each stage, the
 * conversation with the person who holds it, its outcome, and on from there: the next stage when
 * the machine opens it after a passed deadline or a response that did not resolve it,
 * or recording the resolution once a response resolves the concern or at the last stage.
 * Null when there is nothing more to do (resolved, or not yet raised).
 */
export function nextStep(snapshot: EscalationSnapshot, now: Date): EscalationStep | null {
  const open = openSteps(snapshot, now);
  const stage = snapshot.context.stage;
  if (!stage || open.length === 0) return null;
  if (open.includes('urgent-referral')) return 'urgent-referral';
  const responses = stage.responses;
  if (responses.some((r) => r.resolvesConcern) && open.includes('resolve')) return 'resolve';
  // Immediate risk also opens the next stage at once; it is offered on the tracker rather than sent to.
  const movedOnFor = snapshot.hasTag('next-stage-offered') || responses.length > 0;
  if (movedOnFor && open.includes('next-stage')) return 'next-stage';
  if (responses.length > 0 && open.includes('resolve')) return 'resolve';
  return contactsThisStage(snapshot) === 0 ? 'contact' : 'response';
}

/** Whether the machine takes this step now (the server replays it again and has the last word). */
export function accepts(snapshot: EscalationSnapshot, event: EscalationStepEvent | EscalationEvent): boolean {
  return snapshot.status === 'active' && snapshot.can(event);
}
