/** Specs for the household factor rules, derived from observations, moves and the members' factors. */
import {
  agedMonths,
  member,
  noneKnownFactors,
  unbornChild,
  withChildrenRemoved,
  withChildsVoice,
  withConcern,
  withCpPlan,
  withFactor,
  withMember,
  withMove,
} from '../../fixtures/case-builder.js';
import { ex, type RuleSpec } from '../harness.js';

const brother = withMember(member('brother', 'older brother', 'brother', { ageYears: 14 }));
const unknown = { status: 'unknown', detail: null } as const;
const uncheckedFactors = {
  ...noneKnownFactors(),
  substanceMisuse: unknown,
  mentalHealth: unknown,
  domesticAbuse: unknown,
  criminality: unknown,
};

export const householdSpecs: readonly RuleSpec[] = [
  {
    code: 'household.financial-hardship',
    fires: [ex('the family cannot afford basics (ticked on a concern)', withConcern(['care.cannot-afford-basics']))],
    silent: [ex('utilities cut off, with no money worry ticked', withConcern(['care.utilities-cut-off']))],
    boundary: {
      fires: [
        ex(
          'the child says there is no money for food (ticked on the child’s words)',
          withChildsVoice(['care.cannot-afford-basics'], 'Mum says we have no money.'),
        ),
      ],
      silent: [ex('the child is hungry, nothing about money', withChildsVoice(['care.hunger']))],
    },
  },
  {
    code: 'household.housing-instability',
    fires: [
      ex('unsuitable accommodation recorded', withConcern(['home.unsuitable-accommodation'], { domain: 'home-conditions' })),
    ],
    silent: [
      ex(
        'poor home conditions are not housing instability',
        withConcern(['home.poor-conditions'], { domain: 'home-conditions' }),
      ),
    ],
    boundary: {
      fires: [ex('two moves between authorities', withMove('2021-05'), withMove('2023-02'))],
      silent: [ex('one move between authorities', withMove('2023-02'))],
    },
  },
  {
    code: 'household.multiple-adult-factors',
    fires: [
      ex(
        'mother: current substance misuse and mental ill health',
        withFactor('mother', 'substanceMisuse', 'current'),
        withFactor('mother', 'mentalHealth', 'current'),
      ),
    ],
    silent: [ex('one factor only', withFactor('mother', 'substanceMisuse', 'current'))],
    boundary: {
      fires: [
        ex(
          'two factors across two carers',
          withFactor('mother', 'mentalHealth', 'current'),
          withFactor('father', 'substanceMisuse', 'current'),
        ),
        ex(
          'alleged domestic abuse with a learning disability',
          withFactor('father', 'domesticAbuse', 'alleged'),
          withFactor('mother', 'learningDisability', 'current'),
        ),
      ],
      silent: [
        ex(
          'historic misuse with current mental ill health',
          withFactor('mother', 'substanceMisuse', 'historic'),
          withFactor('mother', 'mentalHealth', 'current'),
        ),
        ex(
          'the second factor belongs to a 14-year-old brother',
          brother,
          withFactor('mother', 'mentalHealth', 'current'),
          withFactor('brother', 'substanceMisuse', 'current'),
        ),
        ex(
          'the same factor in both parents counts once',
          withFactor('mother', 'mentalHealth', 'current'),
          withFactor('father', 'mentalHealth', 'current'),
        ),
      ],
    },
  },
  {
    code: 'household.new-baby-or-pregnancy',
    fires: [
      ex(
        'a baby of 6 months and a mother with mental ill health',
        agedMonths(6),
        withFactor('mother', 'mentalHealth', 'current'),
      ),
    ],
    silent: [ex('a baby of 6 months and no strain', agedMonths(6))],
    boundary: {
      fires: [
        ex('a baby of 11 months, and a previous plan', agedMonths(11), withCpPlan({ child: 'older sister' })),
        ex('unborn, and children removed before', unbornChild(), withChildrenRemoved('mother', 1)),
        ex(
          'a baby sibling under 1, with domestic abuse',
          withMember(member('baby', 'baby brother', 'brother', { ageYears: 0.5 })),
          withFactor('mother', 'domesticAbuse', 'current'),
        ),
      ],
      silent: [
        ex('a child of 12 months with strain', agedMonths(12), withFactor('mother', 'mentalHealth', 'current')),
        ex('an 8-year-old with strain', withFactor('mother', 'mentalHealth', 'current')),
      ],
    },
  },
  {
    code: 'household.new-partner',
    fires: [
      ex(
        'a new partner whose circumstances are unknown',
        withMember(member('partner', 'new partner', 'not related', { factors: uncheckedFactors })),
      ),
    ],
    silent: [ex('a new partner who has been checked', withMember(member('partner', 'new partner', 'not related')))],
    boundary: {
      fires: [
        ex(
          'one unchecked factor is enough',
          withMember(member('partner', 'boyfriend', 'not related', { factors: { ...noneKnownFactors(), criminality: unknown } })),
        ),
        ex(
          'the mother’s partner, not checked',
          withMember(member('partner', 'partner', 'mother’s partner', { factors: uncheckedFactors })),
        ),
      ],
      silent: [
        ex(
          'the birth father, not described as a partner',
          withMember(member('father2', 'father', 'birth father', { factors: uncheckedFactors })),
        ),
        ex(
          'an unchecked grandmother is not a partner',
          withMember(member('gran', 'grandmother', 'grandmother', { factors: uncheckedFactors })),
        ),
        ex(
          'a partner whose treatment engagement alone is unknown',
          withMember(
            member('partner', 'partner', 'not related', { factors: { ...noneKnownFactors(), treatmentEngagement: unknown } }),
          ),
        ),
      ],
    },
  },
];
