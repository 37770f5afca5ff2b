import type { HouseholdMember } from '../../schema/case.js';
import { defineRule } from '../define.js';

const present = (m: HouseholdMember) => ({
  'drug or alcohol misuse': m.factors.substanceMisuse.status === 'current',
  'mental ill health': m.factors.mentalHealth.status === 'current',
  'learning disability': m.factors.learningDisability.status === 'current',
  'domestic abuse': ['current', 'alleged'].includes(m.factors.domesticAbuse.status),
});

/**
 * `household.multiple-adult-factors`: two or more of current substance misuse, current mental ill
 * health, learning disability and current domestic abuse co-exist among the child's carers.
 */
export const householdMultipleAdultFactors = defineRule({
  id: 'household.multiple-adult-factors',
  condition:
    'Two or more of current drug or alcohol misuse, current mental ill health, learning disability and current or alleged domestic abuse co-exist among the child’s parents and carers.',
  evaluate: (ctx) => {
    const found = new Map<string, string[]>();
    for (const m of ctx.view.carers) {
      for (const [factor, yes] of Object.entries(present(m))) {
        if (yes) found.set(factor, [...(found.get(factor) ?? []), m.role]);
      }
    }
    if (found.size < 2) return null;
    return {
      evidence: [...found].map(([factor, roles]) => `${factor}: ${roles.join(', ')}`),
      sentence: `Several adult difficulties co-exist (${[...found.keys()].join(', ')}); together they raise the risk of neglect.`,
    };
  },
});
