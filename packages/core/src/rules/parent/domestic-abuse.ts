import { defineRule } from '../define.js';
import { factorHit } from '../household-factor.js';

/** `parent.domestic-abuse`: domestic abuse between adults, any status other than unknown, none known or not applicable. */
export const parentDomesticAbuse = defineRule({
  id: 'parent.domestic-abuse',
  condition:
    'Domestic abuse is recorded for anyone in the household with any status other than "unknown", "none-known" or "not-applicable" (current, historic or alleged).',
  evaluate: (ctx) =>
    factorHit(
      ctx,
      'domesticAbuse',
      ['current', 'historic', 'alleged', 'engaged', 'partial', 'not-engaged', 'completed'],
      (who) => `Domestic abuse is recorded for the ${who}; its effect on the child must be understood.`,
      'everyone',
    ),
});
