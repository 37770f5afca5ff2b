/**
 * A contact starts as case facts with nothing recorded: every list empty, every measure null and
 * every factor "not known". The worker's answers fill it in step by step, so the facts are always
 * complete enough for `assess` to run and show what is still missing.
 */
import type { CaseFacts, HouseholdFactors } from '@sightline/core';

/** Every household factor "not known": nobody has asked yet. */
export function unknownFactors(): HouseholdFactors {
  const unknown = { status: 'unknown' as const, detail: null };
  return {
    substanceMisuse: { ...unknown },
    treatmentEngagement: { ...unknown },
    mentalHealth: { ...unknown },
    learningDisability: { ...unknown },
    domesticAbuse: { ...unknown },
    criminality: { ...unknown },
    imprisonment: { ...unknown },
    previousChildrenRemoved: { count: null, detail: null },
  };
}

/** Facts for a new contact received on `asOf` (YYYY-MM-DD), decided by `role` at `agency`. */
export function emptyContactFacts(
  asOf: string,
  role = 'duty social worker',
  agency = "children's social care front door",
): CaseFacts {
  return {
    formatVersion: '1.1',
    pathway: 'contact',
    asOf,
    asOfPrecision: 'day',
    asOfNote: null,
    decisionMaker: { role, agency },
    decisionQuestion: 'What should happen next for this child?',
    decisionStage: 'contact',
    child: {
      label: '',
      sex: '',
      ageMonths: null,
      ageBand: '',
      ageNote: null,
      unborn: false,
      gestationWeeks: null,
      ethnicityOrHeritage: null,
      sendOrDisability: [],
      chronicConditions: [],
      educationSetting: null,
      livingWith: null,
    },
    household: [],
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
    currentConcerns: [],
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
      referrer: { role: null, agency: null },
      previousDecisions: [],
      fatherConsulted: { value: null, detail: null },
      extendedFamilyConsulted: { value: null, detail: null },
      adultServicesConsulted: [],
      agenciesInvolved: [],
      allocatedWorker: { exists: null, detail: null },
      notes: [],
    },
    disagreement: null,
  };
}
