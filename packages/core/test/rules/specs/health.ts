/** Specs for the health rules: observations, and measures against the framework's parameters. */
import { splitLevelFramework } from '../../../src/framework/index.js';
import {
  agedMonths,
  withAppointments,
  withChronicCondition,
  withConcern,
  withOtherMeasure,
  withRange,
  withValue,
} from '../../fixtures/case-builder.js';
import { ex, type RuleSpec, under } from '../harness.js';
import { observationSpec } from './observation.js';

const asthma = withChronicCondition('asthma');
const currentPlan = withChronicCondition('asthma', { exists: true, lastReviewed: '2024-09', sharedWith: ['school', 'GP'] });

export const healthSpecs: readonly RuleSpec[] = [
  observationSpec('health.chronic-condition-poorly-managed', 'health.emergency-care-no-follow-up', {
    fires: [
      ex(
        'inferred: asthma, 2 admissions and brought to 50% of appointments',
        asthma,
        withValue('hospitalAdmissions12m', 2),
        withValue('healthAppointmentsAttendedPct', 50),
      ),
      ex(
        'inferred: asthma, 2 admissions and no review after emergency care',
        asthma,
        withValue('hospitalAdmissions12m', 2),
        withConcern(['health.emergency-care-no-follow-up']),
      ),
    ],
    silent: [
      ex('asthma and 2 admissions, but no missed follow-up', asthma, withValue('hospitalAdmissions12m', 2)),
      ex(
        '2 admissions and missed appointments, but no chronic condition',
        withValue('hospitalAdmissions12m', 2),
        withValue('healthAppointmentsAttendedPct', 50),
      ),
    ],
    boundarySilent: [
      ex(
        'asthma, 1 admission (below 2) and missed appointments',
        asthma,
        withValue('hospitalAdmissions12m', 1),
        withValue('healthAppointmentsAttendedPct', 50),
      ),
    ],
  }),
  observationSpec('health.asthma.no-current-action-plan', 'health.asthma.home-nebuliser', {
    fires: [
      ex('read from the record: asthma and no action plan', asthma),
      ex('read from the record: plan not known to exist', withChronicCondition('asthma', { exists: null })),
      ex(
        'read from the record: plan shared only with the GP for a school-age child',
        withChronicCondition('asthma', { exists: true, lastReviewed: '2024-09', sharedWith: ['GP'] }),
      ),
    ],
    silent: [
      ex('a current plan shared with school', currentPlan),
      ex('no plan, but the condition is epilepsy, not asthma', withChronicCondition('epilepsy')),
      ex(
        'plan not shared with a school, but the child is 2 (below school age)',
        agedMonths(24),
        withChronicCondition('asthma', { exists: true, lastReviewed: '2024-09', sharedWith: ['GP'] }),
      ),
    ],
    boundaryFires: [
      ex(
        'plan last reviewed 2024-03-13, one day more than 12 months before',
        withChronicCondition('asthma', { exists: true, lastReviewed: '2024-03-13', sharedWith: ['school'] }),
      ),
      ex(
        'plan with no review date',
        withChronicCondition('asthma', { exists: true, lastReviewed: null, sharedWith: ['school'] }),
      ),
    ],
    boundarySilent: [
      ex(
        'plan last reviewed 2024-03-14, exactly 12 months before',
        withChronicCondition('asthma', { exists: true, lastReviewed: '2024-03-14', sharedWith: ['school'] }),
      ),
    ],
  }),
  observationSpec('health.asthma.home-nebuliser', 'health.asthma.no-current-action-plan', {
    fires: [ex('read from the record: nebules dispensed for home use', withOtherMeasure('nebules dispensed', 20, 'vials'))],
    silent: [ex('nebules recorded as 0', withOtherMeasure('nebules dispensed', 0, 'vials'))],
    boundaryFires: [ex('one nebule dispensed', withOtherMeasure('nebules dispensed', 1, 'vials'))],
    boundarySilent: [ex('nebule count not recorded (null)', withOtherMeasure('nebules dispensed', null))],
  }),
  observationSpec('health.emergency-care-no-follow-up', 'health.discharged-without-plan'),
  observationSpec('health.discharged-without-plan', 'health.emergency-care-no-follow-up'),
  observationSpec('health.complex-needs-unmet', 'health.immunisations-or-checks-missed'),
  observationSpec('health.medication-ingestion', 'safety.drugs-accessible'),
  observationSpec('health.dental-decay-untreated', 'health.immunisations-or-checks-missed'),
  observationSpec('health.growth-faltering', 'care.hunger'),
  observationSpec('health.immunisations-or-checks-missed', 'health.complex-needs-unmet'),
  observationSpec('health.medical-care-refused', 'engagement.consent-refused'),
  {
    code: 'health.asthma.reliever-overuse',
    fires: [ex('10 relievers in six months', withValue('relieverInhalers6m', 10))],
    silent: [ex('3 relievers in six months', withValue('relieverInhalers6m', 3))],
    boundary: {
      fires: [
        ex('7 relievers, one more than one a month', withValue('relieverInhalers6m', 7)),
        ex('a range 5 to 7 is read at its worse (higher) end', withRange('relieverInhalers6m', 5, 7)),
        under(
          splitLevelFramework,
          ex('4 relievers under a framework whose line is half a month (3)', withValue('relieverInhalers6m', 4)),
        ),
      ],
      silent: [
        ex('6 relievers, exactly one a month', withValue('relieverInhalers6m', 6)),
        ex('a range 4 to 6 stays at or below the line', withRange('relieverInhalers6m', 4, 6)),
        ex('4 relievers under the England line (6)', withValue('relieverInhalers6m', 4)),
      ],
    },
  },
  {
    code: 'health.asthma.preventer-undercollected',
    fires: [ex('1 preventer in six months', withValue('preventerInhalers6m', 1))],
    silent: [ex('6 preventers in six months', withValue('preventerInhalers6m', 6))],
    boundary: {
      fires: [
        ex('4 preventers: 67% of months, below 80%', withValue('preventerInhalers6m', 4)),
        ex('a range 4 to 6 is read at its worse (lower) end', withRange('preventerInhalers6m', 4, 6)),
      ],
      silent: [
        ex('5 preventers: 83% of months', withValue('preventerInhalers6m', 5)),
        ex('a range 5 to 6 stays at or above 80%', withRange('preventerInhalers6m', 5, 6)),
      ],
    },
  },
  {
    code: 'health.repeated-admissions',
    fires: [ex('3 admissions in 12 months', withValue('hospitalAdmissions12m', 3))],
    silent: [ex('no admissions', withValue('hospitalAdmissions12m', 0))],
    boundary: {
      fires: [
        ex('2 admissions, exactly the line', withValue('hospitalAdmissions12m', 2)),
        ex('a range 1 to 2 is read at its higher end', withRange('hospitalAdmissions12m', 1, 2)),
      ],
      silent: [
        ex('1 admission', withValue('hospitalAdmissions12m', 1)),
        ex('a range 0 to 1', withRange('hospitalAdmissions12m', 0, 1)),
      ],
    },
  },
  {
    code: 'health.repeated-emergency-attendances',
    fires: [ex('5 emergency attendances in 12 months', withValue('aeAttendances12m', 5))],
    silent: [ex('1 emergency attendance', withValue('aeAttendances12m', 1))],
    boundary: {
      fires: [
        ex('3 attendances, exactly the line', withValue('aeAttendances12m', 3)),
        ex('a range 2 to 3 is read at its higher end', withRange('aeAttendances12m', 2, 3)),
      ],
      silent: [ex('2 attendances', withValue('aeAttendances12m', 2))],
    },
  },
  {
    code: 'health.was-not-brought-pattern',
    fires: [
      ex('brought to 40% of appointments', withValue('healthAppointmentsAttendedPct', 40)),
      ex('counted: brought to 1 of 5 on record', withAppointments(1, 4)),
    ],
    silent: [
      ex('brought to 95% of appointments', withValue('healthAppointmentsAttendedPct', 95)),
      ex('one explained missed appointment among several kept', withAppointments(5, 1)),
    ],
    boundary: {
      fires: [
        ex('brought to 74.9%, just below 75%', withValue('healthAppointmentsAttendedPct', 74.9)),
        ex('a range 60 to 90 is read at its worse (lower) end', withRange('healthAppointmentsAttendedPct', 60, 90)),
        ex('counted: 2 of 4 on record (50%), the fewest that make a pattern', withAppointments(2, 2)),
      ],
      silent: [
        ex('brought to exactly 75%', withValue('healthAppointmentsAttendedPct', 75)),
        ex('counted: 3 of 4 on record (75%)', withAppointments(3, 1)),
        ex('counted: 1 of 3 on record, too few to be a pattern', withAppointments(1, 2)),
        ex(
          'a recorded 80% wins over a poor count on record',
          withValue('healthAppointmentsAttendedPct', 80),
          withAppointments(1, 4),
        ),
      ],
    },
  },
];
