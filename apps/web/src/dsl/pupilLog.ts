/**
 * A school's concern log for one pupil, kept by the DSL as a saved draft on the server (kind
 * `pupil-log`). Each entry is one dated concern with its domain and ticked observations; the log
 * also keeps the pupil's latest figures. A request for support is pre-filled from it.
 */
import type { CaseFacts, ConcernDomain, Measure } from '@sightline/core';
import type { PersonInput } from '../api/types.js';
import { emptyContactFacts } from '../contact/empty-facts.js';

export const PUPIL_LOG_FORMAT = 'sightline.pupil-log/1';

export interface PupilLogEntry {
  id: string;
  date: string;
  domain: ConcernDomain;
  description: string;
  codes: string[];
  loggedBy: string;
  /** The child's own words, if they said something. */
  childsWords: string | null;
}

export interface PupilLogBody {
  format: typeof PUPIL_LOG_FORMAT;
  pupil: {
    label: string;
    givenName: string;
    familyName: string;
    dateOfBirth: string | null;
    ageYears: number | null;
    yearGroup: string | null;
  };
  entries: PupilLogEntry[];
  measures: { attendancePct: number | null; latenessPct: number | null; unauthorisedAbsencePct: number | null; period: string };
  /** Requests for support made from this log (case ids). */
  referrals: string[];
  updatedAt: string;
}

/** True when a draft body is a pupil log. */
export function isPupilLog(body: unknown): body is PupilLogBody {
  return typeof body === 'object' && body !== null && (body as { format?: unknown }).format === PUPIL_LOG_FORMAT;
}

/** The pupil as a person for record matching at the front door. */
export function pupilIdentity(log: PupilLogBody): PersonInput {
  return { kind: 'child', givenName: log.pupil.givenName, familyName: log.pupil.familyName, dateOfBirth: log.pupil.dateOfBirth };
}

function measure(value: number | null, period: string): Measure | null {
  return value === null ? null : { value, unit: '%', period };
}

/**
 * The facts of a request for support, pre-filled from the log: each logged concern with its boxes,
 * the child's words, and the attendance figures. The DSL adds what support they ask for.
 */
export function factsFromLog(log: PupilLogBody, school: string, asOf: string, request: string): CaseFacts {
  const facts = emptyContactFacts(asOf, 'designated safeguarding lead', school);
  const months = log.pupil.ageYears === null ? null : log.pupil.ageYears * 12;
  return {
    ...facts,
    decisionQuestion: request,
    child: {
      ...facts.child,
      label: log.pupil.label,
      ageMonths: months,
      ageBand: log.pupil.ageYears === null ? '' : `${log.pupil.ageYears} years`,
      educationSetting: school,
    },
    currentConcerns: log.entries.map((e) => ({
      domain: e.domain,
      description: e.description,
      date: e.date,
      sourceAgency: 'school',
      codes: e.codes,
    })),
    childsVoice: log.entries
      .filter((e) => e.childsWords)
      .map((e) => ({
        words: e.childsWords,
        verbatim: true,
        date: e.date,
        recordedBy: e.loggedBy,
        context: 'said at school',
        codes: [],
      })),
    measures: {
      ...facts.measures,
      schoolAttendancePct: measure(log.measures.attendancePct, log.measures.period),
      latenessPct: measure(log.measures.latenessPct, log.measures.period),
      unauthorisedAbsencePct: measure(log.measures.unauthorisedAbsencePct, log.measures.period),
    },
    professionalContext: {
      ...facts.professionalContext,
      referrer: { role: 'designated safeguarding lead', agency: school },
      agenciesInvolved: [school],
    },
  };
}
