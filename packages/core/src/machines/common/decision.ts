/**
 * The person's decision on a pathway's scale. The recommendation supports it; it never makes it.
 * A decision below the recommendation needs a written reason (invariant 3).
 */
import type { Decision } from '../../record/decision-record.js';
import { type DecideInput, decideSchema, isValid } from './payloads.js';
import { isBelowRecommendation, scaleOption } from './scale.js';
import type { PathwayContext } from './stamp.js';

type DecisionContext = Pick<PathwayContext, 'framework' | 'facts' | 'assessment'>;

const written = (text: string | null | undefined): string | null => (text == null || text.trim() === '' ? null : text);

/** The decision a DECIDE payload describes, or null when the payload is malformed or names no level on the scale. */
export function decisionFrom(context: DecisionContext, payload: unknown): Decision | null {
  if (!isValid(decideSchema, payload)) return null;
  const input = payload as DecideInput;
  const option = scaleOption(context.framework, context.facts.pathway, input.levelId);
  if (option === null) return null;
  return {
    value: option.value,
    levelId: option.levelId,
    levelName: option.name,
    decidedBy: { userId: input.by.userId, role: input.by.role },
    analysis: input.analysis,
    belowRecommendation: isBelowRecommendation(context.framework, option, context.assessment.recommendation),
    overrideReason: written(input.reason),
  };
}

/** True when a decision below the recommendation has its written reason (or is not below it). */
export function decisionExplained(decision: Decision): boolean {
  return !decision.belowRecommendation || written(decision.overrideReason) !== null;
}

/** True when the payload is a well-formed decision on the scale that explains itself when below the recommendation. */
export function acceptableDecision(context: DecisionContext, payload: unknown): boolean {
  const decision = decisionFrom(context, payload);
  return decision !== null && decisionExplained(decision);
}

/**
 * The same decision measured against a fresh assessment: when answers change after a decision,
 * whether it is below the recommendation may change too, and the guards read this.
 */
export function refreshDecision(context: DecisionContext, decision: Decision | null): Decision | null {
  if (decision === null) return null;
  const option = scaleOption(context.framework, context.facts.pathway, decision.levelId);
  if (option === null) return decision;
  return {
    ...decision,
    belowRecommendation: isBelowRecommendation(context.framework, option, context.assessment.recommendation),
  };
}

/** True when a recorded decision is still acceptable against the current assessment. */
export function decisionStands(decision: Decision | null): decision is Decision {
  return decision !== null && decisionExplained(decision);
}

export type { DecideInput } from './payloads.js';
export { decideSchema };
