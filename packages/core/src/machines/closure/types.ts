/** The closure review: before a case is stepped down or closed. Steps, events, context and outcome. */
import { z } from 'zod';
import type { Decision, SignOff } from '../../record/decision-record.js';
import { historyCheckSchema } from '../../schema/case.js';
import { actorSchema, isoDateSchema, type Participant, participantSchema, writtenTextSchema } from '../common/payloads.js';
import type { PathwayOutcome } from '../common/record-input.js';
import type { PathwayContext, PathwayInput } from '../common/stamp.js';

export const CLOSURE_MACHINE_ID = 'sightline.closure-review';
/** Bump whenever steps, events or context change meaning: saved snapshots of another version are refused. */
export const CLOSURE_MACHINE_VERSION = '1.0.0';

const agencies = (participants: readonly Participant[]) => new Set(participants.map((p) => p.agency)).size;

/** The multi-agency review: who took part (two agencies at least) and what it found. */
export const reviewMeetingSchema = z
  .strictObject({ at: isoDateSchema, participants: z.array(participantSchema), summary: writtenTextSchema })
  .refine((m) => agencies(m.participants) >= 2, {
    error: 'A multi-agency review needs at least two agencies',
    path: ['participants'],
  });
export type ReviewMeeting = z.infer<typeof reviewMeetingSchema>;

/** The child seen, and their views in their own words (or, for a child who does not speak, what was observed of their daily life). */
export const childSeenSchema = z.strictObject({
  at: isoDateSchema,
  seenBy: writtenTextSchema,
  seenAlone: z.boolean(),
  how: z.enum(['own-words', 'observation']),
  views: writtenTextSchema,
});
export type ChildSeen = z.infer<typeof childSeenSchema>;

/** The history reviewed before closing: a summary and the checks made. */
export const historyReviewSchema = z.strictObject({
  at: isoDateSchema,
  summary: writtenTextSchema,
  checks: z.array(historyCheckSchema).min(1, { error: 'Record at least one history check' }),
});
export type HistoryReview = z.infer<typeof historyReviewSchema>;

/** The decision to close or step down, with its reason (always required: nothing closes silently). */
export const closureDecisionSchema = z.strictObject({
  kind: z.enum(['close', 'step-down']),
  /** The level after closure, on the case's own scale (a contact level, or nfa/cin-plan for a plan). */
  levelId: z.string().min(1),
  /** Who carries on with the family after a step-down. */
  stepDownTo: z.string().max(400).nullable(),
  reason: writtenTextSchema,
  analysis: writtenTextSchema,
  by: actorSchema,
});
export type ClosureDecisionInput = z.infer<typeof closureDecisionSchema>;

export type ClosureEvent =
  | { type: 'RECORD_REVIEW_MEETING'; meeting: ReviewMeeting }
  | { type: 'RECORD_CHILD_SEEN'; visit: ChildSeen }
  | { type: 'RECORD_HISTORY_REVIEW'; review: HistoryReview }
  | { type: 'DECIDE'; decision: ClosureDecisionInput }
  | { type: 'SIGN_OFF'; signOff: SignOff }
  | { type: 'NEXT' }
  | { type: 'BACK' };

export type ClosureInput = PathwayInput;

export interface ClosureContext extends PathwayContext {
  meeting: ReviewMeeting | null;
  childSeen: ChildSeen | null;
  historyReview: HistoryReview | null;
  kind: ClosureDecisionInput['kind'] | null;
  stepDownTo: string | null;
  /** The reason to close or step down, always written. */
  reason: string | null;
  decision: Decision | null;
  signOff: SignOff | null;
  returnedSignOffs: SignOff[];
}

export interface ClosureResult {
  kind: ClosureDecisionInput['kind'];
  stepDownTo: string | null;
  reason: string;
  decision: Decision;
  meeting: ReviewMeeting;
  childSeen: ChildSeen;
  historyReview: HistoryReview;
  signOff: SignOff;
}

export type ClosureOutcome = PathwayOutcome<ClosureResult>;
