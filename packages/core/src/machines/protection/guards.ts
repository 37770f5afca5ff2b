/** What the protection pathway checks before it moves on. Pure functions of the context (and the event's payload). */
import { decisionFrom, decisionStands, decisionExplained } from '../common/decision.js';
import { isValid, safetyPlanSchema } from '../common/payloads.js';
import { conferenceSchema, planSchema, type ProtectionContext, s47OutcomeSchema, strategyDiscussionSchema } from './types.js';

export const strategyAcceptable = (d: unknown) => isValid(strategyDiscussionSchema, d);
export const s47Acceptable = (o: unknown) => isValid(s47OutcomeSchema, o);
export const conferenceAcceptable = (c: unknown) => isValid(conferenceSchema, c);
export const safetyPlanAcceptable = (p: unknown) => isValid(safetyPlanSchema, p);

/** The s47 outcome step is on this case's route: the pathway started there, or the strategy discussion decided on an enquiry. */
export const s47OnRoute = (c: ProtectionContext) =>
  c.startedAt === 's47Outcome' || (c.startedAt === 'strategyDiscussion' && c.strategyDiscussion?.decision === 's47-enquiry');

/** The conference step is on this case's route: the pathway started there, or the enquiry substantiated harm. */
export const conferenceOnRoute = (c: ProtectionContext) =>
  c.startedAt === 'conference' || (s47OnRoute(c) && c.s47Outcome?.harm === 'substantiated');

/** A conference was held on this route: its decision is the decision. */
export const conferenceHeld = (c: ProtectionContext) => conferenceOnRoute(c) && c.conference !== null;

/** Safety scaled at or below the framework's line: the immediate safety plan step is mandatory before the decision and the plan. */
export const needsSafetyPlan = (c: ProtectionContext) => c.assessment.recommendation.immediateSafetyPlan;
export const safetyPlanRecorded = (c: ProtectionContext) => c.safetyPlan !== null;
export const safetyPlanDone = (c: ProtectionContext) => !needsSafetyPlan(c) || safetyPlanRecorded(c);

/**
 * A decision the pathway can accept: well formed, explained when below the recommendation, the
 * conference's own decision when one was held, and never a protection plan without a conference.
 */
export function decisionAcceptable(c: ProtectionContext, payload: unknown): boolean {
  const decision = decisionFrom(c, payload);
  if (decision === null || !decisionExplained(decision) || !safetyPlanDone(c)) return false;
  if (conferenceHeld(c)) return decision.levelId === c.conference?.decision;
  return decision.levelId !== 'cp-plan';
}

export const decisionRecorded = (c: ProtectionContext) => decisionStands(c.decision);

/** A child in need plan or a child protection plan follows the decision; no further action has none. */
export const planNeeded = (c: ProtectionContext) => c.decision !== null && c.decision.levelId !== 'nfa';

export const planAcceptable = (c: ProtectionContext, p: unknown) => planNeeded(c) && isValid(planSchema, p);
export const planRecorded = (c: ProtectionContext) => c.plan !== null && c.plan.kind === c.decision?.levelId;

/**
 * Sign-off is required when the decision is below the recommendation, and when it ends statutory
 * involvement (no further action): nothing is closed silently. Otherwise it is optional.
 */
export const signOffOptional = (c: ProtectionContext) =>
  c.decision !== null && !c.decision.belowRecommendation && c.decision.levelId !== 'nfa';
