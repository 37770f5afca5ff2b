import { defineRule } from '../define.js';
import { countAtLeast } from '../measure.js';

/** `health.repeated-emergency-attendances`: emergency department attendances in 12 months at or above the framework's count. */
export const healthRepeatedEmergencyAttendances = defineRule({
  id: 'health.repeated-emergency-attendances',
  condition: 'Emergency department attendances in the last 12 months reach the framework’s count (3).',
  parameters: ['edAttendances12mMin'],
  evaluate: (ctx) =>
    countAtLeast(
      ctx,
      ctx.facts.measures.aeAttendances12m,
      'edAttendances12mMin',
      (n) => `The child has been taken to an emergency department ${n} times in 12 months.`,
    ),
});
