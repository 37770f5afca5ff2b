import { defineRule } from '../define.js';

/** `history.previous-cp-plan`: the child (not a sibling) has been on a child protection plan before. */
export const historyPreviousCpPlan = defineRule({
  id: 'history.previous-cp-plan',
  condition: 'The history records a child protection plan for this child (a sibling’s plan does not count here).',
  evaluate: (ctx) => {
    const plans = ctx.facts.history.previousCPPlans.filter((p) => ctx.view.isSubject(p.child));
    if (plans.length === 0) return null;
    return {
      evidence: plans.map((p) => `${p.category} plan, ${p.start ?? '?'} to ${p.end ?? 'now'}${p.detail ? `: ${p.detail}` : ''}`),
      sentence: `The child has been on ${plans.length === 1 ? 'a child protection plan' : `${plans.length} child protection plans`} before (${[...new Set(plans.map((p) => p.category))].join(', ')}).`,
    };
  },
});
