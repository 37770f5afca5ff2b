import { caseFactsSchema } from '@sightline/core';
import { describe, expect, it } from 'vitest';
import { ageInMonths, concernsInForce, factsFromChronology, monthsBetween } from '../src/dsl/pupilLog.js';
import type { SchoolEntry, SchoolPupilWithChronology } from '../src/dsl/schoolApi.js';

const entry = (overrides: Partial<SchoolEntry>): SchoolEntry => ({
  id: 'e1',
  occurredOn: '2025-03-03',
  kind: 'observation',
  domain: 'education',
  description: 'Arrived late and tired',
  codes: ['education.lateness-pattern'],
  childsWords: null,
  measure: null,
  event: null,
  caseId: null,
  sourceAgency: 'Demo Primary School',
  status: 'in-force',
  supersedesId: null,
  supersededBy: null,
  recordedBy: { id: 'u1', displayName: 'Deputy DSL' },
  recordedAt: '2025-03-03T09:00:00.000Z',
  ...overrides,
});

const pupil = (chronology: SchoolEntry[]): SchoolPupilWithChronology => ({
  id: 'p1',
  version: 1,
  givenName: 'Ayla',
  familyName: 'Example',
  dateOfBirth: null,
  ageYears: 8,
  yearGroup: null,
  addedAt: '2025-03-01T09:00:00.000Z',
  concerns: chronology.length,
  lastConcernOn: null,
  figures: {
    attendancePct: { value: 58, period: 'this school year', occurredOn: '2025-03-03', entryId: 'm1' },
    latenessPct: null,
    unauthorisedAbsencePct: null,
  },
  chronology,
});

describe('a request for support filled in from a pupil’s school chronology', () => {
  it('takes only the concerns in force: corrected, retracted and retraction rows stay out', () => {
    const log = pupil([
      entry({ id: 'old', status: 'corrected', description: 'Wrong date' }),
      entry({ id: 'new', supersedesId: 'old', childsWords: 'I was up all night.' }),
      entry({ id: 'gone', status: 'retracted', description: 'Wrong pupil' }),
      entry({ id: 'retraction', status: 'retraction', supersedesId: 'gone', description: 'Retracted: wrong pupil' }),
      entry({ id: 'figure', kind: 'measure', domain: 'education', description: 'Attendance 58% (this school year)' }),
    ]);
    expect(concernsInForce(log).map((e) => e.id)).toEqual(['new']);
    const facts = factsFromChronology(log, 'Demo Primary School', '2025-03-14', 'Early help, please.');
    expect(caseFactsSchema.safeParse(facts).success).toBe(true);
    expect(facts.child).toMatchObject({ label: 'Child AE', ageMonths: 96, educationSetting: 'Demo Primary School' });
    expect(facts.currentConcerns).toEqual([
      {
        domain: 'education',
        description: 'Arrived late and tired',
        date: '2025-03-03',
        sourceAgency: 'school',
        codes: ['education.lateness-pattern'],
      },
    ]);
    expect(facts.childsVoice).toEqual([
      expect.objectContaining({ words: 'I was up all night.', recordedBy: 'Deputy DSL', date: '2025-03-03' }),
    ]);
    expect(facts.measures.schoolAttendancePct).toEqual({ value: 58, unit: '%', period: 'this school year' });
    expect(facts.measures.latenessPct).toBeNull();
    expect(facts.decisionQuestion).toBe('Early help, please.');
  });

  it('works out the age from the date of birth when the school has it', () => {
    expect(monthsBetween('2016-09-14', '2025-03-14')).toBe(102);
    expect(monthsBetween('2016-09-14', '2025-03-13')).toBe(101);
    expect(monthsBetween('2026-01-01', '2025-03-13')).toBeNull();
    expect(ageInMonths({ dateOfBirth: '2016-09-14', ageYears: 3 }, '2025-03-14')).toBe(102);
    expect(ageInMonths({ dateOfBirth: null, ageYears: 8 }, '2025-03-14')).toBe(96);
    expect(ageInMonths({ dateOfBirth: null, ageYears: null }, '2025-03-14')).toBeNull();
  });
});
