/**
 * A pupil's school chronology, read for a request for support: the concerns still in force, the
 * child's own words, the latest figures and the pupil's age. The request is pre-filled from it.
 */
import type { CaseFacts, ConcernDomain, Measure } from '@sightline/core';
import type { PersonInput } from '../api/types.js';
import { labelFromName } from '../contact/pages/RecordsPage.js';
import { emptyContactFacts } from '../contact/empty-facts.js';
import type { PupilFigure, SchoolEntry, SchoolPupil, SchoolPupilWithChronology } from './schoolApi.js';

/** A concern on the log that is still in force. */
export type LoggedConcern = SchoolEntry & { kind: 'observation'; domain: ConcernDomain };

/** The concerns in force, in the order they happened. */
export function concernsInForce(pupil: SchoolPupilWithChronology): LoggedConcern[] {
  return pupil.chronology.filter(
    (e): e is LoggedConcern => e.kind === 'observation' && e.status === 'in-force' && e.domain !== null,
  );
}

/** The pupil's name as the school's pages show it. */
export function pupilName(pupil: Pick<SchoolPupil, 'givenName' | 'familyName'>): string {
  return `${pupil.givenName} ${pupil.familyName}`;
}

/** "1 concern logged", "3 concerns logged". */
export function concernsLogged(count: number): string {
  return `${count} ${count === 1 ? 'concern' : 'concerns'} logged`;
}

/** The school's figures for a pupil: the field, its short name and the question the log asks. */
export const figureFields = [
  { field: 'attendancePct', name: 'Attendance', question: 'Attendance this school year' },
  { field: 'latenessPct', name: 'Late', question: 'Sessions late this school year' },
  { field: 'unauthorisedAbsencePct', name: 'Unauthorised absence', question: 'Unauthorised absence this school year' },
] as const;

/** A figure as the pages show it: "58%", or "Not recorded". */
export function figureText(figure: PupilFigure | null): string {
  return figure === null || figure.value === null ? 'Not recorded' : `${figure.value}%`;
}

function dayParts(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** Whole months from a date of birth to `asOf` (both YYYY-MM-DD), or null when either is not a date. */
export function monthsBetween(dateOfBirth: string, asOf: string): number | null {
  const born = dayParts(dateOfBirth);
  const on = dayParts(asOf);
  if (!born || !on) return null;
  const months = (on.year - born.year) * 12 + (on.month - born.month) - (on.day < born.day ? 1 : 0);
  return months >= 0 ? months : null;
}

/** The pupil's age in months on `asOf`: from the date of birth when known, else the age in years the school gave. */
export function ageInMonths(pupil: Pick<SchoolPupil, 'dateOfBirth' | 'ageYears'>, asOf: string): number | null {
  if (pupil.dateOfBirth) return monthsBetween(pupil.dateOfBirth, asOf);
  return pupil.ageYears === null ? null : pupil.ageYears * 12;
}

/** The pupil as a person for record matching at the front door. */
export function pupilIdentity(pupil: Pick<SchoolPupil, 'givenName' | 'familyName' | 'dateOfBirth'>): PersonInput {
  return { kind: 'child', givenName: pupil.givenName, familyName: pupil.familyName, dateOfBirth: pupil.dateOfBirth };
}

function measure(figure: PupilFigure | null): Measure | null {
  return figure === null || figure.value === null ? null : { value: figure.value, unit: '%', period: figure.period };
}

/**
 * The facts of a request for support, pre-filled from the pupil's chronology: each concern in force
 * with its boxes, the child's words, and the latest figures. The DSL adds what support they ask for.
 */
export function factsFromChronology(pupil: SchoolPupilWithChronology, school: string, asOf: string, request: string): CaseFacts {
  const facts = emptyContactFacts(asOf, 'designated safeguarding lead', school);
  const months = ageInMonths(pupil, asOf);
  const concerns = concernsInForce(pupil);
  return {
    ...facts,
    decisionQuestion: request,
    child: {
      ...facts.child,
      label: labelFromName(pupil.givenName, pupil.familyName),
      ageMonths: months,
      ageBand: months === null ? '' : `${Math.floor(months / 12)} years`,
      educationSetting: school,
    },
    currentConcerns: concerns.map((e) => ({
      domain: e.domain,
      description: e.description,
      date: e.occurredOn,
      sourceAgency: 'school',
      codes: e.codes,
    })),
    childsVoice: concerns
      .filter((e) => e.childsWords)
      .map((e) => ({
        words: e.childsWords,
        verbatim: true,
        date: e.occurredOn,
        recordedBy: e.recordedBy.displayName,
        context: 'said at school',
        codes: [],
      })),
    measures: {
      ...facts.measures,
      schoolAttendancePct: measure(pupil.figures.attendancePct),
      latenessPct: measure(pupil.figures.latenessPct),
      unauthorisedAbsencePct: measure(pupil.figures.unauthorisedAbsencePct),
    },
    professionalContext: {
      ...facts.professionalContext,
      referrer: { role: 'designated safeguarding lead', agency: school },
      agenciesInvolved: [school],
    },
  };
}
