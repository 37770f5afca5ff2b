/** Specs for the parent factor rules, read from each household member's factors. */
import {
  member,
  withChildrenRemoved,
  withConcern,
  withEngagement,
  withFactor,
  withMember,
  withMemberPatch,
} from '../../fixtures/case-builder.js';
import { ex, type RuleSpec } from '../harness.js';

/** An older brother, 14: a child of the household, not a carer. */
const brother = withMember(member('brother', 'older brother', 'brother', { ageYears: 14 }));

export const parentSpecs: readonly RuleSpec[] = [
  {
    code: 'parent.substance-misuse-current',
    fires: [
      ex('mother’s substance misuse is current', withFactor('mother', 'substanceMisuse', 'current', 'Daily cannabis use.')),
    ],
    silent: [ex('misuse is historic', withFactor('mother', 'substanceMisuse', 'historic'))],
    boundary: {
      fires: [
        ex(
          'father’s misuse is current, living apart',
          withMemberPatch('father', { livesWithChild: false }),
          withFactor('father', 'substanceMisuse', 'current'),
        ),
      ],
      silent: [
        ex('misuse only alleged', withFactor('mother', 'substanceMisuse', 'alleged')),
        ex('misuse unknown', withFactor('mother', 'substanceMisuse', 'unknown')),
        ex('a 14-year-old brother’s current use is not a parent’s', brother, withFactor('brother', 'substanceMisuse', 'current')),
      ],
    },
  },
  {
    code: 'parent.substance-misuse-historic',
    fires: [ex('mother’s misuse is historic', withFactor('mother', 'substanceMisuse', 'historic', 'Alcohol, 2019.'))],
    silent: [ex('misuse is current', withFactor('mother', 'substanceMisuse', 'current'))],
    boundary: {
      fires: [ex('treatment completed counts as past misuse', withFactor('mother', 'substanceMisuse', 'completed'))],
      silent: [ex('misuse only alleged', withFactor('mother', 'substanceMisuse', 'alleged'))],
    },
  },
  {
    code: 'parent.treatment-disengaged',
    fires: [
      ex(
        'mother not engaged with treatment',
        withFactor('mother', 'treatmentEngagement', 'not-engaged', 'Missed key-work sessions.'),
      ),
    ],
    silent: [ex('mother engaged with treatment', withFactor('mother', 'treatmentEngagement', 'engaged'))],
    boundary: {
      fires: [ex('father not engaged', withFactor('father', 'treatmentEngagement', 'not-engaged'))],
      silent: [ex('partial engagement is not enough on its own', withFactor('mother', 'treatmentEngagement', 'partial'))],
    },
  },
  {
    code: 'parent.mental-health',
    fires: [ex('mother’s mental ill health is current', withFactor('mother', 'mentalHealth', 'current', 'Depression.'))],
    silent: [ex('mental ill health is historic', withFactor('mother', 'mentalHealth', 'historic'))],
    boundary: {
      fires: [ex('father’s mental ill health is current', withFactor('father', 'mentalHealth', 'current'))],
      silent: [ex('unknown', withFactor('mother', 'mentalHealth', 'unknown'))],
    },
  },
  {
    code: 'parent.learning-disability',
    fires: [ex('mother has a learning disability', withFactor('mother', 'learningDisability', 'current'))],
    silent: [ex('learning disability unknown', withFactor('mother', 'learningDisability', 'unknown'))],
    boundary: {
      fires: [ex('father has a learning disability', withFactor('father', 'learningDisability', 'current'))],
      silent: [
        ex('a brother’s learning disability is not a parent’s', brother, withFactor('brother', 'learningDisability', 'current')),
      ],
    },
  },
  {
    code: 'parent.domestic-abuse',
    fires: [ex('current domestic abuse', withFactor('mother', 'domesticAbuse', 'current', 'Police call-outs.'))],
    silent: [ex('domestic abuse none known (base) but unknown for father', withFactor('father', 'domesticAbuse', 'unknown'))],
    boundary: {
      fires: [
        ex('alleged domestic abuse', withFactor('father', 'domesticAbuse', 'alleged')),
        ex('historic domestic abuse', withFactor('mother', 'domesticAbuse', 'historic')),
      ],
      silent: [
        ex('not applicable', withFactor('mother', 'domesticAbuse', 'not-applicable')),
        ex('unknown', withFactor('mother', 'domesticAbuse', 'unknown')),
      ],
    },
  },
  {
    code: 'parent.previous-children-removed',
    fires: [ex('mother has had 2 children removed', withChildrenRemoved('mother', 2))],
    silent: [ex('count not known (null)', withChildrenRemoved('mother', null))],
    boundary: {
      fires: [ex('exactly 1 child removed', withChildrenRemoved('father', 1))],
      silent: [ex('0 children removed', withChildrenRemoved('mother', 0))],
    },
  },
  {
    code: 'parent.imprisoned',
    fires: [
      ex(
        'father in prison now',
        withMemberPatch('father', { livesWithChild: false }),
        withFactor('father', 'imprisonment', 'current', 'On remand.'),
      ),
    ],
    silent: [ex('father was in prison before', withFactor('father', 'imprisonment', 'historic'))],
    boundary: {
      fires: [ex('mother in prison now', withFactor('mother', 'imprisonment', 'current'))],
      silent: [ex('imprisonment unknown', withFactor('father', 'imprisonment', 'unknown'))],
    },
  },
  {
    code: 'parent.criminality',
    fires: [ex('father has current offending', withFactor('father', 'criminality', 'current', 'Under investigation.'))],
    silent: [ex('criminality unknown', withFactor('father', 'criminality', 'unknown'))],
    boundary: {
      fires: [ex('past convictions', withFactor('father', 'criminality', 'historic'))],
      silent: [ex('only alleged', withFactor('father', 'criminality', 'alleged'))],
    },
  },
  {
    code: 'parent.hostile-to-professionals',
    fires: [
      ex(
        'hostility recorded by school and on the engagement record',
        withConcern(['engagement.hostile-or-intimidating'], { domain: 'safety' }),
        withEngagement('otherFacts', ['engagement.hostile-or-intimidating'], 'Shouted at the health visitor.'),
      ),
    ],
    silent: [
      ex('non-engagement recorded twice', withConcern(['engagement.non-engagement']), withConcern(['engagement.non-engagement'])),
    ],
    boundary: {
      fires: [
        ex(
          'two occasions, both on concerns',
          withConcern(['engagement.hostile-or-intimidating']),
          withConcern(['engagement.hostile-or-intimidating'], { sourceAgency: 'GP' }),
        ),
      ],
      silent: [ex('a single hostile episode stays an observation', withConcern(['engagement.hostile-or-intimidating']))],
    },
  },
  {
    code: 'parent.young-parent',
    fires: [ex('mother aged 17', withMemberPatch('mother', { ageYears: 17 }))],
    silent: [ex('mother aged 34 (base)', withMemberPatch('mother', { ageYears: 34 }))],
    boundary: {
      fires: [ex('mother aged 19, just under 20', withMemberPatch('mother', { ageYears: 19 }))],
      silent: [
        ex('mother aged exactly 20', withMemberPatch('mother', { ageYears: 20 })),
        ex('age not recorded', withMemberPatch('mother', { ageYears: null })),
        ex('a 14-year-old brother is not a parent', brother),
      ],
    },
  },
  {
    code: 'parent.postnatal-depression',
    fires: [
      ex(
        'mother’s current mental ill health is postnatal depression',
        withFactor('mother', 'mentalHealth', 'current', 'Postnatal depression since the birth.'),
      ),
    ],
    silent: [ex('mother’s current mental ill health is anxiety', withFactor('mother', 'mentalHealth', 'current', 'Anxiety.'))],
    boundary: {
      fires: [
        ex(
          'perinatal depression',
          withFactor('mother', 'mentalHealth', 'current', 'Perinatal depression, under the perinatal team.'),
        ),
      ],
      silent: [
        ex(
          'postnatal depression in the past (historic)',
          withFactor('mother', 'mentalHealth', 'historic', 'Postnatal depression in 2016.'),
        ),
      ],
    },
  },
];
