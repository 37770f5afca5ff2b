import { defineRule } from '../define.js';

/**
 * `household.new-baby-or-pregnancy`: a pregnancy or a baby under 12 months in a household already
 * under strain (a parent factor, children removed before, or a previous plan).
 */
export const householdNewBabyOrPregnancy = defineRule({
  id: 'household.new-baby-or-pregnancy',
  condition:
    'The child is unborn or under 12 months, or another child in the household is under 1, and the household is already under strain (a parent factor, children removed before, or a previous plan).',
  evaluate: (ctx) => {
    const f = ctx.facts;
    const babies: string[] = [];
    if (f.child.unborn) babies.push('this child is not yet born');
    else if (ctx.view.ageMonths !== null && ctx.view.ageMonths < 12) babies.push('this child is under 12 months');
    for (const m of f.household) if (m.ageYears !== null && m.ageYears < 1) babies.push(`${m.role} is under 1`);
    if (babies.length === 0) return null;
    const strain = [
      'parent.substance-misuse-current',
      'parent.substance-misuse-historic',
      'parent.mental-health',
      'parent.learning-disability',
      'parent.domestic-abuse',
      'parent.previous-children-removed',
    ].filter((c) => ctx.findings.has(c));
    const plans = f.history.previousCPPlans.length + f.history.previousCIN.length;
    if (strain.length === 0 && plans === 0) return null;
    return {
      evidence: [
        ...babies.map((b) => `New baby or pregnancy: ${b}`),
        `Strain: ${[...strain, ...(plans > 0 ? ['previous plans in the family'] : [])].join(', ')}`,
      ],
      sentence: 'A new baby or pregnancy adds to the pressure on a household that is already under strain.',
    };
  },
});
