/**
 * The escalation routes as the pathway pages use them: raising a disagreement on the pathway and
 * sending each step as the escalation machine's event. The server replays the events and answers
 * with the machine's state; the pages show that answer.
 */
import type { Disagreement, EscalationPathwayView, EscalationStepEvent } from '@sightline/core';
import { request } from '../api/client.js';
import type { Escalation } from '../api/types.js';

/** The machine's state for an escalation, as the server replayed it. */
export type EscalationPathway = EscalationPathwayView;

/** An escalation with the machine's state; `pathway` is null for one raised without the pathway. */
export type TrackedEscalation = Escalation & { pathway?: EscalationPathway | null };

export const escalationApi = {
  escalation: (id: string) => request<TrackedEscalation>('GET', `/api/escalations/${encodeURIComponent(id)}`),
  raise: (body: { caseId: string | null; disagreement: Disagreement; between: string; note: string }) =>
    request<TrackedEscalation>('POST', '/api/escalations', { ...body, urgent: false, pathway: true }),
  step: (id: string, event: EscalationStepEvent) =>
    request<TrackedEscalation>('POST', `/api/escalations/${encodeURIComponent(id)}/events`, { event }),
};
