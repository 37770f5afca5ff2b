import { describe, expect, it } from 'vitest';
import { withRecordHistory } from '../src/contact/draft.js';
import { emptyContactFacts } from '../src/contact/empty-facts.js';

describe('withRecordHistory', () => {
  it('adds what confirmed records hold to the worker’s facts, once', () => {
    const facts = emptyContactFacts('2024-03-15');
    const recordFacts = structuredClone(facts);
    recordFacts.history.previousCPPlans.push({
      child: 'this child',
      category: 'neglect',
      start: '2019',
      end: '2020',
      detail: null,
    });
    const record = {
      facts: recordFacts,
      added: [
        { path: 'history/previousCPPlans/0', from: 'plan' as const, detail: 'Child protection plan for neglect, 2019 to 2020' },
      ],
    };
    const merged = withRecordHistory(facts, record);
    expect(merged.history.previousCPPlans).toHaveLength(1);
    expect(facts.history.previousCPPlans).toHaveLength(0);
    expect(withRecordHistory(merged, record).history.previousCPPlans).toHaveLength(1);
  });

  it('fills a parent’s factor from records only where the worker has it as not known', () => {
    const facts = emptyContactFacts('2024-03-15');
    facts.household.push({
      id: 'mother',
      role: 'mother',
      relationshipToChild: 'birth mother',
      livesWithChild: true,
      ageYears: null,
      factors: {
        substanceMisuse: { status: 'unknown', detail: null },
        treatmentEngagement: { status: 'unknown', detail: null },
        mentalHealth: { status: 'current', detail: 'told by her GP' },
        learningDisability: { status: 'unknown', detail: null },
        domesticAbuse: { status: 'unknown', detail: null },
        criminality: { status: 'unknown', detail: null },
        imprisonment: { status: 'unknown', detail: null },
        previousChildrenRemoved: { count: null, detail: null },
      },
      notes: [],
    });
    const recordFacts = structuredClone(facts);
    const mother = recordFacts.household[0];
    if (!mother) throw new Error('no mother');
    mother.factors.substanceMisuse = { status: 'historic', detail: 'heroin, 2015' };
    mother.factors.mentalHealth = { status: 'none-known', detail: null };
    const merged = withRecordHistory(facts, {
      facts: recordFacts,
      added: [
        { path: 'household/0/factors/substanceMisuse', from: 'factors', detail: 'from records' },
        { path: 'household/0/factors/mentalHealth', from: 'factors', detail: 'from records' },
      ],
    });
    expect(merged.household[0]?.factors.substanceMisuse.status).toBe('historic');
    expect(merged.household[0]?.factors.mentalHealth.status).toBe('current');
  });
});
