/**
 * The England default framework, built from shared/domain (facts.md). Level ids are the scenario
 * scale ('1' .. '4+', 'immediate', 'pre-birth'); every value carries its source and the date it
 * applies from (the publication of that source, to the month where the day is not known).
 */
import {
  childB,
  cinValidator,
  dfeAbsence,
  greenwichHackney,
  hakeem,
  londonPa4,
  neglectSummary,
  niceQs25,
  nrad,
  wt,
  wtisa,
} from './citations.js';
import { englandFloors } from './floors.js';
import { type Framework, frameworkSchema, type Level, type Parameter, type Timescale } from './schema.js';

const level = (id: string, name: string, meaning: string, response: string, outcome: Level['outcome']): Level => ({
  id,
  name,
  meaning,
  response,
  outcome,
  citation: wt('the referral decision: immediate protection, s47, s17, other services or no further action'),
});

const param = (description: string, unit: string, ...values: Parameter['values']): Parameter => ({ description, unit, values });

const WT_FROM = '2018-07-04';

const timescale = (
  id: string,
  description: string,
  amount: number,
  unit: Timescale['unit'],
  startsAt: string,
  citation: Timescale['citation'],
  from = WT_FROM,
): Timescale => ({ id, description, amount, unit, startsAt, citation, from });

/** Timescales shared by every England framework (national guidance). */
export const englandTimescales: Timescale[] = [
  timescale(
    'referral-decision',
    'Decide what happens to a referral and tell the referrer',
    1,
    'working-days',
    'the day the referral is received',
    wt('one working day to decide next steps'),
  ),
  timescale(
    'assessment',
    'Complete the child and family assessment',
    45,
    'working-days',
    'the day the referral is received',
    wt('maximum 45 working days from referral'),
  ),
  timescale(
    'icpc',
    'Hold the initial child protection conference',
    15,
    'working-days',
    'the strategy discussion that started s47 enquiries',
    wt('ICPC within 15 working days of the strategy discussion'),
  ),
  timescale(
    'core-group',
    'Hold the first core group meeting',
    10,
    'working-days',
    'the initial child protection conference',
    wt('first core group within 10 working days of the ICPC'),
  ),
  timescale(
    'review-conference',
    'Hold the first review conference',
    3,
    'months',
    'the initial child protection conference',
    wt('first review within 3 months'),
  ),
  timescale(
    'later-review-conference',
    'Hold later review conferences',
    6,
    'months',
    'the previous review conference',
    wt('then at most every 6 months'),
  ),
  timescale(
    'cin-plan',
    'Write and share the child in need plan',
    10,
    'working-days',
    'the end of the assessment',
    hakeem('10.3-10.4'),
  ),
  timescale('cin-visit', 'See the child in need', 42, 'days', 'the last visit', hakeem('10.3: seen at least every 6 weeks')),
  timescale(
    'police-protection',
    'Police protection lasts at most',
    72,
    'hours',
    'the child being taken into police protection',
    wt('s46 Children Act 1989'),
  ),
  timescale(
    'asthma-follow-up',
    'Follow-up by the general practice after emergency asthma care',
    2,
    'working-days',
    'discharge from emergency care',
    niceQs25('statement 4'),
    '2013-02-28',
  ),
];

/** Parameters of the England default, with dated values. */
export const englandParameters: Record<string, Parameter> = {
  relieverPerMonthMax: param('Reliever inhalers a month above which control is poor', 'inhalers per month', {
    value: 1,
    from: '2014-05-06',
    citation: nrad(
      'more than 12 relievers a year marks high risk; Hakeem SCR 12.15: more than one a month should raise suspicion',
    ),
  }),
  preventerShareMin: param(
    'Share of months with a preventer inhaler collected, below which preventers are under-collected',
    'share',
    {
      value: 0.8,
      from: '2014-05-06',
      citation: nrad('most who died had collected fewer than 12 preventers a year'),
    },
  ),
  followUpWorkingDays: param('Working days within which a child is reviewed after emergency care', 'working days', {
    value: 2,
    from: '2013-02-28',
    citation: niceQs25('statement 4'),
  }),
  admissions12mMin: param('Hospital admissions in 12 months that make a pattern', 'admissions', {
    value: 2,
    from: '2022-09-01',
    citation: hakeem('12.14, 13.3'),
  }),
  edAttendances12mMin: param('Emergency department attendances in 12 months that make a pattern', 'attendances', {
    value: 3,
    from: '2023-12-01',
    citation: childB('timeline; Buckinghamshire neglect learning summary, accidents and injuries'),
  }),
  appointmentsAttendedShareMin: param(
    'Share of health appointments the child is brought to, below which there is a pattern',
    'share',
    {
      value: 0.75,
      from: '2023-12-01',
      citation: childB('4.2.2, 4.3.3, Learning Point 8 (brought to 24% of appointments)'),
    },
  ),
  appointmentsMinCount: param('Appointments needed before a was-not-brought share is counted from the record', 'appointments', {
    value: 4,
    from: '2023-12-01',
    citation: childB('Learning Point 8'),
  }),
  persistentAbsenceAttendanceMax: param('Attendance at or below which a pupil is persistently absent', 'share of sessions', {
    value: 0.9,
    from: '2015-09-01',
    citation: dfeAbsence('persistent absence: missing 10% or more of possible sessions, from 2015/16'),
  }),
  severeAbsenceAttendanceMax: param('Attendance at or below which a pupil is severely absent', 'share of sessions', {
    value: 0.5,
    from: '2015-09-01',
    citation: dfeAbsence('severe absence: missing 50% or more of sessions'),
  }),
  unauthorisedSessionsIn10Weeks: param(
    'Unauthorised sessions in a rolling 10 school weeks at which a penalty notice must be considered',
    'sessions',
    {
      value: 10,
      from: '2024-08-19',
      citation: wtisa('national framework for penalty notices'),
    },
  ),
  latenessShareMax: param('Share of sessions late above which lateness is a pattern', 'share of sessions', {
    value: 0.1,
    from: '2022-09-01',
    citation: hakeem('5.13'),
  }),
  contacts12mMin: param('Contacts in 12 months that make repeated contacts', 'contacts', {
    value: 3,
    from: '2023-12-01',
    citation: childB('4.1.4, Learning Point 1'),
  }),
  reReferralMonths: param('Months after closure within which a new referral is a re-referral', 'months', {
    value: 12,
    from: '2018-01-01',
    citation: greenwichHackney('re-referral within 12 months of a plan ending'),
  }),
  cinSeenAloneDaysMax: param('Days a child in need may go without being seen alone', 'days', {
    value: 42,
    from: '2022-09-01',
    citation: hakeem('10.3: seen at least every 6 weeks'),
  }),
  cpSeenAloneWorkingDaysMax: param('Working days a child on a protection plan may go without being seen alone', 'working days', {
    value: 10,
    from: '2022-09-01',
    citation: hakeem('8.5, 10.2-10.3, Finding 3'),
  }),
  safetyScalingImmediateMax: param('Safety scaling at or below which an immediate safety plan is needed', 'points (0-10)', {
    value: 2,
    from: '2022-09-01',
    citation: hakeem('9.6-9.7, Learning Point 6'),
  }),
  youngParentAgeUnder: param('Age under which a parent counts as a young parent', 'years', {
    value: 20,
    from: '2015-01-01',
    citation: neglectSummary('risk factors'),
  }),
  schoolOrNurseryAgeMonths: param('Age from which a child is expected to be known to a school or nursery', 'months', {
    value: 36,
    from: '2015-01-01',
    citation: hakeem('Finding 2: schools are a key source of information'),
  }),
};

export const englandLevels: Level[] = [
  level(
    '1',
    'Level 1: universal services',
    'Needs are met by universal services',
    'Advice or signposting; no children’s social care action',
    'universal',
  ),
  level(
    '2',
    'Level 2: early help (single agency)',
    'Additional needs one agency can meet',
    'Early help from one agency, with the family’s consent',
    'early-help',
  ),
  level(
    '3',
    'Level 3: targeted early help',
    'Multiple needs that need agencies to work together',
    'Early help assessment, team around the family and a lead professional',
    'targeted-early-help',
  ),
  level(
    '4',
    'Level 4: child in need assessment',
    'The child may be in need (Children Act 1989 s17)',
    'Statutory assessment within 45 working days',
    'child-in-need',
  ),
  level(
    '4+',
    'Level 4+: child protection',
    'Reasonable cause to suspect significant harm',
    'Strategy discussion and s47 enquiry',
    'significant-harm',
  ),
  level(
    'immediate',
    'Immediate protection',
    'The child needs protecting today',
    'Police protection or an emergency protection order now',
    'immediate-protection',
  ),
  level(
    'pre-birth',
    'Pre-birth referral',
    'An unborn baby in a household with risk factors',
    'Referral for a pre-birth assessment',
    'pre-birth',
  ),
];

export const englandCinCpOutcomes: Level[] = [
  {
    ...level(
      'nfa',
      'No further statutory action',
      'Harm is not substantiated and the child is not in need of a plan',
      'Close, or step down to early help after a multi-agency review',
      'early-help',
    ),
    citation: cinValidator('RC8/RC9 closure reasons'),
  },
  {
    ...level(
      'cin-plan',
      'Child in need plan',
      'The child is in need but not at continuing risk of significant harm',
      'Child in need plan written within 10 working days; child seen at least every 6 weeks',
      'child-in-need',
    ),
    citation: wt('s17 child in need plan'),
  },
  {
    ...level(
      'cp-plan',
      'Child protection plan',
      'The child is suffering, or likely to suffer, significant harm',
      'Child protection plan with a category; core group within 10 working days',
      'significant-harm',
    ),
    citation: wt('child protection plan after conference'),
  },
];

/** England default: London's working week per stage; the trigger day counts as day 0. */
export const englandFramework: Framework = frameworkSchema.parse({
  id: 'england-default',
  version: '2026.11.1',
  name: 'England default thresholds',
  partnership: 'England (national guidance, default levels)',
  appliesFrom: '2018-07-04',
  calendar: {
    division: 'england-and-wales',
    triggerDay: 0,
    citation: {
      source: 'Sightline default: the guidance does not define the counting convention',
      section: null,
      note: 'facts.md summary A',
    },
  },
  levels: englandLevels,
  cinCpOutcomes: englandCinCpOutcomes,
  timescales: englandTimescales,
  escalationStages: [
    {
      stage: 1,
      name: 'Stage 1: practitioner to practitioner',
      counterpart: 'the practitioner who made the decision',
      workingDays: 5,
      citation: londonPa4('within one working week, sooner if the child’s safety needs it'),
    },
    {
      stage: 2,
      name: 'Stage 2: manager to manager',
      counterpart: 'the first-line manager (a school’s DSL counts as a first-line manager)',
      workingDays: 5,
      citation: londonPa4('first-line managers'),
    },
    {
      stage: 3,
      name: 'Stage 3: senior manager',
      counterpart: 'the head of service or named or designated professional',
      workingDays: 5,
      citation: londonPa4('more senior staff'),
    },
    {
      stage: 4,
      name: 'Stage 4: the safeguarding partnership',
      counterpart: 'the safeguarding partnership business unit',
      workingDays: 10,
      citation: londonPa4('the safeguarding partnership'),
    },
  ],
  parameters: englandParameters,
  floors: englandFloors,
});
