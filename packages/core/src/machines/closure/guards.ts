/** What the closure review checks before it moves on. Pure functions of the context (and the event's payload). */
import type { Decision } from '../../record/decision-record.js';
import { decisionFrom } from '../common/decision.js';
import { isValid } from '../common/payloads.js';
import {
  type ClosureContext,
  type ClosureDecisionInput,
  childSeenSchema,
  closureDecisionSchema,
  historyReviewSchema,
  reviewMeetingSchema,
} from './types.js';

export const meetingAcceptable = (m: unknown) => isValid(reviewMeetingSchema, m);
export const childSeenAcceptable = (v: unknown) => isValid(childSeenSchema, v);
export const historyReviewAcceptable = (r: unknown) => isValid(historyReviewSchema, r);

/** The DECIDE payload as the shared decision step reads it. */
export function asDecideInput(input: ClosureDecisionInput) {
  return { levelId: input.levelId, analysis: input.analysis, reason: input.reason, by: input.by };
}

/**
 * The decision record's decision for a closure: the reason to close or step down is always part of
 * the analysis, and is the override reason only when the choice is below the recommendation.
 */
export function closureDecision(c: ClosureContext, input: ClosureDecisionInput): Decision | null {
  const decision = decisionFrom(c, asDecideInput(input));
  if (decision === null) return null;
  const why = input.kind === 'close' ? 'Reason to close' : `Reason to step down to ${input.stepDownTo ?? ''}`;
  return {
    ...decision,
    analysis: `${input.analysis}\n\n${why}: ${input.reason}`,
    overrideReason: decision.belowRecommendation ? input.reason : null,
  };
}

/**
 * A closure decision: well formed, on the case's scale, with its reason (always), and naming who
 * carries on when the case is stepped down.
 */
export function closureDecisionAcceptable(c: ClosureContext, payload: unknown): boolean {
  if (!isValid(closureDecisionSchema, payload)) return false;
  const input = payload as ClosureDecisionInput;
  if (input.kind === 'step-down' && (input.stepDownTo === null || input.stepDownTo.trim() === '')) return false;
  return closureDecision(c, input) !== null;
}

export const everythingReviewed = (c: ClosureContext) => c.meeting !== null && c.childSeen !== null && c.historyReview !== null;
