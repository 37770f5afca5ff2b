import type { HouseholdMember } from '../../schema/case.js';
import { defineRule } from '../define.js';

const checks: readonly [string, (m: HouseholdMember) => boolean][] = [
  ['drug or alcohol misuse', (m) => m.factors.substanceMisuse.status === 'current'],
  ['mental ill health', (m) => m.factors.mentalHealth.status === 'current'],
  ['learning disability', (m) => m.factors.learningDisability.status === 'current'],
  ['domestic abuse', (m) => m.factors.domesticAbuse.status === 'current' || m.factors.domesticAbuse.status === 'alleged'],
];

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
      for (const [factor, present] of checks) {
        if (!present(m)) continue;
        const roles = found.get(factor);
        if (roles) roles.push(m.role);
        else found.set(factor, [m.role]);
      }
    }
    if (found.size < 2) return null;
    return {
      evidence: [...found].map(([factor, roles]) => `${factor}: ${roles.join(', ')}`),
      sentence: `Several adult difficulties co-exist (${[...found.keys()].join(', ')}); together they raise the risk of neglect.`,
    };
  },
});
