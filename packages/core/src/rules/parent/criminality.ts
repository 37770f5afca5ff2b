import { defineRule } from '../define.js';
import { factorHit } from '../household-factor.js';

/** `parent.criminality`: a parent or carer has current or past offending on record. */
export const parentCriminality = defineRule({
  id: 'parent.criminality',
  condition: 'A parent or carer’s criminality status is "current" or "historic" (convictions or a current investigation).',
  evaluate: (ctx) =>
    factorHit(
      ctx,
      'criminality',
      ['current', 'historic'],
      (who) => `The ${who} has offending on record; whether it bears on the child's safety must be checked.`,
    ),
});
