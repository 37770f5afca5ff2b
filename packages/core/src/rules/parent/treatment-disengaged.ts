import { defineRule } from '../define.js';
import { factorHit } from '../household-factor.js';

/** `parent.treatment-disengaged`: treatment engagement is "not-engaged" (partial engagement is not enough on its own). */
export const parentTreatmentDisengaged = defineRule({
  id: 'parent.treatment-disengaged',
  condition: 'A parent or carer’s engagement with drug or alcohol treatment is "not-engaged".',
  evaluate: (ctx) =>
    factorHit(ctx, 'treatmentEngagement', ['not-engaged'], (who) => `The ${who} has disengaged from drug or alcohol treatment.`),
});
