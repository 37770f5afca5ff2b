/**
 * Each pathway's decision scale, from the framework: the options a person may choose, in order, so
 * that a machine can tell whether a choice is below the recommendation (invariant 3).
 */
import { contactScale, rank } from '../../assess/outcomes.js';
import type { Recommendation } from '../../assess/types.js';
import type { Citation, Framework } from '../../framework/schema.js';
import type { Pathway } from '../../schema/case.js';

/** One choice on a pathway's scale. */
export interface ScaleOption {
  /** The framework's own id for the choice. */
  levelId: string;
  /** The value on the pathway's shared scale, like `Recommendation.value`. */
  value: string;
  name: string;
  /** Position on the scale, least intrusive first. */
  rank: number;
  citation: Citation;
  /** True for the pre-birth referral, which sits beside the contact order rather than in it. */
  preBirth: boolean;
}

/** The options a person can choose on a pathway, in the framework's own words. */
export function decisionScale(framework: Framework, pathway: Pathway): ScaleOption[] {
  if (pathway === 'contact') {
    return framework.levels.map((level) => ({
      levelId: level.id,
      value: contactScale[level.outcome],
      name: level.name,
      rank: rank(level.outcome),
      citation: level.citation,
      preBirth: level.outcome === 'pre-birth',
    }));
  }
  if (pathway === 'cin-cp') {
    return framework.cinCpOutcomes.map((level, index) => ({
      levelId: level.id,
      value: level.id,
      name: level.name,
      rank: index,
      citation: level.citation,
      preBirth: false,
    }));
  }
  return framework.escalationStages.map((stage) => ({
    levelId: String(stage.stage),
    value: String(stage.stage),
    name: stage.name,
    rank: stage.stage,
    citation: stage.citation,
    preBirth: false,
  }));
}

/** The option with this level id on the pathway's scale, or null when the framework has none. */
export function scaleOption(framework: Framework, pathway: Pathway, levelId: string): ScaleOption | null {
  return decisionScale(framework, pathway).find((option) => option.levelId === levelId) ?? null;
}

/**
 * True when choosing `option` is below the recommendation. A pre-birth recommendation is met by a
 * pre-birth referral or anything from a child in need assessment up; any other choice is below it.
 */
export function isBelowRecommendation(framework: Framework, option: ScaleOption, recommendation: Recommendation): boolean {
  const recommended = scaleOption(framework, recommendation.pathway, recommendation.levelId);
  if (recommended === null) return false;
  if (recommended.preBirth) return !option.preBirth && option.rank <= recommended.rank;
  return option.rank < recommended.rank;
}
