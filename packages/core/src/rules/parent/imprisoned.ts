import { defineRule } from '../define.js';
import { factorHit } from '../household-factor.js';

/** `parent.imprisoned`: a parent is in prison or on remand now. */
export const parentImprisoned = defineRule({
  id: 'parent.imprisoned',
  condition: 'A parent or carer’s imprisonment status is "current".',
  evaluate: (ctx) =>
    factorHit(
      ctx,
      'imprisonment',
      ['current'],
      (who) =>
        `The child's ${who} is in prison; the child has lost day-to-day contact with them, and they should still be asked and informed.`,
    ),
});
