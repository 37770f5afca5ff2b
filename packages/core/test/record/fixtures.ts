/**
 * Synthetic fixtures for decision-record tests. No real child or adult: labels only. The
 * assessment is built by hand in the shape `assess()` produces, with plausible findings, gaps,
 * actions, clocks and a chain of reasons, each with its citation.
 */
import type { Assessment } from '../../src/assess/types.js';
import { addWorkingDays, describeConvention } from '../../src/calendar/index.js';
import type { Citation } from '../../src/framework/schema.js';
import type { DecisionRecordInput } from '../../src/record/index.js';
import type { CaseFacts } from '../../src/schema/case.js';

const none = { status: 'none-known', detail: null } as const;
const unknown = { status: 'unknown', detail: null } as const;

const hakeemReview: Citation = { source: "Serious Case Review 'Hakeem' (BSCB 2017-18/03)", section: 'Finding 2', note: null };
const childBReview: Citation = {
  source: "Local Child Safeguarding Practice Review 'Child B and siblings'",
  section: '4.2.2',
  note: null,
};
const workingTogether: Citation = { source: 'Working Together to Safeguard Children (2023)', section: 'Chapter 2', note: null };
const frameworkLevels: Citation = { source: 'Synthetic Partnership Continuum of Need (2024)', section: 'Level 4', note: null };

/** A synthetic contact about a primary-age child: poor attendance, hunger, a prior plan for neglect. */
export function makeFacts(): CaseFacts {
  return {
    pathway: 'contact',
    asOf: '2024-03-15',
    asOfPrecision: 'day',
    asOfNote: null,
    decisionMaker: { role: 'duty social worker', agency: 'children’s social care front door' },
    decisionQuestion:
      'A primary school has sent a request for support about neglect. Which level applies and what must happen next?',
    decisionStage: 'contact',
    child: {
      label: 'Child A',
      sex: 'female',
      ageMonths: 98,
      ageBand: '8-9 years',
      ageNote: null,
      unborn: false,
      gestationWeeks: null,
      ethnicityOrHeritage: null,
      sendOrDisability: [],
      chronicConditions: [],
      educationSetting: 'primary school',
      livingWith: 'mother and younger brother',
    },
    household: [
      {
        id: 'mother',
        role: 'mother',
        relationshipToChild: 'birth mother',
        livesWithChild: true,
        ageYears: null,
        factors: {
          substanceMisuse: { status: 'historic', detail: 'Alcohol misuse recorded in 2019.' },
          treatmentEngagement: unknown,
          mentalHealth: unknown,
          learningDisability: none,
          domesticAbuse: none,
          criminality: none,
          imprisonment: none,
          previousChildrenRemoved: { count: 0, detail: null },
        },
        notes: [],
      },
    ],
    history: {
      previousCPPlans: [{ child: 'subject', category: 'neglect', start: '2019-05', end: '2020-06', detail: null }],
      previousCIN: [],
      referralsLast12Months: [],
      referralsLast12MonthsCount: null,
      earlierReferrals: [],
      movesBetweenLocalAuthorities: [],
      openCasesForSiblings: [],
      otherRelevantHistory: [],
    },
    currentConcerns: [
      {
        domain: 'physical-care',
        description: 'She often arrives hungry and has had no breakfast.',
        date: '2024-03',
        sourceAgency: 'school',
        codes: ['care.hunger'],
      },
    ],
    measures: {
      schoolAttendancePct: { value: 82, unit: '%', period: 'autumn and spring terms' },
      authorisedAbsencePct: null,
      unauthorisedAbsencePct: null,
      latenessPct: null,
      healthAppointmentsAttendedPct: { value: 50, unit: '%', period: '12 months' },
      relieverInhalers6m: null,
      preventerInhalers6m: null,
      aeAttendances12m: null,
      hospitalAdmissions12m: null,
      daysSinceSeenAloneByAllocatedWorker: null,
      safetyScaling: null,
      other: [],
    },
    childsVoice: [],
    parentalEngagement: {
      appointmentsAttended: [],
      appointmentsMissed: [{ date: '2024-02', detail: 'She was not brought to a dental appointment.', codes: [] }],
      accessRefused: [],
      disguisedComplianceSigns: [],
      otherFacts: [],
    },
    professionalContext: {
      referrer: { role: 'Designated Safeguarding Lead', agency: 'primary school' },
      previousDecisions: [],
      fatherConsulted: { value: null, detail: null },
      extendedFamilyConsulted: { value: null, detail: null },
      adultServicesConsulted: [],
      agenciesInvolved: ['school'],
      allocatedWorker: { exists: false, detail: null },
      notes: [],
    },
    disagreement: null,
  };
}

/** The assessment `assess()` might give for `makeFacts()` under a synthetic partnership framework. */
export function makeAssessment(): Assessment {
  return {
    engine: { name: 'sightline-core', version: '0.1.0', ruleSetVersion: '2024.03.1' },
    framework: { id: 'synthetic-partnership', version: '2024-01', name: 'Synthetic Partnership Continuum of Need' },
    asOf: '2024-03-15',
    pathway: 'contact',
    findings: [
      {
        code: 'education.persistent-absence',
        kind: 'measure',
        title: 'Persistently absent from school',
        evidence: ['School attendance is 82% over the autumn and spring terms.'],
        citations: [hakeemReview],
        sentence: 'She is missing a lot of school: her attendance is 82%, at or below the 90% line for persistent absence.',
        parameter: { name: 'persistentAbsenceAttendanceMax', value: 0.9 },
        floor: 'early-help',
        floorCitation: { source: 'Synthetic Partnership Continuum of Need (2024)', section: 'Level 2', note: null },
      },
      {
        code: 'health.was-not-brought-pattern',
        kind: 'measure',
        title: 'Not brought to health appointments',
        evidence: [
          'Half of her health appointments were kept in the last 12 months.',
          'She was not brought to a dental appointment.',
        ],
        citations: [childBReview, { source: 'Buckinghamshire SCB neglect learning summary', section: null }],
        sentence: 'She was not brought to half of her health appointments in the last year.',
        floor: 'targeted-early-help',
        floorCitation: { source: 'Synthetic Partnership Continuum of Need (2024)', section: 'Level 3', note: null },
      },
      {
        code: 'history.previous-cp-plan-neglect',
        kind: 'history',
        title: 'Previous child protection plan for neglect',
        evidence: ['A child protection plan for neglect ran from May 2019 to June 2020.'],
        citations: [{ source: "Serious Case Review 'Hakeem' (BSCB 2017-18/03)", section: 'Learning Point 2', note: null }],
        sentence: 'She had a child protection plan for neglect before, so today’s worries add to a known pattern.',
        floor: 'child-in-need',
        floorCitation: frameworkLevels,
      },
    ],
    gaps: [
      {
        code: 'gap.father-not-consulted',
        title: "The child's father has not been asked",
        evidence: ['No record of contact with the birth father.'],
        citations: [{ source: "Serious Case Review 'Hakeem' (BSCB 2017-18/03)", section: 'Finding 4', note: null }],
        sentence: 'Nobody has spoken to her father yet.',
      },
    ],
    actions: [
      {
        code: 'action.inform-and-involve-father',
        title: 'Inform and involve the birth father',
        because: ["The child's father has not been asked."],
        citations: [{ source: "Serious Case Review 'Hakeem' (BSCB 2017-18/03)", section: 'Finding 4', note: null }],
        sentence: 'Tell her father about the concerns and ask for his view.',
      },
    ],
    clocks: [
      {
        code: 'clock.referral-decision',
        title: 'Decision on the referral',
        startsOn: '2024-03-15',
        dueOn: addWorkingDays('2024-03-15', 1, 0),
        amount: 1,
        unit: 'working-days',
        convention: describeConvention(0),
        citations: [workingTogether],
      },
      {
        code: 'clock.assessment',
        title: 'Child and family assessment',
        startsOn: '2024-03-15',
        dueOn: addWorkingDays('2024-03-15', 45, 0),
        amount: 45,
        unit: 'working-days',
        convention: describeConvention(0),
        citations: [workingTogether],
      },
    ],
    recommendation: {
      pathway: 'contact',
      value: '4',
      levelId: 'level-4',
      levelName: 'Level 4: Specialist',
      threshold: 'child-in-need',
      category: null,
      immediateSafetyPlan: false,
      urgentReferralBypass: false,
      chain: [
        {
          kind: 'floor',
          ruleId: 'floors',
          from: 'universal',
          to: 'child-in-need',
          codes: ['history.previous-cp-plan-neglect'],
          sentence: 'A previous plan for neglect sets the starting point at child in need.',
          citations: [frameworkLevels],
        },
        {
          kind: 'pathway',
          ruleId: 'contact-level',
          from: 'child-in-need',
          to: 'child-in-need',
          codes: [],
          sentence: 'Child in need maps to the partnership’s Level 4.',
          citations: [frameworkLevels],
        },
      ],
      summary: 'Sightline recommends Level 4: an assessment of her needs by children’s social care.',
    },
  };
}

/** Input for a record whose decision follows the recommendation, awaiting sign-off. */
export function makeInput(caseRef = 'case-0001'): DecisionRecordInput {
  return {
    caseRef,
    recordedAt: '2024-03-15T14:05:00Z',
    facts: makeFacts(),
    assessment: makeAssessment(),
    decision: {
      value: '4',
      levelId: 'level-4',
      levelName: 'Level 4: Specialist',
      decidedBy: { userId: 'u-102', role: 'duty social worker' },
      analysis: 'The hunger and absence sit on top of a previous plan for neglect.\n\nI agree an assessment is needed.',
      belowRecommendation: false,
      overrideReason: null,
    },
    signOff: null,
    machine: { id: 'contact', version: '1' },
  };
}

/** Input for a record whose decision is below the recommendation, with a reason and a sign-off. */
export function makeBelowInput(caseRef = 'case-0002'): DecisionRecordInput {
  const input = makeInput(caseRef);
  return {
    ...input,
    decision: {
      ...input.decision,
      value: '3',
      levelId: 'level-3',
      levelName: 'Level 3: Targeted early help',
      belowRecommendation: true,
      overrideReason: 'The family asked for early help last week and a worker starts on Monday.',
    },
    signOff: {
      by: { userId: 'u-007', role: 'team manager' },
      at: '2024-03-15T16:30:00+00:00',
      outcome: 'agreed',
      comment: 'Agreed, with a review in six weeks.',
    },
  };
}
