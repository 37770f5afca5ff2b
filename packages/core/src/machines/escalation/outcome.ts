/** What the escalation pathway hands back when the disagreement is resolved: the record of every step and the rationale. */
import type { Decision } from '../../record/decision-record.js';
import { vocabularyCitations } from '../../vocabulary/index.js';
import { composePathwayRationale, type RationaleStatement, recommendationStatements } from '../common/rationale.js';
import { recordInputFor } from '../common/record-input.js';
import type { EscalationContext, EscalationOutcome } from './types.js';

/** The outcome of a resolved disagreement. Throws if called before it is resolved (the machine never does). */
export function escalationOutcome(c: EscalationContext): EscalationOutcome {
  const { stage, resolution, disagreement } = c;
  if (stage === null || resolution === null || disagreement === null)
    throw new Error('The escalation finished before it was resolved');
  const stageCitation = c.framework.escalationStages[stage.number - 1]?.citation ?? c.framework.calendar.citation;
  const recommended = Number(c.assessment.recommendation.value);
  const below = stage.number < recommended;
  const decision: Decision = {
    value: String(stage.number),
    levelId: String(stage.number),
    levelName: stage.name,
    decidedBy: resolution.by,
    analysis: resolution.detail,
    belowRecommendation: below,
    overrideReason: below ? resolution.detail : null,
  };
  const urgentCitations = vocabularyCitations('action.urgent-referral-bypass');
  const statements: RationaleStatement[] = [
    {
      text: `${disagreement.challenger.role ?? 'A professional'} (${disagreement.challenger.agency ?? 'agency not recorded'}) challenged the decision "${disagreement.decisionChallenged}" made by ${disagreement.decisionBy}: ${disagreement.challengerView}`,
      citations: vocabularyCitations('action.escalate-next-stage'),
    },
    ...c.log
      .filter((e) => e.kind !== 'immediate-risk' && e.kind !== 'urgent-referral')
      .map((e) => ({
        text: `${e.at}: ${e.text}`,
        citations: e.stage === null ? [] : [c.framework.escalationStages[e.stage - 1]?.citation ?? stageCitation],
      })),
    ...c.urgentHistory.map((u) => ({
      text: `Immediate risk (${u.raisedAt}): ${u.detail} An urgent referral was made on ${u.referral?.at ?? 'a date not recorded'} while the escalation continued: ${u.referral?.detail ?? ''}`,
      citations: urgentCitations,
    })),
    ...recommendationStatements(c.assessment),
    {
      text: `Resolved at ${stage.name} on ${resolution.at} by ${resolution.by.role}: ${resolution.detail}${below ? ` The procedure recommended stage ${recommended} by then; the reason for stopping at stage ${stage.number} is the resolution above.` : ''}`,
      citations: [stageCitation],
    },
  ];
  return {
    machine: c.machine,
    framework: c.frameworkRef,
    outcome: { resolution, stageReached: stage, disagreement, log: c.log, urgentReferrals: c.urgentHistory, decision },
    rationale: composePathwayRationale(`Disagreement about ${c.facts.child.label} resolved at ${stage.name}.`, statements),
    recordInput: recordInputFor(c, decision, null, resolution.at),
  };
}
