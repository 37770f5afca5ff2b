import { defineRule, observedHit } from '../define.js';

/** `household.financial-hardship`: the household factor behind a recorded inability to afford the child's basics. */
export const householdFinancialHardship = defineRule({
  id: 'household.financial-hardship',
  condition: 'Someone recorded that the family cannot afford the child’s basics, or reports debts, arrears or benefit problems.',
  evaluate: (ctx) => {
    const hit = observedHit(ctx, 'care.cannot-afford-basics');
    if (!hit) return null;
    return { evidence: hit.evidence, sentence: 'The family is in financial hardship (debts, arrears or no money for basics).' };
  },
});
