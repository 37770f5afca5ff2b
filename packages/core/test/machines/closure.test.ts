/**
 * The closure review driven through S12 (a protection plan stepped down after a review conference)
 * and S10 (a contact closed against the recommendation), and its guards: nothing closes silently.
 */
import { describe, expect, it } from 'vitest';
import { englandFramework } from '../../src/framework/index.js';
import {
  type ClosureDecisionInput,
  type ClosureEvent,
  closureReviewMachine,
  replay,
  sealOutcome,
} from '../../src/machines/index.js';
import { renderMarkdown } from '../../src/record/index.js';
import type { CaseFacts } from '../../src/schema/case.js';
import {
  agreedSignOff,
  at,
  health,
  manager,
  ownRecordsChecked,
  scenarioAsOf,
  scenarioFacts,
  school,
  socialCare,
  worker,
} from './scenarios.js';

const inputFor = (facts: CaseFacts) => ({ caseRef: 'case-004', framework: englandFramework, asOf: scenarioAsOf(facts), facts });

const reviewSteps = (date: string): ClosureEvent[] => [
  {
    type: 'RECORD_REVIEW_MEETING',
    meeting: {
      at: date,
      participants: [socialCare, school, health],
      summary: 'Attendance and health appointments have held for six months.',
    },
  },
  { type: 'NEXT' },
  {
    type: 'RECORD_CHILD_SEEN',
    visit: {
      at: date,
      seenBy: 'the allocated social worker',
      seenAlone: true,
      how: 'own-words',
      views: 'I like my new school and I get breakfast now.',
    },
  },
  { type: 'NEXT' },
  {
    type: 'RECORD_HISTORY_REVIEW',
    review: {
      at: date,
      summary: 'Two earlier plans for neglect; both closed after short improvement.',
      checks: [ownRecordsChecked],
    },
  },
  { type: 'NEXT' },
];

const decision = (over: Partial<ClosureDecisionInput>): ClosureEvent => ({
  type: 'DECIDE',
  decision: {
    kind: 'step-down',
    levelId: 'cin-plan',
    stepDownTo: 'a child in need plan with the same social worker',
    reason: 'Improvement has lasted six months and the child says things are better.',
    analysis: 'The history shows improvement that did not last before, so the child in need plan keeps the visits going.',
    by: worker,
    ...over,
  },
});

describe('closure review on the shared scenarios', () => {
  it('S12: steps a protection plan down after a multi-agency review, with the child seen, the history reviewed and a sign-off', () => {
    const facts = scenarioFacts('S12');
    const result = replay(closureReviewMachine, inputFor(facts), [
      ...reviewSteps('2018-12-12'),
      decision({}),
      { type: 'NEXT' },
      { type: 'SIGN_OFF', signOff: agreedSignOff(at('2018-12-13')) },
    ]);
    expect(result.refused).toEqual([]);
    const output = result.snapshot.output;
    if (!output) throw new Error('no output');
    expect(output.outcome).toMatchObject({ kind: 'step-down', stepDownTo: 'a child in need plan with the same social worker' });
    expect(output.outcome.decision).toMatchObject({ levelId: 'cin-plan', belowRecommendation: false, overrideReason: null });
    expect(output.outcome.decision.analysis).toContain('Reason to step down');
    expect(output.recordInput.facts.childsVoice.at(-1)?.words).toBe('I like my new school and I get breakfast now.');
    expect(output.rationale.statements.find((s) => s.text.startsWith('Multi-agency review'))?.citations.length).toBeGreaterThan(
      0,
    );
    const record = sealOutcome(output, null);
    expect(renderMarkdown(record)).toContain('Reason to step down');
  });

  it('S10: closing a contact below the recommendation keeps the reason as the override reason', () => {
    const facts = scenarioFacts('S10');
    const result = replay(closureReviewMachine, inputFor(facts), [
      ...reviewSteps('2019-05-31'),
      decision({
        kind: 'close',
        levelId: '1',
        stepDownTo: null,
        reason: 'The family moved out of the area; the new authority has the referral.',
      }),
      { type: 'NEXT' },
      { type: 'SIGN_OFF', signOff: agreedSignOff(at('2019-05-31')) },
    ]);
    expect(result.refused).toEqual([]);
    expect(result.snapshot.output?.outcome.decision).toMatchObject({
      levelId: '1',
      belowRecommendation: true,
      overrideReason: 'The family moved out of the area; the new authority has the referral.',
    });
  });
});

describe('closure review guards', () => {
  it('refuses a single-agency review, a blank reason, a step-down to no one and a self sign-off; a disagreeing manager sends it back', () => {
    const facts = scenarioFacts('S12');
    const events: ClosureEvent[] = [
      {
        type: 'RECORD_REVIEW_MEETING',
        meeting: {
          at: '2018-12-12',
          participants: [socialCare, { role: 'team manager', agency: 'childrens-social-care' }],
          summary: 'Internal review.',
        },
      },
      { type: 'NEXT' },
      ...reviewSteps('2018-12-12'),
      decision({ reason: ' ' }),
      decision({ stepDownTo: null }),
      { type: 'NEXT' },
      decision({}),
      { type: 'NEXT' },
      { type: 'SIGN_OFF', signOff: { ...agreedSignOff(at('2018-12-13')), by: worker } },
      {
        type: 'SIGN_OFF',
        signOff: {
          by: manager,
          at: at('2018-12-13'),
          outcome: 'disagreed',
          comment: 'See the child again with the school nurse first.',
        },
      },
    ];
    const result = replay(closureReviewMachine, inputFor(facts), events);
    expect(result.refused.map((r) => r.index)).toEqual([0, 1, 8, 9, 10, 13]);
    expect(result.snapshot.value).toBe('decision');
    expect(result.snapshot.context.returnedSignOffs).toHaveLength(1);
  });
});
