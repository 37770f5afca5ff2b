import { defineRule } from '../define.js';
import { factorHit } from '../household-factor.js';

/** `parent.substance-misuse-current`: a parent or carer's substance misuse is current. */
export const parentSubstanceMisuseCurrent = defineRule({
  id: 'parent.substance-misuse-current',
  condition: 'A parent or carer’s substance misuse status is "current".',
  evaluate: (ctx) =>
    factorHit(
      ctx,
      'substanceMisuse',
      ['current'],
      (who) => `The ${who} currently misuses drugs or alcohol, which can affect the care the child gets.`,
    ),
});
