/**
 * A large synthetic case for the core benchmark, generated in code from a fixed seed so every run
 * assesses exactly the same facts. Nothing here describes a real child or family.
 *
 * Shape: 1,000 dated concerns across all eight domains over three years, each with one or two
 * observation codes; 10 household members with their factors (3 of them siblings who also have
 * open cases); previous plans, referrals and measures set so that the measure, history and
 * household rules fire.
 */
import { type CaseFacts, type ConcernDomain, caseFactsSchema, type HouseholdMember } from '@sightline/core';

/** The decision date of the synthetic case. */
export const SYNTHETIC_AS_OF = '2025-03-31';

export const SYNTHETIC_CHILD_LABEL = 'Child S (synthetic)';

const CHRONOLOGY_ENTRIES = 1000;
const CHRONOLOGY_DAYS = 3 * 365;

/** mulberry32: a small deterministic pseudo-random generator (the same seed gives the same case). */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Observation codes a worker might tick, by concern domain (immediate danger left out: the case is chronic neglect). */
const codesByDomain: Readonly<Record<ConcernDomain, readonly string[]>> = {
  'physical-care': [
    'care.hunger',
    'care.unkempt',
    'care.persistently-tired',
    'care.cannot-afford-basics',
    'care.utilities-cut-off',
  ],
  health: [
    'health.chronic-condition-poorly-managed',
    'health.asthma.no-current-action-plan',
    'health.asthma.home-nebuliser',
    'health.emergency-care-no-follow-up',
    'health.dental-decay-untreated',
    'health.immunisations-or-checks-missed',
    'health.medical-care-refused',
  ],
  education: ['education.decline-in-progress', 'education.not-collected', 'education.withdrawn-while-concerns'],
  supervision: ['supervision.self-caring-young-child', 'supervision.unsuitable-adults', 'supervision.repeated-accidents'],
  'home-conditions': ['home.poor-conditions', 'home.unsuitable-accommodation', 'home.main-home-not-seen'],
  emotional: [
    'emotional.appears-sad-or-distressed',
    'emotional.child-expresses-fear-or-distress',
    'emotional.witnesses-conflict',
    'emotional.significant-loss',
  ],
  safety: ['safety.injury-seen', 'safety.domestic-abuse-incident', 'safety.drugs-accessible'],
  development: ['development.delay'],
};

const domains = Object.keys(codesByDomain) as ConcernDomain[];
const agencies = [
  'school',
  'general practice',
  'health visiting',
  'police',
  'hospital emergency department',
  'housing',
  'school nursing',
];

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** YYYY-MM-DD, `days` before the decision date. */
function daysBefore(asOf: string, days: number): string {
  const t = Date.parse(`${asOf}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

type Factors = HouseholdMember['factors'];
type FactorKey = Exclude<keyof Factors, 'previousChildrenRemoved'>;

function factors(set: Partial<Record<FactorKey, Factors[FactorKey]['status']>> = {}): Factors {
  const factor = (key: FactorKey) => {
    const status = set[key] ?? 'none-known';
    return { status, detail: status === 'none-known' ? null : `Synthetic detail: ${key} is ${status}.` };
  };
  return {
    substanceMisuse: factor('substanceMisuse'),
    treatmentEngagement: factor('treatmentEngagement'),
    mentalHealth: factor('mentalHealth'),
    learningDisability: factor('learningDisability'),
    domesticAbuse: factor('domesticAbuse'),
    criminality: factor('criminality'),
    imprisonment: factor('imprisonment'),
    previousChildrenRemoved: { count: 0, detail: null },
  };
}

function member(id: string, role: string, relationship: string, ageYears: number, lives: boolean, f: Factors): HouseholdMember {
  return {
    id,
    role,
    relationshipToChild: relationship,
    livesWithChild: lives,
    ageYears,
    factors: f,
    notes: [`Synthetic member ${id}.`],
  };
}

/** Ten household members: carers with co-existing factors, three siblings, and other relatives. */
function household(): HouseholdMember[] {
  return [
    member(
      'm1',
      'mother',
      'birth mother',
      31,
      true,
      factors({ substanceMisuse: 'current', mentalHealth: 'current', treatmentEngagement: 'partial' }),
    ),
    member('m2', 'father', 'birth father', 34, false, factors({ criminality: 'historic', imprisonment: 'historic' })),
    member('m3', 'partner', 'mother’s partner', 29, true, factors({ domesticAbuse: 'alleged', substanceMisuse: 'historic' })),
    member('m4', 'maternal grandmother', 'grandmother', 58, false, factors()),
    member('m5', 'maternal uncle', 'uncle', 27, false, factors({ criminality: 'current' })),
    member(
      'm6',
      'sibling',
      'older half-brother',
      13,
      true,
      factors({ substanceMisuse: 'not-applicable', domesticAbuse: 'not-applicable' }),
    ),
    member('m7', 'sibling', 'sister', 10, true, factors({ substanceMisuse: 'not-applicable', domesticAbuse: 'not-applicable' })),
    member(
      'm8',
      'sibling',
      'younger brother',
      3,
      true,
      factors({ substanceMisuse: 'not-applicable', domesticAbuse: 'not-applicable' }),
    ),
    member('m9', 'lodger', 'family friend', 41, true, factors({ substanceMisuse: 'unknown', criminality: 'unknown' })),
    member('m10', 'paternal grandfather', 'grandfather', 66, false, factors()),
  ];
}

function concerns(random: () => number): CaseFacts['currentConcerns'] {
  const list: CaseFacts['currentConcerns'] = [];
  for (let i = 0; i < CHRONOLOGY_ENTRIES; i++) {
    const domain = domains[i % domains.length] ?? 'physical-care';
    const first = pick(codesByDomain[domain], random);
    const second = pick(codesByDomain[domain], random);
    const codes = random() < 0.4 && second !== first ? [first, second] : [first];
    const daysAgo = Math.floor(((CHRONOLOGY_ENTRIES - i) / CHRONOLOGY_ENTRIES) * CHRONOLOGY_DAYS);
    list.push({
      domain,
      description: `Synthetic entry ${i + 1}: a ${domain} worry noted during routine contact.`,
      date: daysBefore(SYNTHETIC_AS_OF, daysAgo),
      sourceAgency: pick(agencies, random),
      codes,
    });
  }
  return list;
}

function history(): CaseFacts['history'] {
  const dated = (daysAgo: number, detail: string) => ({ date: daysBefore(SYNTHETIC_AS_OF, daysAgo), detail });
  return {
    previousCPPlans: [
      { child: SYNTHETIC_CHILD_LABEL, category: 'neglect', start: '2021-02', end: '2022-01', detail: 'Synthetic earlier plan.' },
      { child: 'older half-brother', category: 'neglect', start: '2019-06', end: '2020-09', detail: null },
    ],
    previousCIN: [{ child: SYNTHETIC_CHILD_LABEL, start: '2022-02', end: '2022-11', detail: 'Stepped down from the plan.' }],
    referralsLast12Months: [
      dated(320, 'School: hunger and tiredness.'),
      dated(210, 'Police: domestic abuse incident, child present.'),
      dated(120, 'Hospital: second asthma admission.'),
      dated(30, 'GP: inhaler pattern and missed reviews.'),
    ],
    referralsLast12MonthsCount: { value: 4, period: '12 months' },
    earlierReferrals: [dated(700, 'Health visiting: home conditions.'), dated(900, 'School: not collected.')],
    movesBetweenLocalAuthorities: [dated(1000, 'Moved from another authority.')],
    openCasesForSiblings: [
      { child: 'older half-brother', plan: 'child in need', detail: null },
      { child: 'sister', plan: 'child in need', detail: null },
      { child: 'younger brother', plan: 'early help', detail: 'Synthetic open case.' },
    ],
    otherRelevantHistory: [dated(400, 'Synthetic note: family support ended early.')],
  };
}

function measures(): CaseFacts['measures'] {
  const v = (value: number, period?: string) => (period ? { value, period } : { value });
  return {
    schoolAttendancePct: v(46, 'this school year'),
    authorisedAbsencePct: v(20),
    unauthorisedAbsencePct: v(34),
    latenessPct: v(18, 'this school year'),
    healthAppointmentsAttendedPct: v(40, '12 months'),
    relieverInhalers6m: v(11, '6 months'),
    preventerInhalers6m: v(2, '6 months'),
    aeAttendances12m: v(4, '12 months'),
    hospitalAdmissions12m: v(3, '12 months'),
    daysSinceSeenAloneByAllocatedWorker: v(20),
    safetyScaling: v(4),
    other: [],
  };
}

function codedEvents(random: () => number, count: number, codes: readonly string[], detail: string) {
  return Array.from({ length: count }, (_, i) => ({
    date: daysBefore(SYNTHETIC_AS_OF, Math.floor(random() * CHRONOLOGY_DAYS)),
    detail: `${detail} (synthetic ${i + 1})`,
    codes: [pick(codes, random)],
  }));
}

/** Builds the synthetic large case and validates it with the case schema (throws if it does not fit). */
export function buildSyntheticLargeCase(seed = 20250331): CaseFacts {
  const random = seededRandom(seed);
  const raw: CaseFacts = {
    formatVersion: '1.1',
    pathway: 'contact',
    asOf: SYNTHETIC_AS_OF,
    asOfPrecision: 'day',
    asOfNote: 'Synthetic benchmark case.',
    decisionMaker: { role: 'duty social worker', agency: 'children’s social care front door' },
    decisionQuestion: 'What level of concern is this, and what must happen next?',
    decisionStage: 'contact',
    child: {
      label: SYNTHETIC_CHILD_LABEL,
      sex: 'female',
      ageMonths: 94,
      ageBand: '7 years',
      ageNote: null,
      unborn: false,
      gestationWeeks: null,
      ethnicityOrHeritage: null,
      sendOrDisability: [],
      chronicConditions: [
        {
          condition: 'asthma',
          since: '2020',
          managementFacts: ['Synthetic: preventer and reliever inhalers prescribed.'],
          actionPlan: { exists: true, lastReviewed: '2023-01-10', sharedWith: ['parent'], note: null },
        },
      ],
      educationSetting: 'Primary school',
      livingWith: 'Mother, her partner and three siblings',
    },
    household: household(),
    history: history(),
    currentConcerns: concerns(random),
    measures: measures(),
    childsVoice: [
      {
        words: 'Synthetic words: I get my own tea.',
        verbatim: true,
        date: '2025-02-01',
        recordedBy: 'school',
        context: null,
        codes: ['supervision.self-caring-young-child'],
      },
    ],
    parentalEngagement: {
      appointmentsAttended: [{ date: '2024-09-01', detail: 'Synthetic asthma review kept.' }],
      appointmentsMissed: codedEvents(random, 6, ['engagement.non-engagement'], 'Was not brought to an asthma review'),
      accessRefused: codedEvents(random, 3, ['engagement.access-refused'], 'Home visit: no access'),
      disguisedComplianceSigns: codedEvents(random, 2, ['engagement.disguised-compliance'], 'Agreed actions not done'),
      otherFacts: codedEvents(random, 2, ['engagement.improvement-not-sustained'], 'Improvement not kept up'),
    },
    professionalContext: {
      referrer: { role: 'GP', agency: 'general practice' },
      previousDecisions: [],
      fatherConsulted: { value: false, detail: null },
      extendedFamilyConsulted: { value: null, detail: null },
      adultServicesConsulted: [{ service: 'adult drug and alcohol service', consulted: false, detail: null }],
      agenciesInvolved: ['school', 'general practice', 'police', 'housing'],
      allocatedWorker: { exists: false, detail: null },
      notes: [],
    },
    disagreement: null,
    historyChecks: [],
    consent: { status: 'not-sought', detail: null },
  };
  return caseFactsSchema.parse(raw);
}

/**
 * The same case with every compared measure inside its limit, no earlier plan for the child, one
 * referral and a single adult factor: none of the ten compared rules should fire on it.
 */
export function quietVariant(facts: CaseFacts): CaseFacts {
  const v = (value: number) => ({ value });
  const calm = (m: HouseholdMember): HouseholdMember => ({
    ...m,
    factors: {
      ...m.factors,
      mentalHealth: { status: 'none-known', detail: null },
      domesticAbuse: { status: 'none-known', detail: null },
    },
  });
  return caseFactsSchema.parse({
    ...facts,
    household: facts.household.map(calm),
    history: {
      ...facts.history,
      previousCPPlans: facts.history.previousCPPlans.filter((p) => p.child !== SYNTHETIC_CHILD_LABEL),
      referralsLast12Months: facts.history.referralsLast12Months.slice(0, 1),
      referralsLast12MonthsCount: v(1),
    },
    measures: {
      ...facts.measures,
      schoolAttendancePct: v(96),
      latenessPct: v(4),
      healthAppointmentsAttendedPct: v(92),
      relieverInhalers6m: v(3),
      preventerInhalers6m: v(6),
      hospitalAdmissions12m: v(1),
    },
  });
}
