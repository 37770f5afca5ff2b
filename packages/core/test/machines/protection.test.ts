/**
 * The protection machine (child in need versus child protection) driven through the shared
 * scenarios S03 (after assessment), S04 (initial conference, safety scaled 0 to 2) and S12 (review
 * conference), and its guards.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { addMonths, addWorkingDays } from '../../src/calendar/index.js';
import { englandFramework } from '../../src/framework/index.js';
import { type Conference, protectionMachine, type ProtectionEvent, replay, sealOutcome } from '../../src/machines/index.js';
import type { CaseFacts } from '../../src/schema/case.js';
import {
  agreedSignOff,
  at,
  health,
  police,
  safetyPlanAt,
  scenarioAsOf,
  scenarioFacts,
  school,
  socialCare,
  worker,
} from './scenarios.js';

const inputFor = (facts: CaseFacts) => ({ caseRef: 'case-002', framework: englandFramework, asOf: scenarioAsOf(facts), facts });

const decide = (levelId: string, reason: string | null = null): ProtectionEvent => ({
  type: 'DECIDE',
  decision: { levelId, analysis: 'The conference weighed the history and the pattern of neglect.', reason, by: worker },
});

const conference = (over: Partial<Conference> = {}): Conference => ({
  at: '2017-11-24',
  kind: 'initial',
  participants: [socialCare, health, school, police],
  decision: 'cp-plan',
  category: 'neglect',
  safetyScaling: 4,
  summary: 'Long-standing neglect of health needs and school attendance.',
  ...over,
});

const plan = (startsOn: string) => ({
  type: 'RECORD_PLAN' as const,
  plan: {
    startsOn,
    leadProfessional: 'the allocated social worker',
    summary: 'Weekly visits; asthma plan shared with school; attendance monitored.',
  },
});

describe('protection machine on the shared scenarios', () => {
  it('S03: strategy discussion, s47 enquiry, conference, protection plan with its deadlines', () => {
    const facts = scenarioFacts('S03');
    const events: ProtectionEvent[] = [
      {
        type: 'RECORD_STRATEGY_DISCUSSION',
        discussion: {
          at: '2017-07-31',
          participants: [socialCare, police, health],
          decision: 's47-enquiry',
          reason: 'Reasonable cause to suspect significant harm from neglect.',
        },
      },
      { type: 'NEXT' },
      {
        type: 'RECORD_S47_OUTCOME',
        outcome: {
          at: '2017-08-10',
          harm: 'substantiated',
          childSeenAlone: true,
          summary: 'Neglect of health and education substantiated.',
        },
      },
      { type: 'NEXT' },
      { type: 'RECORD_CONFERENCE', conference: conference({ at: '2017-08-18' }) },
      { type: 'NEXT' },
      decide('cp-plan'),
      { type: 'NEXT' },
      plan('2017-08-18'),
      { type: 'NEXT' },
      { type: 'FINISH', at: at('2017-08-18', '16:00:00') },
    ];
    const result = replay(protectionMachine, inputFor(facts), events);
    expect(result.refused).toEqual([]);
    expect(result.done).toBe(true);
    const ctx = result.snapshot.context;
    expect(ctx.startedAt).toBe('strategyDiscussion');
    expect(ctx.icpcDue?.dueOn).toBe(addWorkingDays('2017-07-31', 15, englandFramework.calendar.triggerDay));
    expect(ctx.plan?.deadlines.map((d) => [d.id, d.dueOn])).toEqual([
      ['core-group', addWorkingDays('2017-08-18', 10, 0)],
      ['review-conference', addMonths('2017-08-18', 3)],
    ]);
    const output = result.snapshot.output;
    if (!output) throw new Error('no output');
    expect(output.outcome.category).toBe('neglect');
    expect(output.rationale.citations.length).toBeGreaterThan(0);
    expect(output.rationale.statements.find((s) => s.text.startsWith('Strategy discussion'))?.citations.length).toBeGreaterThan(
      0,
    );
    expect(sealOutcome(output, null).decision.levelId).toBe('cp-plan');
  });

  it('S04: starts at the conference; safety scaled at 2 makes the immediate safety plan mandatory before the decision and plan', () => {
    const facts = scenarioFacts('S04');
    const actor = createActor(protectionMachine, { input: inputFor(facts) }).start();
    expect(actor.getSnapshot().value).toBe('conference');
    actor.send({ type: 'RECORD_CONFERENCE', conference: conference({ safetyScaling: 2 }) });
    expect(actor.getSnapshot().context.assessment.recommendation.immediateSafetyPlan).toBe(true);
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('immediateSafetyPlan');
    actor.send({ type: 'NEXT' });
    actor.send(decide('cp-plan'));
    expect(actor.getSnapshot().value).toBe('immediateSafetyPlan');
    actor.send({ type: 'RECORD_SAFETY_PLAN', plan: { ...safetyPlanAt(at('2017-11-24')), agreedWith: [] } });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('immediateSafetyPlan');
    actor.send({ type: 'RECORD_SAFETY_PLAN', plan: safetyPlanAt(at('2017-11-24')) });
    actor.send({ type: 'NEXT' });
    actor.send(decide('cp-plan'));
    actor.send({ type: 'NEXT' });
    actor.send(plan('2017-11-24'));
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'SIGN_OFF', signOff: agreedSignOff(at('2017-11-24', '17:00:00')) });
    const output = actor.getSnapshot().output;
    expect(output?.outcome.safetyPlan?.removalConsidered).toContain('Removal was considered');
    expect(output?.rationale.statements.some((s) => s.text.startsWith('Immediate safety plan') && s.citations.length > 0)).toBe(
      true,
    );
  });

  it('S04: a conference scaling of 3 replaces the 0-2 range and no safety plan step is needed', () => {
    const actor = createActor(protectionMachine, { input: inputFor(scenarioFacts('S04')) }).start();
    expect(actor.getSnapshot().context.assessment.recommendation.immediateSafetyPlan).toBe(true);
    actor.send({ type: 'RECORD_CONFERENCE', conference: conference({ safetyScaling: 3 }) });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('decision');
  });

  it('S12: a review conference steps down to a child in need plan, with the plan written in 10 working days and visits every 6 weeks', () => {
    const facts = scenarioFacts('S12');
    const result = replay(protectionMachine, inputFor(facts), [
      {
        type: 'RECORD_CONFERENCE',
        conference: conference({ at: '2018-12-12', kind: 'review', decision: 'cin-plan', category: null, safetyScaling: 6 }),
      },
      { type: 'NEXT' },
      decide('cin-plan'),
      { type: 'NEXT' },
      plan('2018-12-12'),
      { type: 'NEXT' },
      { type: 'FINISH', at: at('2018-12-12', '15:00:00') },
    ]);
    expect(result.refused).toEqual([]);
    expect(result.snapshot.output?.outcome.plan?.deadlines.map((d) => [d.id, d.dueOn])).toEqual([
      ['cin-plan', addWorkingDays('2018-12-12', 10, 0)],
      ['cin-visit', '2019-01-23'],
    ]);
  });
});

describe('protection machine guards', () => {
  it('refuses a strategy discussion without the police, and a protection plan without a category', () => {
    const facts = scenarioFacts('S03');
    const result = replay(protectionMachine, inputFor(facts), [
      {
        type: 'RECORD_STRATEGY_DISCUSSION',
        discussion: { at: '2017-07-31', participants: [socialCare, health], decision: 's47-enquiry', reason: 'Concern.' },
      },
      {
        type: 'RECORD_STRATEGY_DISCUSSION',
        discussion: { at: '2017-07-31', participants: [socialCare, police], decision: 's47-enquiry', reason: 'Concern.' },
      },
      { type: 'NEXT' },
      {
        type: 'RECORD_S47_OUTCOME',
        outcome: { at: '2017-08-10', harm: 'substantiated', childSeenAlone: false, summary: 'Substantiated.' },
      },
      { type: 'NEXT' },
      { type: 'RECORD_CONFERENCE', conference: conference({ category: null }) },
      { type: 'RECORD_CONFERENCE', conference: conference({ decision: 'cin-plan' }) },
    ]);
    expect(result.refused.map((r) => r.index)).toEqual([0, 5, 6]);
    expect(result.snapshot.value).toBe('conference');
  });

  it('takes the conference’s own decision, and refuses a protection plan when no conference was held', () => {
    const conferenceFirst = replay(protectionMachine, inputFor(scenarioFacts('S04')), [
      { type: 'RECORD_CONFERENCE', conference: conference({ safetyScaling: 5 }) },
      { type: 'NEXT' },
      decide('cin-plan', 'We think a child in need plan would do.'),
      decide('cp-plan'),
    ]);
    expect(conferenceFirst.refused.map((r) => r.index)).toEqual([2]);

    const noEnquiry = replay(protectionMachine, inputFor(scenarioFacts('S03')), [
      {
        type: 'RECORD_STRATEGY_DISCUSSION',
        discussion: {
          at: '2017-07-31',
          participants: [socialCare, police],
          decision: 'no-s47-enquiry',
          reason: 'No reasonable cause.',
        },
      },
      { type: 'NEXT' },
      decide('cp-plan'),
      decide('nfa'),
      decide('nfa', 'The strategy discussion found no reasonable cause; early help from school continues.'),
      { type: 'NEXT' },
      { type: 'FINISH', at: at('2017-07-31') },
    ]);
    expect(noEnquiry.snapshot.context.assessment.recommendation.value).toBe('cp-plan');
    // cp-plan without a conference; nfa below the recommendation without a reason; finishing without a sign-off.
    expect(noEnquiry.refused.map((r) => r.index)).toEqual([2, 3, 6]);
    expect(noEnquiry.snapshot.value).toBe('signOff');
  });
});
