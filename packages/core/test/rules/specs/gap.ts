/**
 * Specs for the gap rules. Most gaps matter only once there is a concern (the relevance gate):
 * each spec shows the gap silent with no concern and firing with one.
 */
import {
  agedMonths,
  member,
  unbornChild,
  withChildsVoice,
  withConcern,
  withCpPlan,
  withEngagement,
  withExtendedFamilyConsulted,
  withFactor,
  withFatherConsulted,
  withHistoryChecks,
  withMember,
  withMemberPatch,
  withMove,
  withPathway,
  withRange,
  withAdultService,
  withDisagreement,
  withValue,
} from '../../fixtures/case-builder.js';
import type { CaseEdit } from '../../fixtures/case-builder.js';
import { ex, type RuleSpec } from '../harness.js';

/** One concern, reported by the school: a hungry child (targeted early help on its own). */
const concern = withConcern(['care.hunger']);
/** The child's voice as one entry with no words, only a context (an observation, or a note that it was not sought). */
const voiceEntryWithContext =
  (context: string): CaseEdit =>
  (f) => ({ ...f, childsVoice: [{ words: null, verbatim: false, date: null, recordedBy: null, context, codes: [] }] });
const fromGp = withConcern(['care.hunger'], { sourceAgency: 'GP' });
const substance = withFactor('mother', 'substanceMisuse', 'current');

export const gapSpecs: readonly RuleSpec[] = [
  {
    code: 'gap.history-not-checked',
    fires: [ex('no history checks recorded', withHistoryChecks([]))],
    silent: [
      ex(
        'own records could not be checked, and why',
        withHistoryChecks([{ source: 'own-records', status: 'not-possible', detail: 'System down; retry tomorrow.' }]),
      ),
      ex('a record check written in the history', withHistoryChecks(undefined), (f) => ({
        ...f,
        history: {
          ...f.history,
          otherRelevantHistory: [
            { date: '2025-03-10', detail: 'Front-door record checks: no earlier contacts for the household.' },
          ],
        },
      })),
    ],
    boundary: {
      fires: [
        ex('only the police were checked', withHistoryChecks([{ source: 'police', status: 'done', detail: 'No trace.' }])),
        ex('the field is missing altogether', withHistoryChecks(undefined)),
        ex(
          'a disagreement about a contact with no checks',
          withDisagreement([{ stage: 1, date: '2025-03-12' }]),
          withHistoryChecks([]),
        ),
      ],
      silent: [ex('the child in need or protection pathway with no checks', withPathway('cin-cp'), withHistoryChecks([]))],
    },
  },
  {
    code: 'gap.other-authority-not-checked',
    fires: [
      ex('a move, and only own records checked', withMove()),
      ex(
        'a move whose detail says no records were asked for',
        withMove('2023-04', 'Moved; no transfer of records has been asked for.'),
      ),
    ],
    silent: [
      ex(
        'a move, and the previous authority checked',
        withMove(),
        withHistoryChecks([{ source: 'previous-authority', status: 'done', detail: 'Records received.' }]),
      ),
      ex(
        'a move whose detail says the records were obtained',
        withMove('2019/2020', 'Moved here; the previous authority’s records were obtained in 2021.'),
      ),
    ],
    boundary: {
      fires: [
        ex(
          'two moves, own and police records checked',
          withMove('2020-01'),
          withMove(),
          withHistoryChecks([
            { source: 'own-records', status: 'done', detail: 'x' },
            { source: 'police', status: 'done', detail: 'x' },
          ]),
        ),
      ],
      silent: [
        ex(
          'a move, previous authority asked but not possible',
          withMove(),
          withHistoryChecks([{ source: 'previous-authority', status: 'not-possible', detail: 'Authority not known.' }]),
        ),
        ex('no move, no check of another authority', withHistoryChecks([])),
      ],
    },
  },
  {
    code: 'gap.father-not-consulted',
    fires: [ex('a concern, father not consulted', concern, withFatherConsulted(false))],
    silent: [ex('a concern, father consulted', concern)],
    boundary: {
      fires: [
        ex('a concern, father consulted unknown (null) with no reason', concern, withFatherConsulted(null)),
        ex('a concern, null with an unrelated note', concern, withFatherConsulted(null, 'Father is in prison.')),
      ],
      silent: [
        ex('no concern (relevance gate), father not consulted', withFatherConsulted(false)),
        ex('a concern, null with detail "not needed"', concern, withFatherConsulted(null, 'Not needed: father died in 2020.')),
        ex('a concern, null with detail "not applicable"', concern, withFatherConsulted(null, 'Not applicable.')),
      ],
    },
  },
  {
    code: 'gap.extended-family-not-considered',
    fires: [ex('a concern, extended family not considered', concern, withExtendedFamilyConsulted(false))],
    silent: [ex('a concern, extended family considered', concern)],
    boundary: {
      fires: [ex('a concern, unknown (null) with no reason', concern, withExtendedFamilyConsulted(null))],
      silent: [
        ex('no concern (relevance gate), extended family not considered', withExtendedFamilyConsulted(false)),
        ex(
          'a concern, null with detail "not needed"',
          concern,
          withExtendedFamilyConsulted(null, 'Not needed for a single-agency response.'),
        ),
      ],
    },
  },
  {
    code: 'gap.adult-services-not-consulted',
    fires: [ex('mother’s current misuse and no adult service consulted', substance)],
    silent: [ex('the drug and alcohol service consulted', substance, withAdultService('drug and alcohol service', true))],
    boundary: {
      fires: [
        ex(
          'the service listed but its consultation not recorded (null)',
          substance,
          withAdultService('drug and alcohol service', null),
        ),
        ex('the service recorded as not consulted', substance, withAdultService('drug and alcohol service', false)),
        ex(
          'mental ill health, and only the drug service consulted',
          withFactor('mother', 'mentalHealth', 'current'),
          withAdultService('drug and alcohol service', true),
        ),
        ex('alleged misuse', withFactor('father', 'substanceMisuse', 'alleged')),
        ex(
          'the GP treating the mother’s depression asked, the perinatal team listed and not asked',
          withFactor('mother', 'mentalHealth', 'current'),
          withAdultService('GP (mother’s antidepressant treatment)', true),
          withAdultService('perinatal mental health team', false),
        ),
        ex(
          'both parents misuse drugs and only the mother’s service was asked',
          withFactor('mother', 'substanceMisuse', 'current'),
          withFactor('father', 'substanceMisuse', 'current'),
          withAdultService('drug service (mother)', true),
        ),
      ],
      silent: [
        ex('mental ill health in the past only', withFactor('mother', 'mentalHealth', 'historic')),

        ex(
          'depression, and the GP treating it consulted',
          withFactor('mother', 'mentalHealth', 'current'),
          withAdultService('GP practice treating the mother’s depression', true),
        ),
        ex(
          'a 14-year-old brother’s misuse',
          withMember(member('brother', 'older brother', 'brother', { ageYears: 14 })),
          withFactor('brother', 'substanceMisuse', 'current'),
        ),
      ],
    },
  },
  {
    code: 'gap.health-not-consulted',
    fires: [ex('a concern from school only', concern)],
    silent: [
      ex('a concern from the GP', fromGp),
      ex(
        'a concern from the school nursing service (a health service)',
        withConcern(['care.hunger'], { sourceAgency: 'school nursing service' }),
      ),
    ],
    boundary: {
      fires: [ex('one concern from school is enough to make it relevant', withConcern(['care.unkempt']))],
      silent: [
        ex('no concern (relevance gate)', withValue('schoolAttendancePct', 97)),
        ex('a concern from school, and a health measure recorded', concern, withValue('hospitalAdmissions12m', 0)),
        ex(
          'a concern from school, and the health visitor also reports',
          concern,
          withConcern([], { sourceAgency: 'health visitor', domain: 'health' }),
        ),
      ],
    },
  },
  {
    code: 'gap.school-not-consulted',
    fires: [ex('a concern from the GP about an 8-year-old', fromGp)],
    silent: [ex('a concern from school', concern)],
    boundary: {
      fires: [ex('aged 36 months, the framework’s school or nursery age', agedMonths(36), fromGp)],
      silent: [
        ex('aged 35 months', agedMonths(35), fromGp),
        ex('no concern (relevance gate)', agedMonths(96)),
        ex('an attendance figure recorded', fromGp, withValue('schoolAttendancePct', 95)),
      ],
    },
  },
  {
    code: 'gap.child-not-seen-alone',
    fires: [ex('not seen alone for 60 days', withValue('daysSinceSeenAloneByAllocatedWorker', 60))],
    silent: [ex('seen alone 20 days ago', withValue('daysSinceSeenAloneByAllocatedWorker', 20))],
    boundary: {
      fires: [
        ex('43 days, one more than 42', withValue('daysSinceSeenAloneByAllocatedWorker', 43)),
        ex('a range 30 to 50 days is read at its worse (higher) end', withRange('daysSinceSeenAloneByAllocatedWorker', 30, 50)),
        ex(
          'on a protection plan: 15 days (11 working days)',
          withCpPlan({ start: '2024-11', end: null }),
          withValue('daysSinceSeenAloneByAllocatedWorker', 15),
        ),
      ],
      silent: [
        ex('exactly 42 days', withValue('daysSinceSeenAloneByAllocatedWorker', 42)),
        ex(
          'on a protection plan: 14 days (10 working days)',
          withCpPlan({ start: '2024-11', end: null }),
          withValue('daysSinceSeenAloneByAllocatedWorker', 14),
        ),
      ],
    },
  },
  {
    code: 'gap.child-voice-not-sought',
    fires: [ex('a concern and no words of the child', concern)],
    silent: [
      ex('a concern and the child’s words recorded', concern, withChildsVoice([], 'I like my teacher.')),
      ex(
        'a concern and an observation of a baby recorded with no words',
        concern,
        voiceEntryWithContext('Settled and smiling at his mother.'),
      ),
    ],
    boundary: {
      fires: [
        ex('one concern at early help level', withConcern(['care.unkempt'])),
        ex(
          'an entry that says no observation of the baby is recorded',
          concern,
          voiceEntryWithContext('Infant; no observation of his care is recorded.'),
        ),
        ex(
          'an entry that records the child’s view was not sought',
          concern,
          voiceEntryWithContext('Not sought: nobody has asked him.'),
        ),
      ],
      silent: [
        ex('no concern (relevance gate)', withFatherConsulted(true)),
        ex('a concern with no code ticked makes no finding', withConcern([])),
        ex('an unborn child', unbornChild(), withConcern(['unborn.late-or-concealed'], { sourceAgency: 'midwife' })),
      ],
    },
  },
  {
    code: 'gap.home-not-visited',
    fires: [
      ex('child in need level and no home seen', withConcern(['education.missing-from-education'], { domain: 'education' })),
    ],
    silent: [
      ex(
        'child in need level, and a home-conditions concern recorded',
        withConcern(['education.missing-from-education'], { domain: 'education' }),
        withConcern([], { domain: 'home-conditions' }),
      ),
    ],
    boundary: {
      fires: [ex('significant harm and no home seen', withConcern(['safety.disclosure'], { domain: 'safety' }))],
      silent: [
        ex('targeted early help only', concern),
        ex(
          'child in need level, and a home visit on the engagement record',
          withConcern(['education.missing-from-education'], { domain: 'education' }),
          withEngagement('otherFacts', [], 'Home visit: warm and clean.'),
        ),
      ],
    },
  },
  {
    code: 'gap.discharge-plan-missing',
    fires: [ex('one admission and no discharge plan on record', withValue('hospitalAdmissions12m', 1))],
    silent: [ex('no admissions', withValue('hospitalAdmissions12m', 0))],
    boundary: {
      fires: [
        ex('a range 0 to 1 admissions is read at its higher end', withRange('hospitalAdmissions12m', 0, 1)),
        ex(
          'discharged without a plan (ticked)',
          withConcern(['health.discharged-without-plan'], { domain: 'health', sourceAgency: 'hospital' }),
        ),
      ],
      silent: [ex('emergency attendances are not admissions', withValue('aeAttendances12m', 3))],
    },
  },
  {
    code: 'gap.parental-factors-unknown',
    fires: [ex('a concern, mother’s mental health unknown', concern, withFactor('mother', 'mentalHealth', 'unknown'))],
    silent: [ex('a concern, every factor known', concern)],
    boundary: {
      fires: [ex('a concern, father’s domestic abuse unknown', concern, withFactor('father', 'domesticAbuse', 'unknown'))],
      silent: [
        ex('no concern (relevance gate), mother’s mental health unknown', withFactor('mother', 'mentalHealth', 'unknown')),
        ex(
          'a concern, unknown only for a father who lives apart',
          concern,
          withMemberPatch('father', { livesWithChild: false }),
          withFactor('father', 'substanceMisuse', 'unknown'),
        ),
        ex(
          'a concern, only criminality unknown (not one of the four asked)',
          concern,
          withFactor('mother', 'criminality', 'unknown'),
        ),
      ],
    },
  },
];
