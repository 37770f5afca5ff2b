/**
 * A second, local framework to show that levels, cut-points and deadlines are data. Its level
 * names follow the split of level 4 into 4a/4b/4c in the Stoke-on-Trent 2014/15 guide; its
 * escalation deadlines follow Lincolnshire's protocol (2, 5 and 2 working days); it counts the
 * trigger day as day 1 as the DfE census tooling does; and it reviews reliever use earlier
 * (6 a year, Scotland's priority-review trigger). It is an example, not any partnership's
 * current document.
 */
import { cinValidator, lincolnshire, stoke2014 } from './citations.js';
import { englandCinCpOutcomes, englandParameters, englandTimescales } from './england.js';
import { englandFloors } from './floors.js';
import { type Framework, frameworkSchema, type Level } from './schema.js';

const level = (id: string, name: string, meaning: string, response: string, outcome: Level['outcome']): Level => ({
  id,
  name,
  meaning,
  response,
  outcome,
  citation: stoke2014(`level ${id}`),
});

export const splitLevelFramework: Framework = frameworkSchema.parse({
  id: 'example-split-level-4',
  version: '2026.11.1',
  name: 'Example partnership: levels of need with level 4 split into 4a, 4b and 4c',
  partnership: 'Example partnership (modelled on the Stoke-on-Trent 2014/15 guide and the Lincolnshire escalation protocol)',
  appliesFrom: '2015-04-01',
  calendar: {
    division: 'england-and-wales',
    triggerDay: 1,
    citation: cinValidator('the reference day counts as day 1 (validator offsets by n-1 days)'),
  },
  levels: [
    level('1', 'Level 1: universal', 'Needs met by universal services', 'Universal services; advice', 'universal'),
    level('2', 'Level 2: additional needs', 'Needs one agency can meet', 'Single-agency support with consent', 'early-help'),
    level(
      '3',
      'Level 3: intensive support',
      'Multiple needs needing coordinated support',
      'Early help assessment and team around the family',
      'targeted-early-help',
    ),
    level('4a', 'Level 4a: children in need', 'The child is in need', 'Social work assessment (s17)', 'child-in-need'),
    level(
      '4b',
      'Level 4b: in need of safeguarding',
      'Reasonable cause to suspect significant harm',
      'Strategy discussion and s47 enquiry',
      'significant-harm',
    ),
    level(
      '4c',
      'Level 4c: immediate safeguarding',
      'The child cannot safely stay at home today',
      'Emergency protection or police protection; the child may come into care',
      'immediate-protection',
    ),
    level(
      'PB',
      'Unborn baby: pre-birth assessment',
      'An unborn baby in a household with risk factors',
      'Pre-birth assessment by children’s social care',
      'pre-birth',
    ),
  ],
  cinCpOutcomes: englandCinCpOutcomes,
  timescales: englandTimescales,
  escalationStages: [
    {
      stage: 1,
      name: 'Step 1: professional to professional',
      counterpart: 'the professional who made the decision',
      workingDays: 2,
      citation: lincolnshire('step 1: agreed action plan within 48 hours'),
    },
    {
      stage: 2,
      name: 'Step 2: manager to manager',
      counterpart: 'the line manager',
      workingDays: 5,
      citation: lincolnshire('step 2: within 5 working days of step 1'),
    },
    {
      stage: 3,
      name: 'Step 3: senior liaison officer',
      counterpart: 'the senior liaison officer or equivalent',
      workingDays: 2,
      citation: lincolnshire('step 3: plan within 2 working days'),
    },
    {
      stage: 4,
      name: 'Step 4: independently chaired partnership meeting',
      counterpart: 'the safeguarding partnership',
      workingDays: 10,
      citation: lincolnshire('step 4: independently chaired meeting'),
    },
  ],
  parameters: {
    ...englandParameters,
    relieverPerMonthMax: {
      description: 'Reliever inhalers a month above which control is poor',
      unit: 'inhalers per month',
      values: [
        {
          value: 0.5,
          from: '2015-04-01',
          citation: {
            source: 'NHS Scotland Respiratory Prescribing Strategy',
            section: '6 or more SABA inhalers a year: priority review',
            note: 'facts.md 6',
          },
        },
      ],
    },
  },
  floors: englandFloors,
});
