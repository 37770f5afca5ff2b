import { defineRule } from '../define.js';

/** `history.repeat-cp-plans-neglect`: two or more neglect plans for the child or siblings. */
export const historyRepeatCpPlansNeglect = defineRule({
  id: 'history.repeat-cp-plans-neglect',
  condition: 'Two or more child protection plans for neglect are recorded for the child or their brothers and sisters.',
  evaluate: (ctx) => {
    const plans = ctx.facts.history.previousCPPlans.filter((p) => /neglect|\bNEG\b/i.test(p.category));
    if (plans.length < 2) return null;
    return {
      evidence: plans.map((p) => `${p.child}: ${p.category} plan, ${p.start ?? '?'} to ${p.end ?? 'now'}`),
      sentence: `The family has had ${plans.length} child protection plans for neglect: the pattern is long-standing and earlier improvement did not last.`,
    };
  },
});
