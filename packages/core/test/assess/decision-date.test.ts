import { describe, expect, it } from 'vitest';
import { decisionDateOf } from '../../src/assess/decision-date.js';
import { caseWith, withAsOf, withConcern, withCpPlan, withDisagreement } from '../fixtures/case-builder.js';

describe('decisionDateOf', () => {
  it('uses the case’s own date, resolving a month to its last day', () => {
    expect(decisionDateOf(caseWith(withAsOf('2024-02')))).toStrictEqual({ asOf: '2024-02-29', inferred: false });
  });

  it('without one, takes the latest date recorded anywhere in the case (the end of a loose date) and says so', () => {
    const facts = {
      ...caseWith(
        withCpPlan({ start: '2019-01', end: '2019-09' }),
        withConcern(['care.hunger'], { date: '2024-04/05' }),
        withDisagreement([{ stage: 1, date: '2024-05-20' }]),
      ),
      asOf: null,
    };
    expect(decisionDateOf(facts)).toStrictEqual({ asOf: '2024-05-31', inferred: true });
  });

  it('gives null when the case records no date at all', () => {
    const facts = { ...caseWith(withConcern(['care.hunger'], { date: null })), asOf: null };
    expect(decisionDateOf(facts)).toBeNull();
  });
});
