import { addCalendarMonths, parseLooseDate } from '../../dates/loose-date.js';
import { defineRule, observedHit } from '../define.js';

const isAsthma = (condition: string) => /asthma/i.test(condition);

/**
 * `health.asthma.no-current-action-plan`: for an asthmatic child, the personalised action plan is
 * missing or not known, last reviewed more than 12 months ago, or not shared with the school of a
 * school-age child. Also fires when a worker ticks it.
 */
export const healthAsthmaNoCurrentActionPlan = defineRule({
  id: 'health.asthma.no-current-action-plan',
  condition:
    'The child has asthma and the personalised asthma action plan is missing or not known to exist, was last reviewed more than 12 months before the decision, or has not been shared with the school of a school-age child.',
  parameters: ['schoolOrNurseryAgeMonths'],
  evaluate: (ctx) => {
    const evidence: string[] = [];
    const yearAgo = addCalendarMonths(ctx.asOf, -12);
    const schoolAge = ctx.param('schoolOrNurseryAgeMonths');
    for (const c of ctx.facts.child.chronicConditions.filter((cc) => isAsthma(cc.condition))) {
      const plan = c.actionPlan;
      if (plan.exists !== true) {
        evidence.push(`No asthma action plan is on record${plan.note ? ` (${plan.note})` : ''}.`);
        continue;
      }
      const reviewed = parseLooseDate(plan.lastReviewed);
      if (!reviewed) evidence.push('The asthma action plan has no review date.');
      else if (reviewed.latest < yearAgo)
        evidence.push(`The asthma action plan was last reviewed ${plan.lastReviewed}, more than 12 months ago.`);
      const sharedWithSchool = plan.sharedWith.some((w) => /school|nursery/i.test(w));
      if (!sharedWithSchool && (ctx.view.ageMonths ?? 0) >= schoolAge.value) {
        evidence.push(
          `The asthma action plan is shared only with ${plan.sharedWith.join(', ') || 'nobody recorded'}, not the school.`,
        );
      }
    }
    const ticked = observedHit(ctx, 'health.asthma.no-current-action-plan');
    if (ticked) evidence.push(...ticked.evidence);
    if (evidence.length === 0) return null;
    return {
      evidence,
      sentence:
        'There is no up-to-date asthma action plan shared with everyone who looks after the child, so school and family may not know what to do in an attack.',
    };
  },
});
