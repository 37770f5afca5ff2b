/** Specs for the history rules (read from the case's history) and the unborn baby's risk factors. */
import {
  unbornChild,
  withChildrenRemoved,
  withCinPlan,
  withConcern,
  withCpPlan,
  withFactor,
  withMemberPatch,
  withMove,
  withReferralCount,
  withReferrals,
  withSiblingOpenCase,
} from '../../fixtures/case-builder.js';
import type { CaseEdit } from '../../fixtures/case-builder.js';
import { ex, type RuleSpec } from '../harness.js';

const withOtherHistory =
  (date: string, detail: string): CaseEdit =>
  (f) => ({ ...f, history: { ...f.history, otherRelevantHistory: [...f.history.otherRelevantHistory, { date, detail }] } });

export const historySpecs: readonly RuleSpec[] = [
  {
    code: 'history.previous-cp-plan',
    fires: [ex('the child was on a neglect plan', withCpPlan())],
    silent: [ex('a sibling was on a plan', withCpPlan({ child: 'older brother' }))],
    boundary: {
      fires: [ex('a plan recorded under the child’s own label', withCpPlan({ child: 'Child T', category: 'emotional' }))],
      silent: [ex('a child in need plan is not a protection plan', withCinPlan())],
    },
  },
  {
    code: 'history.repeat-cp-plans-neglect',
    fires: [
      ex(
        'the child and a sibling each on a neglect plan',
        withCpPlan(),
        withCpPlan({ child: 'older brother', start: '2015-02', end: '2016-01' }),
      ),
    ],
    silent: [
      ex('one neglect plan', withCpPlan()),
      ex(
        'one neglect plan for a sibling and one the mother had as a child',
        withCpPlan({ child: 'half-sibling (the mother’s first baby)' }),
        withCpPlan({ child: 'mother (when she was a child)', start: '2011', end: '2013' }),
      ),
    ],
    boundary: {
      fires: [
        ex(
          'two neglect plans for siblings only, one recorded as NEG',
          withCpPlan({ child: 'older brother', category: 'NEG' }),
          withCpPlan({ child: 'older sister' }),
        ),
      ],
      silent: [
        ex(
          'one neglect and one physical abuse plan',
          withCpPlan(),
          withCpPlan({ category: 'physical', start: '2023-01', end: '2023-06' }),
        ),
      ],
    },
  },
  {
    code: 'history.previous-cin',
    fires: [ex('the child had a child in need plan', withCinPlan())],
    silent: [ex('a sibling had a child in need plan', withCinPlan({ child: 'older brother' }))],
    boundary: {
      fires: [
        ex('recorded as "this child", still open', withCinPlan({ child: 'this child', end: null })),
        ex('a plan for the child and a sister together', withCinPlan({ child: 'Child T and her half-sister' })),
      ],
      silent: [
        ex('a protection plan is not a child in need plan', withCpPlan()),
        ex('a plan for the child’s sister, named through the child', withCinPlan({ child: 'Child T’s half-sister' })),
      ],
    },
  },
  {
    code: 'history.repeat-contacts',
    fires: [ex('5 contacts listed in 12 months', withReferrals(5))],
    silent: [ex('1 contact listed', withReferrals(1))],
    boundary: {
      fires: [
        ex('3 contacts listed, exactly the line', withReferrals(3)),
        ex('a recorded count of 3 with none listed', withReferralCount({ value: 3 })),
      ],
      silent: [ex('2 contacts listed', withReferrals(2)), ex('a recorded count of 2', withReferralCount({ value: 2 }))],
    },
  },
  {
    code: 'history.re-referral-after-closure',
    fires: [ex('a child in need plan ended 2024-10, five months before', withCinPlan({ end: '2024-10-01' }))],
    silent: [ex('a plan ended in 2022', withCinPlan({ end: '2022-09' }))],
    boundary: {
      fires: [
        ex('a plan ended 11 months before', withCinPlan({ end: '2024-04-14' })),
        ex(
          'targeted early help closed 6 months before (other history)',
          withOtherHistory('2024-09-10', 'Targeted early help closed after the mother withdrew consent.'),
        ),
        ex(
          'a protection plan ended in 2024-04, read from the middle of the month (10 months)',
          withCpPlan({ start: '2023-06', end: '2024-04' }),
        ),
      ],
      silent: [
        ex('a plan ended 13 months before', withCinPlan({ end: '2024-02-14' })),
        ex('a sibling’s plan ended 5 months before', withCinPlan({ child: 'older brother', end: '2024-10-01' })),
        ex('a plan still open (no end date)', withCinPlan({ end: null })),
        ex('a parent’s probation ended 5 months before', withOtherHistory('2024-10-01', 'The father’s probation order ended.')),
      ],
    },
  },
  {
    code: 'history.moved-between-authorities',
    fires: [ex('one move between authorities', withMove())],
    silent: [ex('an earlier referral is not a move', withReferrals(1))],
    boundary: {
      fires: [ex('a move with no date', withMove(null))],
      silent: [ex('a plan in the history but no move', withCpPlan())],
    },
  },
  {
    code: 'history.sibling-open-case',
    fires: [ex('an older brother on a child in need plan', withSiblingOpenCase())],
    silent: [ex('the open case listed is the child’s own', withSiblingOpenCase('Child T'))],
    boundary: {
      fires: [ex('a baby sister on a protection plan', withSiblingOpenCase('baby sister', 'child protection plan'))],
      silent: [ex('listed as "subject"', withSiblingOpenCase('subject'))],
    },
  },
  {
    code: 'history.unborn-plan',
    fires: [
      ex('a protection plan that started before the child was born (2016-12)', withCpPlan({ start: '2016-12', end: '2018-01' })),
    ],
    silent: [ex('a protection plan that started when the child was 4', withCpPlan({ start: '2021-01' }))],
    boundary: {
      fires: [
        ex('started 2017-02-13, the day before the earliest likely birth', withCpPlan({ start: '2017-02-13', end: '2018-01' })),
        ex(
          'no start date, but the record says it was a pre-birth plan',
          withCpPlan({ start: null, detail: 'Pre-birth plan, ended at six months.' }),
        ),
      ],
      silent: [
        ex('started 2017-02-14, when the child may already have been born', withCpPlan({ start: '2017-02-14', end: '2018-01' })),
        ex(
          'a sibling’s plan from before this child’s birth',
          withCpPlan({ child: 'older brother', start: '2015-01', end: '2016-01' }),
        ),
      ],
    },
  },
  {
    code: 'unborn.risk-factors',
    fires: [ex('unborn, mother has had 2 children removed', unbornChild(), withChildrenRemoved('mother', 2))],
    silent: [ex('unborn, nothing known against the household', unbornChild())],
    boundary: {
      fires: [
        ex('unborn, mother aged 19', unbornChild(), withMemberPatch('mother', { ageYears: 19 })),
        ex('unborn, an older sibling was on a protection plan', unbornChild(), withCpPlan({ child: 'older brother' })),
        ex(
          'unborn, pregnancy concealed',
          unbornChild(),
          withConcern(['unborn.late-or-concealed'], { domain: 'health', sourceAgency: 'midwife' }),
        ),
        ex('unborn, father’s misuse is current', unbornChild(), withFactor('father', 'substanceMisuse', 'current')),
      ],
      silent: [
        ex('unborn, mother aged 20', unbornChild(), withMemberPatch('mother', { ageYears: 20 })),
        ex('a born child whose mother has had children removed', withChildrenRemoved('mother', 2)),
        ex('unborn, mother’s mental ill health alone', unbornChild(), withFactor('mother', 'mentalHealth', 'current')),
      ],
    },
  },
];
