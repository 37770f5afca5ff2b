import { parseLooseDate } from '../../dates/loose-date.js';
import { defineRule } from '../define.js';

const saysBeforeBirth = /pre-?birth|while unborn|before (?:his |her |their )?birth|unborn/i;

/** `history.unborn-plan`: a protection plan for this child started before they were born. */
export const historyUnbornPlan = defineRule({
  id: 'history.unborn-plan',
  condition:
    'A child protection plan for this child started before their birth: its start date is before the earliest likely date of birth, or the plan record says it was made before birth.',
  evaluate: (ctx) => {
    const birth = ctx.view.birth;
    const plans = ctx.facts.history.previousCPPlans.filter((p) => {
      if (!ctx.view.isSubject(p.child)) return false;
      const start = parseLooseDate(p.start);
      const byDate = start !== null && birth !== null && start.latest < birth.earliest;
      return byDate || saysBeforeBirth.test(p.detail ?? '');
    });
    if (plans.length === 0) return null;
    return {
      evidence: plans.map((p) => `${p.category} plan from ${p.start ?? '?'}${p.detail ? `: ${p.detail}` : ''}`),
      sentence:
        'The child was on a child protection plan before they were born: concerns about this family go back to the pregnancy.',
    };
  },
});
