/** The school's shared pupil concern log on the server (apps/server/API.md, "A school's pupil log"). */
import type { ConcernDomain } from '@sightline/core';
import { request } from '../api/client.js';

/** One of the figures a school keeps, as last recorded and still in force. */
export interface PupilFigure {
  value: number | null;
  period: string;
  occurredOn: string;
  entryId: string;
}

export interface PupilFigures {
  attendancePct: PupilFigure | null;
  latenessPct: PupilFigure | null;
  unauthorisedAbsencePct: PupilFigure | null;
}

/** A pupil on the school's log, with what their chronology in force adds up to. */
export interface SchoolPupil {
  id: string;
  version: number;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  /** Age in years as given when the pupil was added (when the date of birth was not known). */
  ageYears: number | null;
  yearGroup: string | null;
  addedAt: string;
  /** Concerns in force (not corrected away or retracted). */
  concerns: number;
  lastConcernOn: string | null;
  figures: PupilFigures;
}

/** One row of a pupil's school chronology; corrected and retracted rows stay, marked as such. */
export interface SchoolEntry {
  id: string;
  occurredOn: string;
  kind: 'observation' | 'measure' | 'event';
  domain: ConcernDomain | null;
  description: string;
  codes: string[];
  childsWords: string | null;
  measure: { name: string; value: number | null; unit?: string; period?: string } | null;
  event: { type: string; outcome?: string } | null;
  caseId: string | null;
  sourceAgency: string;
  status: 'in-force' | 'corrected' | 'retracted' | 'retraction';
  supersedesId: string | null;
  supersededBy: string | null;
  recordedBy: { id: string; displayName: string };
  recordedAt: string;
}

export interface SchoolPupilWithChronology extends SchoolPupil {
  chronology: SchoolEntry[];
}

export interface NewPupil {
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  ageYears: number | null;
}

export interface FiguresInput {
  period: string;
  attendancePct: number | null;
  latenessPct: number | null;
  unauthorisedAbsencePct: number | null;
}

export interface ConcernInput {
  occurredOn: string;
  domain: ConcernDomain;
  description: string;
  codes: string[];
  childsWords: string | null;
  figures: FiguresInput | null;
}

const pupilPath = (id: string) => `/api/school/pupils/${encodeURIComponent(id)}`;

export const schoolApi = {
  pupils: () => request<{ pupils: SchoolPupil[] }>('GET', '/api/school/pupils'),
  pupil: (id: string) => request<SchoolPupilWithChronology>('GET', pupilPath(id)),
  addPupil: (pupil: NewPupil) => request<SchoolPupilWithChronology>('POST', '/api/school/pupils', pupil),
  logConcern: (id: string, concern: ConcernInput) =>
    request<SchoolPupilWithChronology>('POST', `${pupilPath(id)}/concerns`, concern),
  noteRequestForSupport: (id: string, caseId: string) =>
    request<SchoolPupilWithChronology>('POST', `${pupilPath(id)}/requests-for-support`, { caseId }),
  retract: (entryId: string, reason: string) =>
    request<SchoolPupilWithChronology>('POST', `/api/school/chronology/${encodeURIComponent(entryId)}/retraction`, { reason }),
};
