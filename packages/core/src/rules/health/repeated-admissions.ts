import { defineRule } from '../define.js';
import { countAtLeast } from '../measure.js';

/** `health.repeated-admissions`: hospital admissions in 12 months at or above the framework's count. */
export const healthRepeatedAdmissions = defineRule({
  id: 'health.repeated-admissions',
  condition: 'Hospital admissions in the last 12 months reach the framework’s count (2).',
  parameters: ['admissions12mMin'],
  evaluate: (ctx) =>
    countAtLeast(
      ctx,
      ctx.facts.measures.hospitalAdmissions12m,
      'admissions12mMin',
      (n) => `The child has been admitted to hospital ${n} times in 12 months.`,
    ),
});
