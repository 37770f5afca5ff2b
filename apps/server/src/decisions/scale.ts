/**
 * Decision values on each pathway's scale, and whether a decision is below the recommendation
 * (which then needs a written reason and a supervisor's sign-off).
 */
import {
  type CanonicalOutcome,
  contactScale,
  type Framework,
  type Level,
  outcomeRank,
  type Pathway,
  type Recommendation,
} from '@sightline/core';

export const decisionValues: Readonly<Record<Pathway, readonly string[]>> = {
  contact: ['1', '2', '3', '4', '4+', 'immediate', 'pre-birth'],
  'cin-cp': ['nfa', 'cin-plan', 'cp-plan'],
  escalation: ['1', '2', '3', '4'],
};

const contactOutcomeOf = new Map<string, CanonicalOutcome>(
  Object.entries(contactScale).map(([outcome, value]) => [value, outcome as CanonicalOutcome]),
);

/** Position of a value on its pathway's scale (higher is more intrusive), or null if it is not on it. */
export function rankOf(pathway: Pathway, value: string): number | null {
  if (pathway === 'contact') {
    const outcome = contactOutcomeOf.get(value);
    return outcome === undefined ? null : outcomeRank(outcome);
  }
  const index = decisionValues[pathway].indexOf(value);
  return index === -1 ? null : index;
}

/**
 * Whether the decision is below the recommendation. On the contact scale a pre-birth
 * recommendation is met only by a pre-birth referral or a statutory level (4 and above).
 */
export function isBelowRecommendation(pathway: Pathway, value: string, recommendation: Recommendation): boolean {
  if (pathway === 'contact' && recommendation.value === 'pre-birth' && value !== 'pre-birth') {
    return (rankOf('contact', value) ?? -1) < outcomeRank('child-in-need');
  }
  const decided = rankOf(pathway, value);
  const recommended = rankOf(pathway, recommendation.value);
  if (decided === null || recommended === null) return true;
  return decided < recommended;
}

/** The framework's own id and name for a decision value. */
export function levelFor(framework: Framework, pathway: Pathway, value: string): { levelId: string; levelName: string } {
  if (pathway === 'cin-cp') {
    const level = framework.cinCpOutcomes.find((l) => l.id === value);
    return { levelId: value, levelName: level?.name ?? value };
  }
  if (pathway === 'escalation') {
    const stage = framework.escalationStages[Number(value) - 1];
    return { levelId: value, levelName: stage?.name ?? `Stage ${value}` };
  }
  const outcome = contactOutcomeOf.get(value);
  const level: Level | undefined = framework.levels.find((l) => l.outcome === outcome);
  return { levelId: level?.id ?? value, levelName: level?.name ?? value };
}
