/** Specs for the education rules: attendance measures against the framework's lines, and observations. */
import { withOtherMeasure, withRange, withValue } from '../../fixtures/case-builder.js';
import { ex, type RuleSpec } from '../harness.js';
import { observationSpec } from './observation.js';

export const educationSpecs: readonly RuleSpec[] = [
  {
    code: 'education.persistent-absence',
    fires: [ex('attendance 82%', withValue('schoolAttendancePct', 82))],
    silent: [ex('attendance 97%', withValue('schoolAttendancePct', 97))],
    boundary: {
      fires: [
        ex('attendance exactly 90%', withValue('schoolAttendancePct', 90)),
        ex('attendance 89.9%', withValue('schoolAttendancePct', 89.9)),
        ex('a range 88 to 95 is read at its worse (lower) end', withRange('schoolAttendancePct', 88, 95)),
      ],
      silent: [
        ex('attendance 90.1%', withValue('schoolAttendancePct', 90.1)),
        ex('a range 90.5 to 95', withRange('schoolAttendancePct', 90.5, 95)),
      ],
    },
  },
  {
    code: 'education.severe-absence',
    fires: [ex('attendance 30%', withValue('schoolAttendancePct', 30))],
    silent: [ex('attendance 80% (persistent, not severe)', withValue('schoolAttendancePct', 80))],
    boundary: {
      fires: [
        ex('attendance exactly 50%', withValue('schoolAttendancePct', 50)),
        ex('a range 45 to 60 is read at its lower end', withRange('schoolAttendancePct', 45, 60)),
      ],
      silent: [ex('attendance 50.1%', withValue('schoolAttendancePct', 50.1))],
    },
  },
  {
    code: 'education.unauthorised-absence',
    fires: [
      ex('unauthorised absence 34% of sessions', withValue('unauthorisedAbsencePct', 34)),
      ex('a count of 14 unauthorised sessions', withOtherMeasure('unauthorised sessions in 10 weeks', 14, 'sessions')),
    ],
    silent: [ex('unauthorised absence 3% of sessions', withValue('unauthorisedAbsencePct', 3))],
    boundary: {
      fires: [
        ex('unauthorised absence exactly 10% (10 sessions in 10 weeks)', withValue('unauthorisedAbsencePct', 10)),
        ex('a count of exactly 10 unauthorised sessions', withOtherMeasure('unauthorised sessions', 10, 'sessions')),
        ex('a range 8 to 12% is read at its higher end', withRange('unauthorisedAbsencePct', 8, 12)),
      ],
      silent: [
        ex('unauthorised absence 9.9%', withValue('unauthorisedAbsencePct', 9.9)),
        ex('a count of 9 unauthorised sessions', withOtherMeasure('unauthorised sessions', 9, 'sessions')),
        ex(
          'a count of 9 wins over a rate of 20%',
          withOtherMeasure('unauthorised sessions', 9, 'sessions'),
          withValue('unauthorisedAbsencePct', 20),
        ),
      ],
    },
  },
  {
    code: 'education.lateness-pattern',
    fires: [ex('late for 18% of sessions', withValue('latenessPct', 18))],
    silent: [ex('late for 2% of sessions', withValue('latenessPct', 2))],
    boundary: {
      fires: [
        ex('late for 10.1% of sessions', withValue('latenessPct', 10.1)),
        ex('a range 5 to 12 is read at its higher end', withRange('latenessPct', 5, 12)),
      ],
      silent: [ex('late for exactly 10% of sessions', withValue('latenessPct', 10))],
    },
  },
  observationSpec('education.missing-from-education', 'education.withdrawn-while-concerns'),
  observationSpec('education.early-years-not-brought', 'education.missing-from-education'),
  observationSpec('education.withdrawn-while-concerns', 'education.missing-from-education'),
  observationSpec('education.not-collected', 'supervision.carer-incapacitated'),
  observationSpec('education.decline-in-progress', 'emotional.appears-sad-or-distressed'),
];
