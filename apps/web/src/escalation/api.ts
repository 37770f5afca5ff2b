/**
 * The escalation routes as the pathway pages use them: raising a disagreement on the pathway and
 * sending each step as the escalation machine's event. The server replays the events and answers
 * with the machine's state; the pages show that answer.
 */
import type { Disagreement, EscalationContext, EscalationEvent, EscalationLogEntry, EscalationStepEvent } from '@sightline/core';
import { request } from '../api/client.js';
import type { Escalation } from '../api/types.js';

/** The machine's state for an escalation, as the server replayed it. */
export interface EscalationPathway {
  input: { caseRef: string; asOf: string };
  /** Every event the server replayed, clock readings included. */
  events: EscalationEvent[];
  state: unknown;
  status: 'active' | 'done';
  stage: {
    number: number;
    name: string;
    counterpart: string;
    startedOn: string;
    deadline: string | null;
    workingDays: number | null;
    deadlinePassed: boolean;
  } | null;
  nextStageOffered: boolean;
  urgent: EscalationContext['urgent'];
  log: EscalationLogEntry[];
}

/** An escalation with the machine's state; `pathway` is null for one raised without the pathway. */
export type TrackedEscalation = Escalation & { pathway?: EscalationPathway | null };

export const escalationApi = {
  escalation: (id: string) => request<TrackedEscalation>('GET', `/api/escalations/${encodeURIComponent(id)}`),
  raise: (body: { caseId: string | null; disagreement: Disagreement; between: string; note: string }) =>
    request<TrackedEscalation>('POST', '/api/escalations', { ...body, urgent: false, pathway: true }),
  step: (id: string, event: EscalationStepEvent) =>
    request<TrackedEscalation>('POST', `/api/escalations/${encodeURIComponent(id)}/events`, { event }),
};
