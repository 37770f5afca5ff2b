/**
 * The contact machine driven through real shared scenarios (answer fields stripped by `inputFacts`),
 * and its guards: history checks before any decision, immediate danger, the immediate safety plan,
 * a decision below the recommendation, sign-off and going back.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { assess } from '../../src/assess/assess.js';
import { englandFramework, splitLevelFramework } from '../../src/framework/index.js';
import type { Framework } from '../../src/framework/schema.js';
import { contactMachine, type ContactEvent, replay, sealOutcome } from '../../src/machines/index.js';
import { composeRationale, renderMarkdown } from '../../src/record/index.js';
import type { CaseFacts } from '../../src/schema/case.js';
import {
  agreedSignOff,
  at,
  blankContactLike,
  contactAnswers,
  manager,
  ownRecordsChecked,
  safetyPlanAt,
  scenarioAsOf,
  scenarioFacts,
  worker,
} from './scenarios.js';

const inputFor = (facts: CaseFacts, framework: Framework = englandFramework) => ({
  caseRef: 'case-001',
  framework,
  asOf: scenarioAsOf(facts),
  facts: blankContactLike(facts),
});

const decide = (levelId: string, reason: string | null = null): ContactEvent => ({
  type: 'DECIDE',
  decision: { levelId, analysis: 'I have read the history, the concerns and the analysis together.', reason, by: worker },
});

/** A scenario with one more concern recorded on the decision day. */
function withConcernToday(facts: CaseFacts, codes: string[], description: string): CaseFacts {
  const today = scenarioAsOf(facts);
  return {
    ...facts,
    currentConcerns: [...facts.currentConcerns, { domain: 'safety', description, date: today, sourceAgency: 'police', codes }],
  };
}

const withSafetyScaling = (facts: CaseFacts, value: number): CaseFacts => ({
  ...facts,
  measures: { ...facts.measures, safetyScaling: { value, note: 'Scaled by the professionals at the meeting.' } },
});

describe('contact machine on the shared scenarios', () => {
  const contactScenarios = ['S01', 'S02', 'S07', 'S08', 'S10', 'S11', 'S13', 'S14'];

  it.each(contactScenarios)(
    '%s: answers recorded page by page reach a decision record whose rationale cites its sources',
    (id) => {
      const facts = scenarioFacts(id);
      const recorded = {
        ...facts,
        historyChecks: [ownRecordsChecked],
        consent: { status: 'not-sought', detail: 'Consent was not sought before the referral.' },
      } as CaseFacts;
      const expected = assess(recorded, englandFramework, scenarioAsOf(facts)).recommendation;
      const answers = replay(contactMachine, inputFor(facts), [...contactAnswers(facts), { type: 'NEXT' }]);
      expect(answers.refused).toEqual([]);
      expect(answers.snapshot.value).toBe('decision');
      // The machine re-ran assess() on every answer: the last one equals assessing the whole case at once.
      expect(answers.snapshot.context.assessment.recommendation).toEqual(expected);

      const result = replay(contactMachine, inputFor(facts), [
        ...contactAnswers(facts),
        { type: 'NEXT' },
        decide(expected.levelId),
        { type: 'NEXT' },
        { type: 'CONFIRM' },
        { type: 'SIGN_OFF', signOff: agreedSignOff(at(scenarioAsOf(facts), '16:30:00')) },
      ]);
      expect(result.refused).toEqual([]);
      expect(result.done).toBe(true);
      const output = result.snapshot.output;
      if (!output) throw new Error('no output');
      expect(output.outcome.decision).toMatchObject({
        levelId: expected.levelId,
        belowRecommendation: false,
        overrideReason: null,
      });
      expect(output.rationale.citations.length).toBeGreaterThan(0);
      const findingSentences = output.recordInput.assessment.findings.map((f) => f.sentence);
      for (const sentence of findingSentences) expect(output.rationale.statements.map((s) => s.text)).toContain(sentence);

      const record = sealOutcome(output, null);
      expect(record.machine).toEqual({ id: contactMachine.id, version: contactMachine.version });
      expect(record.decision.levelId).toBe(expected.levelId);
      const cited = composeRationale(record)
        .sections.flatMap((s) => s.blocks)
        .filter((b) => b.kind === 'entries');
      expect(cited.length).toBeGreaterThan(0);
      expect(renderMarkdown(record)).toContain('Source');
    },
  );

  it('speaks the partnership’s own level ids: the split-level framework decides 4b, not 4+', () => {
    const facts = scenarioFacts('S07');
    const events: ContactEvent[] = [...contactAnswers(facts), { type: 'NEXT' }, decide('4+'), decide('4b')];
    const result = replay(contactMachine, inputFor(facts, splitLevelFramework), events);
    expect(result.snapshot.context.assessment.recommendation.levelId).toBe('4b');
    expect(result.refused.map((r) => r.index)).toEqual([events.length - 2]);
    expect(result.snapshot.context.decision).toMatchObject({ levelId: '4b', value: '4+', belowRecommendation: false });
  });
});

describe('contact machine guards', () => {
  it('cannot reach the decision until history checks are recorded, done or not possible with a reason (invariant 4)', () => {
    const facts = scenarioFacts('S13');
    const actor = createActor(contactMachine, { input: inputFor(facts) }).start();
    actor.send({ type: 'RECORD_WHO', child: facts.child, household: facts.household });
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('historyChecks');
    actor.send({ type: 'RECORD_HISTORY_CHECK', check: { source: 'own-records', status: 'not-possible', detail: '' } });
    expect(actor.getSnapshot().context.facts.historyChecks).toBeUndefined();
    actor.send({ type: 'RECORD_HISTORY_CHECK', check: { source: 'police', status: 'done', detail: 'Nothing known to police.' } });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('historyChecks');
    actor.send({
      type: 'RECORD_HISTORY_CHECK',
      check: {
        source: 'own-records',
        status: 'not-possible',
        detail: 'The case system was down; checked by phone with the records team instead.',
      },
    });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('concerns');
    expect(actor.getSnapshot().context.facts.historyChecks?.map((c) => c.source)).toEqual(['police', 'own-records']);
  });

  it('routes immediate danger to immediate protection before the decision', () => {
    const facts = withConcernToday(
      scenarioFacts('S02'),
      ['safety.immediate-danger'],
      'The child says she is scared to go home tonight; the adult who hurt her is there.',
    );
    const actor = createActor(contactMachine, { input: inputFor(facts) }).start();
    for (const event of contactAnswers(facts)) actor.send(event);
    expect(actor.getSnapshot().context.assessment.recommendation.value).toBe('immediate');
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('immediateProtection');
    actor.send({ type: 'NEXT' });
    actor.send(decide('immediate'));
    expect(actor.getSnapshot().value).toBe('immediateProtection');
    actor.send({
      type: 'RECORD_IMMEDIATE_PROTECTION',
      protection: {
        action: 'police-protection',
        detail: 'Police took the child into police protection at 15:10.',
        at: at('2017-05-31', '15:10:00'),
        by: worker,
      },
    });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('decision');
    actor.send(decide('immediate'));
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'CONFIRM' });
    actor.send({ type: 'FINISH', at: at('2017-05-31', '17:00:00') });
    const output = actor.getSnapshot().output;
    expect(actor.getSnapshot().status).toBe('done');
    expect(output?.outcome.immediateProtection?.action).toBe('police-protection');
    expect(output?.rationale.statements.some((s) => s.text.includes('police protection') && s.citations.length > 0)).toBe(true);
    expect(output?.recordInput.signOff).toBeNull();
  });

  it.each([
    [2, true],
    [3, false],
  ])('safety scaled at %i %s adds the immediate safety plan step', (scaling, planStep) => {
    const facts = withSafetyScaling(scenarioFacts('S01'), scaling);
    const actor = createActor(contactMachine, { input: inputFor(facts) }).start();
    for (const event of contactAnswers(facts)) actor.send(event);
    expect(actor.getSnapshot().context.assessment.recommendation.immediateSafetyPlan).toBe(planStep);
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe(planStep ? 'immediateSafetyPlan' : 'decision');
    if (!planStep) return;
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'RECORD_SAFETY_PLAN', plan: { ...safetyPlanAt(at('2017-01-31')), removalConsidered: ' ' } });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('immediateSafetyPlan');
    actor.send({ type: 'RECORD_SAFETY_PLAN', plan: safetyPlanAt(at('2017-01-31')) });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('decision');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('immediateSafetyPlan');
  });

  it('refuses a decision below the recommendation without a written reason, and then requires a manager’s sign-off', () => {
    const facts = scenarioFacts('S07');
    const actor = createActor(contactMachine, { input: inputFor(facts) }).start();
    for (const event of [...contactAnswers(facts), { type: 'NEXT' } as const]) actor.send(event);
    expect(actor.getSnapshot().context.assessment.recommendation.value).toBe('4+');
    actor.send(decide('3'));
    actor.send(decide('3', '   '));
    expect(actor.getSnapshot().context.decision).toBeNull();
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('decision');
    actor.send(decide('3', 'The GP has booked a review with the family this week and the school nurse is visiting.'));
    expect(actor.getSnapshot().context.decision).toMatchObject({ levelId: '3', belowRecommendation: true });
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'CONFIRM' });
    expect(actor.getSnapshot().value).toBe('signOff');
    actor.send({ type: 'FINISH', at: at('2017-10-31') });
    expect(actor.getSnapshot().value).toBe('signOff');
    actor.send({ type: 'SIGN_OFF', signOff: { ...agreedSignOff(at('2017-10-31')), by: worker } });
    expect(actor.getSnapshot().value).toBe('signOff');
    actor.send({
      type: 'SIGN_OFF',
      signOff: { by: manager, at: at('2017-10-31'), outcome: 'disagreed', comment: 'The pattern needs a strategy discussion.' },
    });
    expect(actor.getSnapshot().value).toBe('decision');
    expect(actor.getSnapshot().context.returnedSignOffs).toHaveLength(1);
    actor.send(decide('4+'));
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'CONFIRM' });
    actor.send({ type: 'SIGN_OFF', signOff: agreedSignOff(at('2017-10-31', '17:00:00')) });
    const output = actor.getSnapshot().output;
    expect(output?.outcome.decision).toMatchObject({ levelId: '4+', belowRecommendation: false });
    expect(output?.rationale.statements.some((s) => s.text.includes('did not agree with an earlier decision'))).toBe(true);
  });

  it('keeps answers on BACK, and re-checks a kept decision when a changed answer raises the recommendation', () => {
    const facts = scenarioFacts('S14');
    const actor = createActor(contactMachine, { input: inputFor(facts) }).start();
    for (const event of [...contactAnswers(facts), { type: 'NEXT' } as const]) actor.send(event);
    const recorded = actor.getSnapshot().context.facts;
    actor.send(decide('2'));
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('checkAnswers');
    actor.send({ type: 'CHANGE', step: 'concerns' });
    expect(actor.getSnapshot().value).toBe('concerns');
    for (let i = 0; i < 3; i += 1) actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('who');
    expect(actor.getSnapshot().context.facts).toEqual(recorded);
    expect(actor.getSnapshot().context.decision?.levelId).toBe('2');

    for (let i = 0; i < 2; i += 1) actor.send({ type: 'NEXT' });
    const danger = withConcernToday(
      facts,
      ['safety.immediate-danger'],
      'The father arrived drunk and threatened the mother with a knife tonight.',
    );
    actor.send({ type: 'RECORD_CONCERNS', concerns: danger.currentConcerns });
    expect(actor.getSnapshot().context.decision?.belowRecommendation).toBe(true);
    for (let i = 0; i < 6; i += 1) actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('immediateProtection');
  });
});
