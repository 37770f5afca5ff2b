/** The plan that follows a child in need or child protection decision, with its deadlines on the working-day calendar. */
import type { CpCategory } from '../../assess/types.js';
import type { Framework } from '../../framework/schema.js';
import { type Deadline, timescaleDeadline } from '../../framework/deadlines.js';
import type { PlanInput, ProtectionPlan } from './types.js';

/**
 * Deadlines by plan: a protection plan's first core group (10 working days) and review conference
 * (3 months after an initial conference, then at most every 6 months); a child in need plan written
 * within 10 working days and the child seen at least every 6 weeks.
 */
export function planDeadlines(
  framework: Framework,
  kind: ProtectionPlan['kind'],
  startsOn: string,
  afterReview: boolean,
): Deadline[] {
  const ids =
    kind === 'cp-plan'
      ? ['core-group', afterReview ? 'later-review-conference' : 'review-conference']
      : ['cin-plan', 'cin-visit'];
  return ids.map((id) => timescaleDeadline(framework, id, startsOn)).filter((d): d is Deadline => d !== null);
}

/** The plan recorded for a decision, with its deadlines. */
export function makePlan(
  framework: Framework,
  kind: ProtectionPlan['kind'],
  category: CpCategory | null,
  input: PlanInput,
  afterReview: boolean,
): ProtectionPlan {
  return {
    startsOn: input.startsOn,
    leadProfessional: input.leadProfessional,
    summary: input.summary,
    kind,
    category: kind === 'cp-plan' ? category : null,
    deadlines: planDeadlines(framework, kind, input.startsOn, afterReview),
  };
}
