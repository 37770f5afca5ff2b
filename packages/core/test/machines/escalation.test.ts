/**
 * The escalation machine driven through the shared scenarios S05 (a school's challenge stuck at
 * stage 1), S06 (an intoxicated parent at collection: immediate risk) and S09 (a hospital
 * challenges an early help decision), and its guards: stage deadlines offer the next stage, and
 * immediate risk goes to an urgent referral while the escalation carries on.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { addWorkingDays } from '../../src/calendar/index.js';
import { englandFramework, splitLevelFramework } from '../../src/framework/index.js';
import type { Framework } from '../../src/framework/schema.js';
import { escalationMachine, type EscalationEvent, replay, sealOutcome } from '../../src/machines/index.js';
import type { CaseFacts } from '../../src/schema/case.js';
import { at, manager, scenarioAsOf, scenarioFacts, school, socialCare } from './scenarios.js';

const inputFor = (facts: CaseFacts, framework: Framework = englandFramework) => ({
  caseRef: 'case-003',
  framework,
  asOf: scenarioAsOf(facts),
  facts: { ...facts, disagreement: null },
});

const disagree = (facts: CaseFacts, when: string): EscalationEvent => {
  if (!facts.disagreement) throw new Error('scenario has no disagreement');
  return { type: 'RECORD_DISAGREEMENT', disagreement: facts.disagreement, at: when };
};

const resolveEvent = (when: string): EscalationEvent => ({
  type: 'RESOLVE',
  resolution: { at: when, outcome: 'decision-changed', detail: 'The manager agreed to a child in need assessment.', by: manager },
});

describe('escalation machine on the shared scenarios', () => {
  it('S05: stage 1 long past its deadline; a clock reading offers stage 2, which is recorded step by step and resolved', () => {
    const facts = scenarioFacts('S05');
    const actor = createActor(escalationMachine, { input: inputFor(facts) }).start();
    actor.send(disagree(facts, at('2017-07-31', '09:00:00')));
    const opened = actor.getSnapshot();
    expect(opened.value).toEqual({ open: { escalation: { stage1: 'open' }, risk: 'watching' } });
    expect(opened.context.stage).toMatchObject({ number: 1, startedOn: '2017-01-01', deadline: '2017-01-09' });
    expect(opened.hasTag('next-stage-offered')).toBe(false);

    actor.send({ type: 'CHECK_DEADLINE', at: at('2017-07-31', '09:05:00') });
    expect(actor.getSnapshot().hasTag('next-stage-offered')).toBe(true);
    expect(actor.getSnapshot().context.assessment.recommendation.value).toBe('2');
    actor.send({ type: 'ESCALATE', at: at('2017-07-31', '09:10:00'), reason: 'Stage 1 has had no response since January.' });
    const stage2 = actor.getSnapshot();
    expect(stage2.value).toEqual({ open: { escalation: { stage2: 'open' }, risk: 'watching' } });
    expect(stage2.context.stage?.deadline).toBe(addWorkingDays('2017-07-31', 5, 0));
    expect(stage2.context.facts.disagreement?.stagesTried.map((s) => s.stage)).toEqual([1, 2]);

    actor.send({
      type: 'RECORD_CONTACT',
      contact: {
        with: { role: 'team manager', agency: 'childrens-social-care' },
        at: at('2017-07-31', '11:00:00'),
        method: 'phone',
        summary: 'Asked for the decision to be reviewed.',
      },
    });
    actor.send({
      type: 'RECORD_RESPONSE',
      response: {
        from: { role: 'team manager', agency: 'childrens-social-care' },
        at: at('2017-08-02'),
        response: 'A child in need assessment will start.',
        resolvesConcern: true,
      },
    });
    actor.send(resolveEvent(at('2017-08-02', '12:00:00')));
    const done = actor.getSnapshot();
    expect(done.status).toBe('done');
    const output = done.output;
    if (!output) throw new Error('no output');
    expect(output.outcome.log.map((e) => e.kind)).toEqual([
      'stage-started',
      'stage-started',
      'deadline-passed',
      'escalated',
      'stage-started',
      'contacted',
      'response',
      'resolved',
    ]);
    expect(output.outcome.decision).toMatchObject({ levelId: '2', belowRecommendation: false });
    expect(output.rationale.citations.length).toBeGreaterThan(0);
    expect(sealOutcome(output, null).facts.disagreement?.stagesTried.at(-1)?.response).toBe(
      'A child in need assessment will start.',
    );
  });

  it('S06: the assessment finds immediate risk today, so the urgent referral is due at once while the disagreement is recorded and escalated', () => {
    const facts = scenarioFacts('S06');
    const actor = createActor(escalationMachine, { input: { ...inputFor(facts), facts } }).start();
    expect(actor.getSnapshot().value).toEqual({ open: { escalation: 'recording', risk: 'urgentReferral' } });
    expect(actor.getSnapshot().context.urgent).toMatchObject({ status: 'pending', source: 'assessment' });
    actor.send(disagree(facts, at('2017-11-10', '15:30:00')));
    expect(actor.getSnapshot().value).toEqual({ open: { escalation: { stage1: 'open' }, risk: 'urgentReferral' } });
    actor.send({ type: 'CHECK_DEADLINE', at: '2017-11-10' });
    actor.send({ type: 'ESCALATE', at: at('2017-11-10', '15:40:00'), reason: 'The child is at risk tonight.' });
    expect(actor.getSnapshot().value).toEqual({ open: { escalation: { stage2: 'open' }, risk: 'urgentReferral' } });
    actor.send(resolveEvent(at('2017-11-10', '16:00:00')));
    expect(actor.getSnapshot().status).toBe('active');
    actor.send({
      type: 'RECORD_URGENT_REFERRAL',
      referral: { to: 'police', at: at('2017-11-10', '15:45:00'), reference: 'CAD 1234', detail: 'Police attended the school.' },
    });
    expect(actor.getSnapshot().value).toEqual({ open: { escalation: { stage2: 'open' }, risk: 'referralMade' } });
    actor.send(resolveEvent(at('2017-11-10', '16:00:00')));
    const output = actor.getSnapshot().output;
    expect(output?.outcome.urgentReferrals).toHaveLength(1);
    expect(output?.rationale.statements.some((s) => s.text.includes('urgent referral was made') && s.citations.length > 0)).toBe(
      true,
    );
  });
});

describe('escalation machine guards', () => {
  it('offers the next stage only the day after the stage deadline, and refuses escalating sooner without cause', () => {
    const facts = scenarioFacts('S09');
    const actor = createActor(escalationMachine, { input: { ...inputFor(facts), asOf: '2020-03-02' } }).start();
    actor.send(disagree(facts, at('2020-03-02')));
    const deadline = actor.getSnapshot().context.stage?.deadline;
    expect(deadline).toBe(addWorkingDays('2020-03-02', 5, 0));
    actor.send({ type: 'ESCALATE', at: at('2020-03-03'), reason: 'Impatient.' });
    actor.send({ type: 'TICK', at: at(deadline ?? '', '23:59:00') });
    expect(actor.getSnapshot().hasTag('next-stage-offered')).toBe(false);
    expect(actor.getSnapshot().value).toEqual({ open: { escalation: { stage1: 'open' }, risk: 'watching' } });
    actor.send({ type: 'TICK', at: '2020-03-10' });
    expect(actor.getSnapshot().hasTag('next-stage-offered')).toBe(true);
    expect(actor.getSnapshot().context.asOf).toBe('2020-03-10');
  });

  it('lets a response that does not resolve the concern start the next stage before the deadline', () => {
    const facts = scenarioFacts('S09');
    const result = replay(escalationMachine, { ...inputFor(facts), asOf: '2020-03-02' }, [
      disagree(facts, at('2020-03-02')),
      {
        type: 'RECORD_RESPONSE',
        response: { from: socialCare, at: at('2020-03-03'), response: 'Early help stays.', resolvesConcern: false },
      },
      { type: 'ESCALATE', at: at('2020-03-03', '11:00:00'), reason: 'The response does not address the hospital’s concern.' },
    ]);
    expect(result.refused).toEqual([]);
    expect(result.snapshot.context.stage?.number).toBe(2);
  });

  it('goes straight to an urgent referral on immediate risk during stage 2, while stage 2 carries on', () => {
    const facts = scenarioFacts('S05');
    const actor = createActor(escalationMachine, { input: inputFor(facts) }).start();
    actor.send(disagree(facts, at('2017-07-31')));
    actor.send({ type: 'TICK', at: at('2017-07-31') });
    actor.send({ type: 'ESCALATE', at: at('2017-07-31'), reason: 'No response since January.' });
    actor.send({
      type: 'IMMEDIATE_RISK',
      risk: { at: at('2017-08-01', '15:20:00'), detail: 'Mother arrived to collect him unable to stand.', reportedBy: 'school' },
    });
    const risk = actor.getSnapshot();
    expect(risk.value).toEqual({ open: { escalation: { stage2: 'open' }, risk: 'urgentReferral' } });
    expect(risk.hasTag('urgent-referral-due')).toBe(true);
    expect(risk.context.assessment.recommendation.urgentReferralBypass).toBe(true);
    actor.send({
      type: 'RECORD_CONTACT',
      contact: {
        with: school,
        at: at('2017-08-01', '15:25:00'),
        method: 'phone',
        summary: 'Told the stage 2 manager about today.',
      },
    });
    expect(actor.getSnapshot().context.log.at(-1)?.kind).toBe('contacted');
    expect(actor.getSnapshot().value).toEqual({ open: { escalation: { stage2: 'open' }, risk: 'urgentReferral' } });
  });

  it('has no stage after 4: a passed partnership deadline is marked but nothing further is offered', () => {
    const facts = scenarioFacts('S05');
    const actor = createActor(escalationMachine, { input: inputFor(facts) }).start();
    actor.send(disagree(facts, at('2017-07-31')));
    for (const day of ['2017-08-08', '2017-08-16', '2017-08-24']) {
      actor.send({ type: 'CHECK_DEADLINE', at: day });
      actor.send({ type: 'ESCALATE', at: at(day), reason: 'The deadline passed without a resolution.' });
    }
    expect(actor.getSnapshot().context.stage?.number).toBe(4);
    actor.send({ type: 'CHECK_DEADLINE', at: '2017-09-30' });
    expect(actor.getSnapshot().hasTag('partnership-deadline-passed')).toBe(true);
    expect(actor.getSnapshot().hasTag('next-stage-offered')).toBe(false);
    expect(actor.getSnapshot().context.log.at(-1)?.text).toContain('There is no further stage');
  });

  it('uses the partnership’s own stage deadlines: Lincolnshire-style 2 working days with the trigger day as day 1', () => {
    const facts = scenarioFacts('S09');
    const actor = createActor(escalationMachine, {
      input: { ...inputFor(facts, splitLevelFramework), asOf: '2020-03-02' },
    }).start();
    actor.send(disagree(facts, at('2020-03-02')));
    expect(actor.getSnapshot().context.stage).toMatchObject({
      name: 'Step 1: professional to professional',
      deadline: '2020-03-03',
    });
  });
});
