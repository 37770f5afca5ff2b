/** The escalation pathway (resolving a professional disagreement): events, context and outcome. */
import { z } from 'zod';
import type { Decision } from '../../record/decision-record.js';
import type { Disagreement, EscalationStageNumber } from '../../schema/case.js';
import {
  actorSchema,
  isoDateOrDateTimeSchema,
  isoDateTimeSchema,
  participantSchema,
  writtenTextSchema,
} from '../common/payloads.js';
import type { PathwayOutcome } from '../common/record-input.js';
import type { PathwayContext, PathwayInput } from '../common/stamp.js';

export const ESCALATION_MACHINE_ID = 'sightline.escalation';
/** Bump whenever steps, events or context change meaning: saved snapshots of another version are refused. */
export const ESCALATION_MACHINE_VERSION = '1.0.0';

/** The instruction shown while an urgent referral is outstanding. */
export const URGENT_REFERRAL_INSTRUCTION =
  'The child may be at immediate risk. Make an urgent referral to children’s social care now, or call the police on 999 if the child is in danger right now. Do not wait for the escalation: it carries on at the same time.';

/** Someone contacted about the disagreement: who, when, how and what was said. */
export const stageContactSchema = z.strictObject({
  with: participantSchema,
  at: isoDateTimeSchema,
  method: z.enum(['phone', 'email', 'meeting', 'letter', 'other']),
  summary: writtenTextSchema,
});
export type StageContact = z.infer<typeof stageContactSchema>;

/** The response to the challenge at this stage, and whether it resolves the concern. */
export const stageResponseSchema = z.strictObject({
  from: participantSchema,
  at: isoDateTimeSchema,
  response: writtenTextSchema,
  resolvesConcern: z.boolean(),
});
export type StageResponse = z.infer<typeof stageResponseSchema>;

/** What happened today that puts the child at immediate risk. */
export const immediateRiskSchema = z.strictObject({
  at: isoDateTimeSchema,
  detail: writtenTextSchema,
  reportedBy: writtenTextSchema,
});
export type ImmediateRisk = z.infer<typeof immediateRiskSchema>;

/** The urgent referral (or call to the police) that was made. */
export const urgentReferralSchema = z.strictObject({
  to: z.enum(['childrens-social-care', 'police', 'both']),
  at: isoDateTimeSchema,
  reference: z.string().max(200).nullable(),
  detail: writtenTextSchema,
});
export type UrgentReferral = z.infer<typeof urgentReferralSchema>;

/** How the disagreement ended. */
export const resolutionSchema = z.strictObject({
  at: isoDateTimeSchema,
  outcome: z.enum(['decision-changed', 'decision-upheld-and-accepted', 'decided-by-partnership']),
  detail: writtenTextSchema,
  by: actorSchema,
});
export type Resolution = z.infer<typeof resolutionSchema>;

export const escalateSchema = z.strictObject({ at: isoDateTimeSchema, reason: writtenTextSchema });
export const checkDeadlineSchema = z.strictObject({ at: isoDateOrDateTimeSchema });

/** The stage the disagreement is at, with its deadline. */
export interface CurrentStage {
  number: EscalationStageNumber;
  name: string;
  counterpart: string;
  startedOn: string;
  /** Null when the start is unknown or outside the calendar. */
  deadline: string | null;
  deadlinePassed: boolean;
  responses: StageResponse[];
}

export interface EscalationLogEntry {
  stage: EscalationStageNumber | null;
  kind:
    | 'stage-started'
    | 'contacted'
    | 'response'
    | 'deadline-passed'
    | 'escalated'
    | 'immediate-risk'
    | 'urgent-referral'
    | 'resolved';
  at: string;
  text: string;
}

export interface UrgentReferralState {
  status: 'pending' | 'made';
  /** Where the risk came from: an IMMEDIATE_RISK event, or the assessment of the facts. */
  source: 'event' | 'assessment';
  raisedAt: string;
  detail: string;
  instruction: string;
  referral: UrgentReferral | null;
}

export type EscalationEvent =
  | { type: 'RECORD_DISAGREEMENT'; disagreement: Disagreement; at: string }
  | { type: 'RECORD_CONTACT'; contact: StageContact }
  | { type: 'RECORD_RESPONSE'; response: StageResponse }
  | { type: 'CHECK_DEADLINE'; at: string }
  | { type: 'TICK'; at: string }
  | { type: 'ESCALATE'; at: string; reason: string }
  | { type: 'IMMEDIATE_RISK'; risk: ImmediateRisk }
  | { type: 'RECORD_URGENT_REFERRAL'; referral: UrgentReferral }
  | { type: 'RESOLVE'; resolution: Resolution };

export type EscalationInput = PathwayInput;

export interface EscalationContext extends PathwayContext {
  disagreement: Disagreement | null;
  stage: CurrentStage | null;
  log: EscalationLogEntry[];
  urgent: UrgentReferralState | null;
  /** Urgent referrals already made, oldest first. */
  urgentHistory: UrgentReferralState[];
  resolution: Resolution | null;
}

export interface EscalationResult {
  resolution: Resolution;
  stageReached: CurrentStage;
  disagreement: Disagreement;
  log: EscalationLogEntry[];
  urgentReferrals: UrgentReferralState[];
  decision: Decision;
}

export type EscalationOutcome = PathwayOutcome<EscalationResult>;

/**
 * An escalation's state as a server answers with it after replaying its stored events through the
 * machine: what the machine started from (the escalation's id and the day it was raised), the
 * events (clock readings included, so a client replaying them reaches the same state) and what they
 * add up to: the stage, who holds it, its deadline and what comes next.
 */
export interface EscalationPathwayView {
  input: { caseRef: string; asOf: string };
  events: EscalationEvent[];
  /** The machine's state value (xstate's `StateValue`). */
  state: unknown;
  status: 'active' | 'done';
  stage: {
    number: number;
    name: string;
    /** Who holds the stage. */
    counterpart: string;
    startedOn: string;
    deadline: string | null;
    workingDays: number | null;
    deadlinePassed: boolean;
  } | null;
  /** The deadline passed and a further stage exists. */
  nextStageOffered: boolean;
  urgent: EscalationContext['urgent'];
  log: EscalationLogEntry[];
}

/** True for an ISO 8601 date and time with an offset. */
export const isoDateTimeGuard = (value: unknown) => isoDateTimeSchema.safeParse(value).success;
