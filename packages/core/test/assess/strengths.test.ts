/**
 * What is going well: each strength appears only when the matching worry was checked and does not
 * apply, says what it rests on, and never moves the recommended level.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.js';
import type { Assessment } from '../../src/assess/types.js';
import { englandFramework } from '../../src/framework/index.js';
import type { CaseFacts } from '../../src/schema/case.js';
import {
  BASE_AS_OF,
  caseWith,
  unbornChild,
  withAppointments,
  withChronicCondition,
  withConcern,
  withExtendedFamilyConsulted,
  withFactor,
  withFatherConsulted,
  withValue,
} from '../fixtures/case-builder.js';

const run = (facts: CaseFacts): Assessment => assess(facts, englandFramework, facts.asOf ?? BASE_AS_OF);
const ids = (a: Assessment) => (a.strengths ?? []).map((s) => s.id);
const strength = (a: Assessment, id: string) => (a.strengths ?? []).find((s) => s.id === id);

describe('strengths', () => {
  it('names attendance above the persistent-absence line, with its figure and source', () => {
    const a = run(caseWith(withValue('schoolAttendancePct', 97), withValue('unauthorisedAbsencePct', 0)));
    const s = strength(a, 'strength.school-attendance');
    expect(s?.sentence).toContain('97%, with no unauthorised absence');
    expect(s?.sentence).toContain('90%');
    expect(s?.citations[0]?.source).toMatch(/absence/);
  });

  it('does not call attendance a strength at or below the line, or beside an attendance worry', () => {
    expect(ids(run(caseWith(withValue('schoolAttendancePct', 90))))).not.toContain('strength.school-attendance');
    const late = run(caseWith(withValue('schoolAttendancePct', 96), withValue('latenessPct', 30)));
    expect(late.findings.map((f) => f.code)).toContain('education.lateness-pattern');
    expect(ids(late)).not.toContain('strength.school-attendance');
  });

  it('lists appointments kept and the one not brought to when there is no pattern', () => {
    const a = run(caseWith(withAppointments(3, 1)));
    const s = strength(a, 'strength.appointments-kept');
    expect(s?.sentence).toContain('brought to 3 appointments');
    expect(s?.evidence.filter((e) => e.startsWith('Was not brought'))).toHaveLength(1);
  });

  it('says nothing about appointments kept when being brought to them is itself the worry', () => {
    const a = run(caseWith(withAppointments(1, 4)));
    expect(a.findings.map((f) => f.code)).toContain('health.was-not-brought-pattern');
    expect(ids(a)).not.toContain('strength.appointments-kept');
  });

  it('recognises a current, shared asthma plan and controlled inhaler use, and not an old plan or reliever over-use', () => {
    const good = run(
      caseWith(
        withChronicCondition('asthma', { exists: true, lastReviewed: '2024-09', sharedWith: ['parents', 'school'] }),
        withValue('relieverInhalers6m', 2),
        withValue('preventerInhalers6m', 6),
      ),
    );
    expect(ids(good)).toEqual(expect.arrayContaining(['strength.asthma-plan-current', 'strength.asthma-controlled']));

    const stale = run(
      caseWith(withChronicCondition('asthma', { exists: true, lastReviewed: '2022-01', sharedWith: ['school'] })),
    );
    expect(ids(stale)).not.toContain('strength.asthma-plan-current');
    const overuse = run(caseWith(withChronicCondition('asthma'), withValue('relieverInhalers6m', 9)));
    expect(ids(overuse)).not.toContain('strength.asthma-controlled');
  });

  it('reports no emergency care only from counts recorded as zero', () => {
    const a = run(caseWith(withValue('aeAttendances12m', 0), withValue('hospitalAdmissions12m', 0)));
    expect(strength(a, 'strength.no-emergency-care')?.sentence).toBe(
      'The record shows no emergency department attendances and no hospital admissions in the last 12 months.',
    );
    expect(ids(run(caseWith()))).not.toContain('strength.no-emergency-care');
  });

  it('recognises a parent engaged with treatment and the father and wider family being asked, for an unborn baby too', () => {
    const a = run(
      caseWith(
        unbornChild(),
        withFactor('mother', 'substanceMisuse', 'historic', 'Heroin use until 2019.'),
        withFactor('mother', 'treatmentEngagement', 'engaged', 'Attends the recovery service weekly.'),
        withFatherConsulted(true, 'Spoken to by phone.'),
        withExtendedFamilyConsulted(true),
      ),
    );
    expect(ids(a)).toStrictEqual(['strength.parent-in-treatment', 'strength.family-involved']);
    expect(strength(a, 'strength.parent-in-treatment')?.evidence[0]).toContain('recovery service weekly');
    expect(strength(a, 'strength.family-involved')?.sentence).toBe(
      'The father and wider family have been asked for their view and what they can offer the child.',
    );
  });

  it('never changes the recommendation: the same case with and without its strengths recommends the same', () => {
    const worry = withConcern(['care.hunger'], { description: 'Arrives hungry most mornings.' });
    const plain = run(caseWith(worry));
    const withGood = run(
      caseWith(worry, withValue('schoolAttendancePct', 98), withAppointments(4, 0), withFatherConsulted(true)),
    );
    expect(ids(withGood).length).toBeGreaterThanOrEqual(3);
    expect(withGood.recommendation).toStrictEqual(plain.recommendation);
  });
});
