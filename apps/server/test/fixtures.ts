/** Synthetic case facts for tests: a small contact about a child, built to the core's schema. */
import { type CaseFacts, caseFactsSchema, type HouseholdFactors } from '@sightline/core';

const unknown = { status: 'unknown' as const, detail: null };

export function unknownFactors(): HouseholdFactors {
  return {
    substanceMisuse: unknown,
    treatmentEngagement: unknown,
    mentalHealth: unknown,
    learningDisability: unknown,
    domesticAbuse: unknown,
    criminality: unknown,
    imprisonment: unknown,
    previousChildrenRemoved: { count: null, detail: null },
  };
}

/** A contact from a school about a four-year-old who is often hungry; mother's history not yet known. */
export function contactFacts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  const facts: CaseFacts = {
    pathway: 'contact',
    asOf: '2025-03-14',
    asOfPrecision: 'day',
    asOfNote: null,
    decisionMaker: { role: 'duty social worker', agency: 'front door' },
    decisionQuestion: 'What level of response does this contact need?',
    decisionStage: 'contact',
    child: {
      label: 'Child T',
      sex: 'female',
      ageMonths: 50,
      ageBand: 'pre-school',
      ageNote: null,
      unborn: false,
      gestationWeeks: null,
      ethnicityOrHeritage: null,
      sendOrDisability: [],
      chronicConditions: [],
      educationSetting: 'Nursery class',
      livingWith: 'Mother',
    },
    household: [
      {
        id: 'mother',
        role: 'mother',
        relationshipToChild: 'birth mother',
        livesWithChild: true,
        ageYears: 29,
        factors: unknownFactors(),
        notes: [],
      },
    ],
    history: {
      previousCPPlans: [],
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
        description: 'Arrives at nursery hungry most mornings and asks staff for food.',
        date: '2025-03',
        sourceAgency: 'nursery class',
        codes: ['care.hunger'],
      },
    ],
    measures: {
      schoolAttendancePct: null,
      authorisedAbsencePct: null,
      unauthorisedAbsencePct: null,
      latenessPct: null,
      healthAppointmentsAttendedPct: null,
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
      appointmentsMissed: [],
      accessRefused: [],
      disguisedComplianceSigns: [],
      otherFacts: [],
    },
    professionalContext: {
      referrer: { role: 'designated safeguarding lead', agency: 'school' },
      previousDecisions: [],
      fatherConsulted: { value: null, detail: null },
      extendedFamilyConsulted: { value: null, detail: null },
      adultServicesConsulted: [],
      agenciesInvolved: ['school'],
      allocatedWorker: { exists: false, detail: null },
      notes: [],
    },
    disagreement: null,
    historyChecks: [{ source: 'own-records', status: 'done', detail: 'Checked our records for the child and mother.' }],
    ...overrides,
  };
  return caseFactsSchema.parse(facts);
}

/** The identities a worker enters beside the facts, for matching. */
export function contactIdentities() {
  return {
    subject: { givenName: 'Tia', familyName: 'Marsh', dateOfBirth: '2021-01-09', postcode: 'ZZ1 1ZZ' },
    household: { mother: { givenName: 'Dana', familyName: 'Marsh', postcode: 'ZZ1 1ZZ' } },
  };
}
