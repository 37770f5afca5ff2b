/** Specs for the action rules: what must happen, from findings, gaps, the recommendation and the disagreement. */
import {
  unbornChild,
  withAsOf,
  withChildrenRemoved,
  withChronicCondition,
  withCinPlan,
  withConcern,
  withConsent,
  withCpPlan,
  withDisagreement,
  withFatherConsulted,
  withPathway,
  withRange,
  withSiblingOpenCase,
  withValue,
} from '../../fixtures/case-builder.js';
import { ex, type RuleSpec } from '../harness.js';

const hunger = withConcern(['care.hunger']);
const disclosure = withConcern(['safety.disclosure'], { domain: 'safety' });
const missingFromEducation = withConcern(['education.missing-from-education'], { domain: 'education' });
/** Stage 1 began on Monday 2025-03-03; five working days (day 0 convention) run to 2025-03-10. */
const stageOneFromMonday = withDisagreement([{ stage: 1, date: '2025-03-03' }]);
const openDisagreement = withDisagreement([{ stage: 1, date: '2025-03-12' }]);
const today = (codes: string[]) => withConcern(codes, { date: '2025-03-14', domain: 'supervision' });

export const actionSpecs: readonly RuleSpec[] = [
  {
    code: 'action.assess-child-in-own-right',
    fires: [ex('an older brother has an open plan', withSiblingOpenCase())],
    silent: [ex('the open plan listed is the child’s own', withSiblingOpenCase('Child T'))],
    boundary: {
      fires: [ex('a baby sister on a protection plan', withSiblingOpenCase('baby sister', 'child protection plan'))],
      silent: [ex('listed as "subject"', withSiblingOpenCase('subject'))],
    },
  },
  {
    code: 'action.escalate-next-stage',
    fires: [ex('stage 1 began a month ago and is unresolved', withDisagreement([{ stage: 1, date: '2025-02-10' }]))],
    silent: [ex('stage 1 tried, but no date recorded', withDisagreement([{ stage: 1, date: null }]))],
    boundary: {
      fires: [ex('the day after the stage 1 deadline (2025-03-11)', stageOneFromMonday, withAsOf('2025-03-11'))],
      silent: [
        ex('on the stage 1 deadline itself (2025-03-10)', stageOneFromMonday, withAsOf('2025-03-10')),
        ex('no stage tried yet', withDisagreement([])),
      ],
    },
  },
  {
    code: 'action.immediate-safety-plan',
    fires: [ex('safety scaled at 1', withValue('safetyScaling', 1))],
    silent: [ex('safety scaled at 6', withValue('safetyScaling', 6))],
    boundary: {
      fires: [
        ex('safety scaled at exactly 2', withValue('safetyScaling', 2)),
        ex('a range 1 to 4 is read at its worse (lower) end', withRange('safetyScaling', 1, 4)),
      ],
      silent: [ex('safety scaled at 3', withValue('safetyScaling', 3)), ex('a range 3 to 5', withRange('safetyScaling', 3, 5))],
    },
  },
  {
    code: 'action.inform-and-involve-father',
    fires: [ex('a concern, father not consulted', hunger, withFatherConsulted(false))],
    silent: [ex('a concern, father consulted', hunger)],
    boundary: {
      fires: [ex('a concern, father consulted unknown with no reason', hunger, withFatherConsulted(null))],
      silent: [
        ex('no concern, father not consulted', withFatherConsulted(false)),
        ex('a concern, null with "not needed"', hunger, withFatherConsulted(null, 'Not needed.')),
      ],
    },
  },
  {
    code: 'action.link-attendance-and-welfare',
    fires: [ex('attendance 85% and a hungry child', withValue('schoolAttendancePct', 85), hunger)],
    silent: [ex('attendance 85% and no welfare concern', withValue('schoolAttendancePct', 85))],
    boundary: {
      fires: [
        ex('attendance exactly 90% and a hungry child', withValue('schoolAttendancePct', 90), hunger),
        ex('a school concern with no code and a hungry child', withConcern([], { domain: 'education' }), hunger),
      ],
      silent: [ex('attendance 90.1% and a hungry child', withValue('schoolAttendancePct', 90.1), hunger)],
    },
  },
  {
    code: 'action.pre-birth-assessment',
    fires: [ex('unborn, mother has had children removed', unbornChild(), withChildrenRemoved('mother', 2))],
    silent: [ex('unborn, nothing known against the household', unbornChild())],
    boundary: {
      fires: [
        ex(
          'unborn, pregnancy concealed',
          unbornChild(),
          withConcern(['unborn.late-or-concealed'], { domain: 'health', sourceAgency: 'midwife' }),
        ),
      ],
      silent: [ex('a born child whose mother has had children removed', withChildrenRemoved('mother', 2))],
    },
  },
  {
    code: 'action.review-before-closure',
    fires: [ex('referred again 5 months after a child in need plan closed', withCinPlan({ end: '2024-10-01' }))],
    silent: [ex('a plan closed in 2022', withCinPlan({ end: '2022-09' }))],
    boundary: {
      fires: [
        ex(
          'on a protection plan, and the recommendation is below a protection plan',
          withPathway('cin-cp', 'review-conference'),
          withCpPlan({ start: '2024-06', end: null }),
          hunger,
        ),
      ],
      silent: [
        ex(
          'on a protection plan, and a protection plan is still recommended',
          withPathway('cin-cp', 'review-conference'),
          withCpPlan({ start: '2024-06', end: null }),
          disclosure,
        ),
        ex('a contact about a child on a plan (not a step-down decision)', withCpPlan({ start: '2024-06', end: null }), hunger),
      ],
    },
  },
  {
    code: 'action.share-without-consent',
    fires: [ex('significant harm suspected, consent not sought', disclosure, withConsent('not-sought'))],
    silent: [ex('significant harm suspected, consent given', disclosure)],
    boundary: {
      fires: [
        ex('consent refused, child in need level', missingFromEducation, withConsent('refused')),
        ex(
          'consent refusal ticked on a concern, child in need level',
          missingFromEducation,
          withConcern(['engagement.consent-refused']),
        ),
        ex('significant harm, consent not recorded', disclosure, withConsent('unknown')),
      ],
      silent: [
        ex('consent refused, targeted early help only', hunger, withConsent('refused')),
        ex('child in need level, consent not sought (not refused)', missingFromEducation, withConsent('not-sought')),
      ],
    },
  },
  {
    code: 'action.strategy-discussion',
    fires: [ex('a disclosure on a contact', disclosure)],
    silent: [ex('child in need level on a contact', missingFromEducation)],
    boundary: {
      fires: [
        ex('a disclosure at the strategy-discussion stage', withPathway('cin-cp', 'strategy-discussion'), disclosure),
        ex('a disclosure behind a disagreement (whatever stage it is at)', openDisagreement, disclosure),
      ],
      silent: [
        ex('a disclosure at the initial conference (a discussion has been held)', withPathway('cin-cp', 'icpc'), disclosure),
        ex('a disagreement about a child in need level', openDisagreement, missingFromEducation),
      ],
    },
  },
  {
    code: 'action.update-share-health-plan',
    fires: [ex('asthma and no action plan', withChronicCondition('asthma'))],
    silent: [
      ex(
        'asthma with a current plan shared with school',
        withChronicCondition('asthma', { exists: true, lastReviewed: '2024-09', sharedWith: ['school'] }),
      ),
    ],
    boundary: {
      fires: [
        ex(
          'plan last reviewed a day more than 12 months before',
          withChronicCondition('asthma', { exists: true, lastReviewed: '2024-03-13', sharedWith: ['school'] }),
        ),
      ],
      silent: [
        ex(
          'plan last reviewed exactly 12 months before',
          withChronicCondition('asthma', { exists: true, lastReviewed: '2024-03-14', sharedWith: ['school'] }),
        ),
      ],
    },
  },
  {
    code: 'action.urgent-clinical-review',
    fires: [ex('3 admissions in 12 months', withValue('hospitalAdmissions12m', 3))],
    silent: [ex('1 admission', withValue('hospitalAdmissions12m', 1))],
    boundary: {
      fires: [
        ex('2 admissions, exactly the line', withValue('hospitalAdmissions12m', 2)),
        ex(
          'no review after emergency care (ticked)',
          withConcern(['health.emergency-care-no-follow-up'], { domain: 'health', sourceAgency: 'GP' }),
        ),
      ],
      silent: [
        ex('5 emergency attendances are not admissions', withValue('aeAttendances12m', 5)),
        ex(
          'discharged without a plan (ticked)',
          withConcern(['health.discharged-without-plan'], { domain: 'health', sourceAgency: 'hospital' }),
        ),
      ],
    },
  },
  {
    code: 'action.urgent-referral-bypass',
    fires: [
      ex('during a disagreement, the carer is incapacitated today', openDisagreement, today(['supervision.carer-incapacitated'])),
    ],
    silent: [
      ex(
        'during a disagreement, the carer was incapacitated yesterday',
        openDisagreement,
        withConcern(['supervision.carer-incapacitated'], { date: '2025-03-13' }),
      ),
    ],
    boundary: {
      fires: [ex('during a disagreement, a disclosure today', openDisagreement, today(['safety.disclosure']))],
      silent: [
        ex(
          'during a disagreement, a concern dated only to this month',
          openDisagreement,
          withConcern(['supervision.carer-incapacitated'], { date: '2025-03' }),
        ),
        ex('during a disagreement, an unkempt child today', openDisagreement, today(['care.unkempt'])),
        ex('no disagreement: a contact with an incapacitated carer today', today(['supervision.carer-incapacitated'])),
      ],
    },
  },
];
