import { defineRule } from '../define.js';

const triggers = [
  'parent.previous-children-removed',
  'parent.substance-misuse-current',
  'parent.substance-misuse-historic',
  'parent.domestic-abuse',
  'household.multiple-adult-factors',
  'history.sibling-open-case',
  'history.repeat-cp-plans-neglect',
  'parent.young-parent',
  'unborn.late-or-concealed',
] as const;

/**
 * `unborn.risk-factors`: the child is unborn and the household has a factor that calls for a
 * pre-birth assessment (children removed before, substance misuse, domestic abuse, co-existing
 * adult difficulties, another child on a plan, a previous protection plan in the family, or
 * concealment).
 */
export const unbornRiskFactors = defineRule({
  id: 'unborn.risk-factors',
  condition:
    'The child is unborn and the household has children removed before, substance misuse, domestic abuse, co-existing adult difficulties, another child on a plan or a previous protection plan, a very young parent, or a late or concealed pregnancy.',
  evaluate: (ctx) => {
    if (!ctx.facts.child.unborn) return null;
    const found = triggers.filter((c) => ctx.findings.has(c));
    const familyPlans = ctx.facts.history.previousCPPlans.map(
      (p) => `${p.child}: ${p.category} protection plan ${p.start ?? ''}-${p.end ?? ''}`,
    );
    if (found.length === 0 && familyPlans.length === 0) return null;
    return {
      evidence: [...found.map((c) => `Found: ${c}`), ...familyPlans],
      sentence: 'An unborn baby is expected in a household with risk factors that call for a pre-birth assessment.',
    };
  },
});
