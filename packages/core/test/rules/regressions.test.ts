/**
 * Regression tests for rule bugs found while writing the rule tests (each was first an `it.fails`
 * and passed once the rule was fixed). The comments name the bug each test guards against.
 */
import { describe, expect, it } from 'vitest';
import {
  caseWith,
  withDisagreement,
  withEngagement,
  withMemberPatch,
  withReferralCount,
  withValue,
} from '../fixtures/case-builder.js';
import { assessCase, ex, expectFires, expectSilent, hitsOf } from './harness.js';

describe('rule regressions', () => {
  // Was a bug: health.asthma.preventer-undercollected: the share is computed as value / 6 and compared
  // with `share >= 0.8`; 4.8 / 6 is 0.7999999999999999 in floating point, so a collection of
  // exactly 80% of months counts as under-collection. The vocabulary says "below the parameter".
  it('preventer-undercollected stays silent at exactly 80% of months (4.8 in six months)', () => {
    expectSilent(
      'health.asthma.preventer-undercollected',
      ex('4.8 preventers in six months', withValue('preventerInhalers6m', 4.8)),
    );
  });

  // Was a bug: history.repeat-contacts: `referralsLast12MonthsCount` is a measure, but the rule reads only
  // its `value` (`?.value ?? listed`), so a count known only as a range (value null) is ignored and
  // the listed contacts are counted instead. Every other measure rule reads a range at its worse end.
  it('repeat-contacts reads a recorded count known only as a range (2 to 4) at its higher end', () => {
    expectFires(
      'history.repeat-contacts',
      ex('count between 2 and 4, none listed', withReferralCount({ value: null, range: [2, 4] })),
    );
  });

  // Was a bug: parent.young-parent (and every carer rule): `isCarer` in rules/view.ts returns false for
  // anyone under 16 before it looks at the role, so a 15-year-old recorded as the child's mother
  // is not a carer, and the youngest parents are never young parents.
  it('young-parent fires for a mother aged 15', () => {
    expectFires('parent.young-parent', ex('mother aged 15', withMemberPatch('mother', { ageYears: 15 })));
  });

  // Was a bug: engagement.access-refused and engagement.disguised-compliance: an entry in the engagement
  // record's list that also has the code ticked is reported twice, because the ticked evidence
  // ("access refused (2025-02): ...") and the listed evidence ("Access refused (2025-02): ...",
  // "Sign (2025-02): ...") are worded differently, so the Set meant to remove duplicates keeps both.
  it('one refusal of access, ticked in the access-refused list, is one line of evidence', () => {
    const a = assessCase(caseWith(withEngagement('accessRefused', ['engagement.access-refused'], 'Door not answered.')));
    expect(hitsOf(a).get('engagement.access-refused')?.evidence).toHaveLength(1);
  });

  it('one sign of disguised compliance, ticked in its list, is one line of evidence', () => {
    const a = assessCase(
      caseWith(withEngagement('disguisedComplianceSigns', ['engagement.disguised-compliance'], 'Welcomes visits.')),
    );
    expect(hitsOf(a).get('engagement.disguised-compliance')?.evidence).toHaveLength(1);
  });

  // Was a bug: action.escalate-next-stage: once stage 4, the last stage, has passed its deadline,
  // escalationStatus recommends stage 4 again (next(4) is 4) and the action tells the worker to
  // "Escalate the disagreement to stage 4", the stage already tried. There is no next stage to name.
  it('does not tell the worker to escalate to stage 4 when stage 4 is the stage already tried', () => {
    const stages = [
      { stage: 1 as const, date: '2024-10-01' },
      { stage: 2 as const, date: '2024-11-01' },
      { stage: 3 as const, date: '2024-12-02' },
      { stage: 4 as const, date: '2025-01-06' },
    ];
    const action = hitsOf(assessCase(caseWith(withDisagreement(stages)))).get('action.escalate-next-stage');
    expect(action?.sentence ?? '').not.toMatch(/to stage 4/i);
  });
});
