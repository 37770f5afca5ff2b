import { defineRule } from '../define.js';
import { percentAgainstShare, unlessHealthExplains } from '../measure.js';

/** `education.severe-absence`: attendance at or below half of sessions. */
export const educationSevereAbsence = defineRule({
  id: 'education.severe-absence',
  condition: 'School attendance is at or below the severe-absence line (attendance of 50% or less).',
  parameters: ['severeAbsenceAttendanceMax'],
  evaluate: (ctx) =>
    unlessHealthExplains(
      ctx,
      percentAgainstShare(
        ctx,
        ctx.facts.measures.schoolAttendancePct,
        'severeAbsenceAttendanceMax',
        'at-or-below',
        (v, limit) => `The child's school attendance is ${v}, at or below the ${limit} at which absence is severe.`,
      ),
    ),
});
