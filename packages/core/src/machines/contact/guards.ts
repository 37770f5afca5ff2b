/** What the contact pathway checks before it moves on. Pure functions of the context (and the event's payload). */
import { z } from 'zod';
import {
  childSchema,
  childsVoiceSchema,
  concernSchema,
  consentSchema,
  historyCheckSchema,
  historySchema,
  householdMemberSchema,
  measuresSchema,
  parentalEngagementSchema,
  professionalContextSchema,
} from '../../schema/case.js';
import { decisionStands } from '../common/decision.js';
import { isValid, safetyPlanSchema } from '../common/payloads.js';
import { immediateProtectionSchema, type ContactContext } from './types.js';

const householdSchema = z.array(householdMemberSchema);

/** Who: the child has a label and the household is well formed. */
export function whoAcceptable(child: unknown, household: unknown): boolean {
  return isValid(childSchema, child) && (child as { label: string }).label.trim() !== '' && isValid(householdSchema, household);
}

export const historyCheckAcceptable = (check: unknown) => isValid(historyCheckSchema, check);
export const historyAcceptable = (history: unknown) => isValid(historySchema, history);
export const concernsAcceptable = (concerns: unknown) => isValid(z.array(concernSchema), concerns);
export const measuresAcceptable = (measures: unknown) => isValid(measuresSchema, measures);
export const childsVoiceAcceptable = (entries: unknown) => isValid(z.array(childsVoiceSchema), entries);
export const consentAcceptable = (consent: unknown) => isValid(consentSchema, consent);
export const protectionAcceptable = (protection: unknown) => isValid(immediateProtectionSchema, protection);
export const safetyPlanAcceptable = (plan: unknown) => isValid(safetyPlanSchema, plan);

/** Parents and household: members with their factors, engagement with services and the professional context. */
export function parentsAcceptable(household: unknown, engagement: unknown, professional: unknown): boolean {
  return (
    isValid(householdSchema, household) &&
    isValid(parentalEngagementSchema, engagement) &&
    isValid(professionalContextSchema, professional)
  );
}

/** The child is named (by label) so the steps after "who" can be about them. */
export const childRecorded = (c: ContactContext) => c.facts.child.label.trim() !== '';

/**
 * Invariant 4: history checks are recorded before any decision. Our own records must at least have
 * been checked (or the reason they could not be is written down).
 */
export const historyChecksRecorded = (c: ContactContext) =>
  (c.facts.historyChecks ?? []).some((check) => check.source === 'own-records');

export const concernsRecorded = (c: ContactContext) => c.facts.currentConcerns.length > 0;
export const consentRecorded = (c: ContactContext) => c.facts.consent !== undefined;

/** Immediate danger recorded, or a recommendation of immediate protection: protect the child before deciding anything else. */
export const needsImmediateProtection = (c: ContactContext) =>
  c.assessment.recommendation.value === 'immediate' || c.assessment.findings.some((f) => f.code === 'safety.immediate-danger');

/** Safety scaled at or below the framework's line: an immediate safety plan before the decision. */
export const needsSafetyPlan = (c: ContactContext) => c.assessment.recommendation.immediateSafetyPlan;

export const protectionRecorded = (c: ContactContext) => c.immediateProtection !== null;
export const safetyPlanRecorded = (c: ContactContext) => c.safetyPlan !== null;

/** Everything the decision step needs before it can open: history checks, and the urgent steps when they apply. */
export function readyToDecide(c: ContactContext): boolean {
  return (
    historyChecksRecorded(c) &&
    (!needsImmediateProtection(c) || protectionRecorded(c)) &&
    (!needsSafetyPlan(c) || safetyPlanRecorded(c))
  );
}

/** A decision is recorded and, when below the recommendation, has its written reason. */
export const decisionRecorded = (c: ContactContext) => decisionStands(c.decision);

/** Sign-off may be skipped only when the decision is not below the recommendation. */
export const signOffOptional = (c: ContactContext) => c.decision !== null && !c.decision.belowRecommendation;
