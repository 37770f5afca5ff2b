import { defineRule } from '../define.js';
import { factorHit } from '../household-factor.js';

/** `parent.mental-health`: a parent or carer has current mental ill health. */
export const parentMentalHealth = defineRule({
  id: 'parent.mental-health',
  condition: 'A parent or carer’s mental health status is "current".',
  evaluate: (ctx) =>
    factorHit(
      ctx,
      'mentalHealth',
      ['current'],
      (who) => `The ${who} has mental ill health that may affect the care the child gets.`,
    ),
});
