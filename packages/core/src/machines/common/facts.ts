/** Blank case facts and small date helpers shared by the pathway machines. */
import type { CaseFacts, HouseholdFactors, Pathway } from '../../schema/case.js';

const unknownFactor = { status: 'unknown', detail: null } as const;

/** Household factors with nothing known yet. */
export function unknownFactors(): HouseholdFactors {
  return {
    substanceMisuse: unknownFactor,
    treatmentEngagement: unknownFactor,
    mentalHealth: unknownFactor,
    learningDisability: unknownFactor,
    domesticAbuse: unknownFactor,
    criminality: unknownFactor,
    imprisonment: unknownFactor,
    previousChildrenRemoved: { count: null, detail: null },
  };
}

const stageOf: Record<Pathway, CaseFacts['decisionStage']> = {
  contact: 'contact',
  'cin-cp': 'strategy-discussion',
  escalation: 'escalation',
};

/** A case with nothing recorded yet: the starting point of a new contact. The child has no label until the worker gives one. */
export function blankFacts(pathway: Pathway, asOf: string): CaseFacts {
  return {
    pathway,
    asOf,
    asOfPrecision: 'day',
    asOfNote: null,
    decisionMaker: { role: null, agency: null },
    decisionQuestion: '',
    decisionStage: stageOf[pathway],
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

/** The calendar date of an ISO date or date-time (`2024-03-15T10:00:00Z` gives `2024-03-15`). */
export function dateOf(isoDateOrDateTime: string): string {
  return isoDateOrDateTime.slice(0, 10);
}

/** The later of two `YYYY-MM-DD` dates: time only moves forward in a machine. */
export function laterDate(a: string, b: string): string {
  return b > a ? b : a;
}
