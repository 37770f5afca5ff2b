import { defineRule } from '../define.js';
import { factorHit } from '../household-factor.js';

/** `parent.learning-disability`: a parent or carer has a learning disability. */
export const parentLearningDisability = defineRule({
  id: 'parent.learning-disability',
  condition: 'A parent or carer’s learning disability status is "current".',
  evaluate: (ctx) =>
    factorHit(
      ctx,
      'learningDisability',
      ['current'],
      (who) => `The ${who} has a learning disability and may need support to parent.`,
    ),
});
