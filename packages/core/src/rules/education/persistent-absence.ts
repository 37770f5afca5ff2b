import { defineRule } from '../define.js';
import { percentAgainstShare, unlessHealthExplains } from '../measure.js';

/** `education.persistent-absence`: attendance at or below the persistent-absence line (90% from 2015/16). */
export const educationPersistentAbsence = defineRule({
  id: 'education.persistent-absence',
  condition: 'School attendance is at or below the persistent-absence line (attendance of 90% or less).',
  parameters: ['persistentAbsenceAttendanceMax'],
  evaluate: (ctx) =>
    unlessHealthExplains(
      ctx,
      percentAgainstShare(
        ctx,
        ctx.facts.measures.schoolAttendancePct,
        'persistentAbsenceAttendanceMax',
        'at-or-below',
        (v, limit) =>
          `The child's school attendance is ${v}, at or below the ${limit} at which a pupil counts as persistently absent.`,
      ),
    ),
});
