/**
 * The rationale a pathway machine hands back when it finishes: plain-English statements, each with
 * the sources it rests on. It covers the recommendation and its chain of reasons, what the pathway
 * recorded (meetings, plans, stages), the decision, any reason for going below the recommendation
 * and the sign-off. The sealed decision record's own rationale (`composeRationale`) says the same
 * from the record.
 */
import type { Assessment } from '../../assess/types.js';
import type { Citation } from '../../framework/schema.js';
import type { Decision, SignOff } from '../../record/decision-record.js';
import { formatCitation } from '../../record/wording.js';
import type { HistoryCheck } from '../../schema/case.js';
import type { SafetyPlan } from './payloads.js';

/** One statement of the rationale and the sources it rests on (none for a person's own words). */
export interface RationaleStatement {
  text: string;
  citations: Citation[];
}

export interface PathwayRationale {
  summary: string;
  statements: RationaleStatement[];
  /** Every source the statements cite, once each, in first-cited order. */
  citations: Citation[];
}

/** Assembles a rationale and lists its sources once each. */
export function composePathwayRationale(summary: string, statements: RationaleStatement[]): PathwayRationale {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const citation of statements.flatMap((s) => s.citations)) {
    const key = formatCitation(citation);
    if (seen.has(key)) continue;
    seen.add(key);
    citations.push(citation);
  }
  return { summary, statements, citations };
}

/** The recommendation, the reasons that produced it, the findings and the required actions, each with its sources. */
export function recommendationStatements(assessment: Assessment): RationaleStatement[] {
  const rec = assessment.recommendation;
  return [
    {
      text: `${rec.summary} This is a recommendation: it supports the decision, and the person deciding makes the decision.`,
      citations: rec.chain.at(-1)?.citations ?? [],
    },
    ...rec.chain.map((step) => ({ text: step.sentence, citations: step.citations })),
    ...assessment.findings.map((finding) => ({ text: finding.sentence, citations: finding.citations })),
    ...assessment.actions.map((action) => ({ text: action.sentence, citations: action.citations })),
  ];
}

/** The decision, how it stands against the recommendation and the reason given when below it. */
export function decisionStatements(decision: Decision, assessment: Assessment, citation: Citation): RationaleStatement[] {
  const recommended = assessment.recommendation.levelName;
  const relation = decision.belowRecommendation
    ? `This is below the recommendation (${recommended}).`
    : decision.levelId === assessment.recommendation.levelId
      ? 'This follows the recommendation.'
      : `This differs from the recommendation (${recommended}) but is not below it.`;
  const statements: RationaleStatement[] = [
    { text: `Decision: ${decision.levelName}, decided by ${decision.decidedBy.role}. ${relation}`, citations: [citation] },
    { text: `The worker's analysis: ${decision.analysis}`, citations: [] },
  ];
  if (decision.overrideReason !== null) {
    statements.push({
      text: `${decision.belowRecommendation ? 'Reason for deciding below the recommendation' : 'Reason for differing from the recommendation'}: ${decision.overrideReason}`,
      citations: [],
    });
  }
  return statements;
}

/** The sign-off, or why there is none. */
export function signOffStatement(signOff: SignOff | null, returned: readonly SignOff[]): RationaleStatement[] {
  const earlier = returned.map((s) => ({
    text: `${s.by.role} did not agree with an earlier decision on ${s.at} and sent it back: ${s.comment}`,
    citations: [],
  }));
  if (signOff === null) {
    return [...earlier, { text: 'No manager sign-off was needed: the decision is not below the recommendation.', citations: [] }];
  }
  return [
    ...earlier,
    { text: `Signed off by ${signOff.by.role} on ${signOff.at}, who agreed: ${signOff.comment}`, citations: [] },
  ];
}

/** The history checks recorded for the case (invariant 4), each saying what was found or why it could not be done. */
export function historyCheckStatements(checks: readonly HistoryCheck[], citations: Citation[]): RationaleStatement[] {
  if (checks.length === 0) return [{ text: 'No history checks were recorded.', citations }];
  return checks.map((check) => ({
    text: `History check (${sourceWords[check.source]}): ${check.status === 'done' ? 'done' : 'not possible'}. ${check.detail}`,
    citations,
  }));
}

const sourceWords: Record<HistoryCheck['source'], string> = {
  'own-records': 'our own records',
  'previous-authority': 'the previous local authority',
  police: 'police',
  health: 'health',
  education: 'education',
  'adult-services': 'adult services',
  other: 'other',
};

/** The immediate safety plan and what was considered about removal. */
export function safetyPlanStatement(plan: SafetyPlan, citations: Citation[]): RationaleStatement {
  const agreed = plan.agreedWith.map((p) => p.role).join(', ');
  return {
    text: `Immediate safety plan made on ${plan.at} with ${agreed}: ${plan.plan} Removal was considered: ${plan.removalConsidered}`,
    citations,
  };
}
