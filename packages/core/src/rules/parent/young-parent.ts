import { defineRule } from '../define.js';

/** `parent.young-parent`: a parent or carer younger than the framework's age. */
export const parentYoungParent = defineRule({
  id: 'parent.young-parent',
  condition: 'A parent or carer is younger than the framework’s age for a young parent (20).',
  parameters: ['youngParentAgeUnder'],
  evaluate: (ctx) => {
    const p = ctx.param('youngParentAgeUnder');
    const young = ctx.view.carers.filter((m) => m.ageYears !== null && m.ageYears < p.value);
    if (young.length === 0) return null;
    return {
      evidence: young.map((m) => `${m.role}: aged ${m.ageYears}`),
      sentence: `A parent is under ${p.value} and may need extra support.`,
      parameter: p,
    };
  },
});
