/**
 * The synthetic case builder makes schema-valid cases, and its helpers never change the case they
 * are given.
 */
import { describe, expect, it } from 'vitest';
import { caseFactsSchema } from '../../src/schema/case.js';
import {
  agedMonths,
  applyEdits,
  BASE_AS_OF,
  baseCase,
  type CaseEdit,
  member,
  unbornChild,
  withAdultService,
  withAppointments,
  withAsOf,
  withChildrenRemoved,
  withChildsVoice,
  withChronicCondition,
  withCinPlan,
  withConcern,
  withConsent,
  withCpPlan,
  withDisagreement,
  withEngagement,
  withExtendedFamilyConsulted,
  withFactor,
  withFatherConsulted,
  withHistoryChecks,
  withMeasure,
  withMember,
  withMemberPatch,
  withMove,
  withOtherMeasure,
  withPathway,
  withRange,
  withReferralCount,
  withReferrals,
  withSend,
  withSiblingOpenCase,
  withValue,
} from '../fixtures/case-builder.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const edits: Record<string, CaseEdit> = {
  withAsOf: withAsOf('2024-06'),
  withPathway: withPathway('cin-cp', 'icpc'),
  withDisagreement: withDisagreement([
    { stage: 1, date: '2025-03-03' },
    { stage: 2, date: null },
  ]),
  withHistoryChecksNone: withHistoryChecks(undefined),
  withHistoryChecks: withHistoryChecks([{ source: 'police', status: 'done', detail: 'No trace.' }]),
  withConsent: withConsent('refused'),
  agedMonths: agedMonths(30),
  unbornChild: unbornChild(20),
  withChronicCondition: withChronicCondition('asthma', { exists: true, lastReviewed: '2024-01' }),
  withSend: withSend('speech delay'),
  withConcern: withConcern(['care.hunger', 'care.unkempt'], { domain: 'physical-care', date: '2017-04/05' }),
  withChildsVoice: withChildsVoice(['care.hunger'], 'I am hungry.'),
  withEngagement: withEngagement('accessRefused', ['engagement.access-refused']),
  withAppointments: withAppointments(3, 2),
  withMeasure: withMeasure('safetyScaling', { value: null, range: [0, 2], unit: 'points', period: 'ICPC' }),
  withValue: withValue('schoolAttendancePct', 88.5),
  withRange: withRange('relieverInhalers6m', 5, 7),
  withOtherMeasure: withOtherMeasure('nebules dispensed', 20, 'vials'),
  withMember: withMember(member('partner', 'new partner', 'not related')),
  withMemberPatch: withMemberPatch('mother', { ageYears: 19, livesWithChild: null }),
  withFactor: withFactor('father', 'imprisonment', 'current', 'On remand.'),
  withChildrenRemoved: withChildrenRemoved('mother', 2),
  withCpPlan: withCpPlan({ category: 'physical', end: null }),
  withCinPlan: withCinPlan({ child: 'older brother' }),
  withReferrals: withReferrals(3),
  withReferralCount: withReferralCount({ value: null, range: [2, 4] }),
  withMove: withMove(null),
  withSiblingOpenCase: withSiblingOpenCase(),
  withFatherConsulted: withFatherConsulted(null, 'Not needed.'),
  withExtendedFamilyConsulted: withExtendedFamilyConsulted(false),
  withAdultService: withAdultService('drug and alcohol service', null),
};

describe('synthetic case builder', () => {
  it('builds a schema-valid base case: Child T, aged 8, no concerns, every measure unrecorded', () => {
    const facts = baseCase();
    expect(caseFactsSchema.parse(facts)).toEqual(facts);
    expect(facts.child.label).toBe('Child T');
    expect(facts.child.ageMonths).toBe(96);
    expect(facts.currentConcerns).toEqual([]);
    expect(Object.entries(facts.measures).filter(([k, v]) => k !== 'other' && v !== null)).toEqual([]);
    expect(facts.professionalContext.fatherConsulted.value).toBe(true);
    expect(facts.professionalContext.extendedFamilyConsulted.value).toBe(true);
    expect(facts.historyChecks).toEqual([{ source: 'own-records', status: 'done', detail: expect.any(String) }]);
    expect(facts.consent?.status).toBe('given');
    expect(facts.asOf).toBe(BASE_AS_OF);
  });

  for (const [name, edit] of Object.entries(edits)) {
    it(`${name} gives a schema-valid case and leaves its input unchanged`, () => {
      const before = deepFreeze(baseCase());
      const snapshot = JSON.stringify(before);
      const after = edit(before);
      expect(after).not.toBe(before);
      expect(JSON.stringify(before)).toBe(snapshot);
      const parsed = caseFactsSchema.safeParse(after);
      expect(parsed.error?.issues ?? []).toEqual([]);
    });
  }

  it('applies every edit together into one valid case', () => {
    const facts = applyEdits(baseCase(), ...Object.values(edits).filter((e) => e !== edits.unbornChild));
    expect(caseFactsSchema.safeParse(facts).success).toBe(true);
  });

  it('removes the optional history checks field rather than setting it to undefined', () => {
    const facts = withHistoryChecks(undefined)(baseCase());
    expect('historyChecks' in facts).toBe(false);
  });
});
