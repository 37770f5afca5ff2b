import { defineRule } from '../define.js';
import { factorHit } from '../household-factor.js';

/** `parent.substance-misuse-historic`: past misuse, including completed treatment (not current use). */
export const parentSubstanceMisuseHistoric = defineRule({
  id: 'parent.substance-misuse-historic',
  condition: 'A parent or carer’s substance misuse status is "historic" or "completed" (past misuse; not current use).',
  evaluate: (ctx) =>
    factorHit(
      ctx,
      'substanceMisuse',
      ['historic', 'completed'],
      (who) => `The ${who} has a history of drug or alcohol misuse; it is not recorded as current.`,
    ),
});
