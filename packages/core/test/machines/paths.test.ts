/**
 * Paths generated with `xstate/graph` through every machine, with representative event payloads
 * offered in each state: every final state reached must carry a rationale with at least one
 * citation, and a decision that explains itself when below the recommendation.
 */
import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getPathsFromEvents, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { addDays } from '../../src/calendar/index.js';
import { englandFramework } from '../../src/framework/index.js';
import {
  type ClosureEvent,
  closureReviewMachine,
  type ContactEvent,
  contactMachine,
  type EscalationEvent,
  escalationMachine,
  type PathwayOutcome,
  type ProtectionEvent,
  protectionMachine,
  sealOutcome,
} from '../../src/machines/index.js';
import { laterDate } from '../../src/machines/common/facts.js';
import { composeRationale } from '../../src/record/index.js';
import type { CaseFacts, Disagreement } from '../../src/schema/case.js';
import {
  agreedSignOff,
  at,
  blankContactLike,
  contactAnswers,
  health,
  manager,
  ownRecordsChecked,
  police,
  safetyPlanAt,
  scenarioAsOf,
  scenarioFacts,
  school,
  socialCare,
  worker,
} from './scenarios.js';

/** Checks a finished pathway's output and returns a short label of the route it took. */
function expectCitedRationale(output: PathwayOutcome<unknown> | undefined): void {
  if (!output) throw new Error('a final state without output');
  expect(output.rationale.citations.length).toBeGreaterThan(0);
  for (const citation of output.rationale.citations) expect(citation.source.trim()).not.toBe('');
  const decision = output.recordInput.decision;
  if (decision.belowRecommendation) expect(decision.overrideReason?.trim()).toBeTruthy();
  const record = sealOutcome(output, null);
  expect(record.machine).toEqual(output.machine);
  const sources = composeRationale(record)
    .sections.flatMap((s) => s.blocks)
    .flatMap((b) => (b.kind === 'entries' ? b.entries : []))
    .flatMap((e) => e.lists)
    .filter((l) => l.label.startsWith('Source'));
  expect(sources.length).toBeGreaterThan(0);
}

function finalStates<TState extends { status: string }>(paths: { state: TState }[]): TState[] {
  return paths.map((p) => p.state).filter((s) => s.status === 'done');
}

const sentence = 'The worker has weighed the history, the concerns and the analysis.';

describe('contact machine paths', () => {
  const facts = scenarioFacts('S01');
  const today = scenarioAsOf(facts);
  const input = { caseRef: 'graph-contact', framework: englandFramework, asOf: today, facts: blankContactLike(facts) };
  const answers = contactAnswers(facts);
  const danger = [
    ...facts.currentConcerns,
    {
      domain: 'safety' as const,
      description: 'Threatened with a knife tonight.',
      date: today,
      sourceAgency: 'police',
      codes: ['safety.immediate-danger'],
    },
  ];
  const scaled = { ...facts.measures, safetyScaling: { value: 2, note: 'Scaled at the meeting.' } };
  const decide = (levelId: string, reason: string | null): ContactEvent => ({
    type: 'DECIDE',
    decision: { levelId, analysis: sentence, reason, by: worker },
  });

  const events = (s: SnapshotFrom<typeof contactMachine>): ContactEvent[] => {
    const rec = s.context.assessment.recommendation.levelId;
    switch (s.value) {
      case 'who':
        return [answers[0] as ContactEvent, { type: 'NEXT' }];
      case 'historyChecks':
        return [{ type: 'RECORD_HISTORY_CHECK', check: ownRecordsChecked }, { type: 'NEXT' }];
      case 'concerns':
        return [
          { type: 'RECORD_CONCERNS', concerns: facts.currentConcerns },
          { type: 'RECORD_CONCERNS', concerns: danger },
          { type: 'NEXT' },
        ];
      case 'measures':
        return [
          { type: 'RECORD_MEASURES', measures: facts.measures },
          { type: 'RECORD_MEASURES', measures: scaled },
          { type: 'NEXT' },
        ];
      case 'consent':
        return [
          { type: 'RECORD_CONSENT', consent: { status: 'not-sought', detail: 'Not sought: sharing to protect the child.' } },
          { type: 'NEXT' },
        ];
      case 'immediateProtection':
        return [
          {
            type: 'RECORD_IMMEDIATE_PROTECTION',
            protection: { action: 'police-protection', detail: 'Police protection.', at: at(today), by: worker },
          },
          { type: 'NEXT' },
        ];
      case 'immediateSafetyPlan':
        return [{ type: 'RECORD_SAFETY_PLAN', plan: safetyPlanAt(at(today)) }, { type: 'NEXT' }];
      case 'decision':
        return [
          decide(rec, null),
          decide('1', 'The family has accepted help from the school.'),
          decide('1', null),
          { type: 'NEXT' },
        ];
      case 'checkAnswers':
        return [{ type: 'CONFIRM' }, { type: 'BACK' }];
      case 'signOff':
        return [
          { type: 'SIGN_OFF', signOff: agreedSignOff(at(today, '17:00:00')) },
          { type: 'SIGN_OFF', signOff: { by: manager, at: at(today, '17:00:00'), outcome: 'disagreed', comment: 'Look again.' } },
          { type: 'FINISH', at: at(today, '17:30:00') },
        ];
      default:
        return [{ type: 'NEXT' }];
    }
  };

  const serializeState = (s: SnapshotFrom<typeof contactMachine>) => {
    const c = s.context;
    return JSON.stringify([
      s.value,
      c.facts.child.label !== '',
      (c.facts.historyChecks ?? []).length,
      c.facts.currentConcerns.length,
      c.assessment.recommendation.value,
      c.assessment.recommendation.immediateSafetyPlan,
      c.facts.consent !== undefined,
      c.immediateProtection !== null,
      c.safetyPlan !== null,
      c.decision?.levelId ?? null,
      c.returnedSignOffs.length > 0,
      c.signOff !== null,
    ]);
  };

  it('every final state reached carries a rationale with at least one citation', () => {
    const paths = getShortestPaths(contactMachine, { input, events, serializeState });
    const finals = finalStates(paths);
    const routes = new Set(
      finals.map((s) =>
        [
          s.context.immediateProtection ? 'protected' : '',
          s.context.safetyPlan ? 'safety-plan' : '',
          s.context.decision?.belowRecommendation ? 'below' : 'at',
          s.context.signOff ? 'signed' : 'unsigned',
        ].join(' '),
      ),
    );
    console.log(`contact: ${paths.length} states reached, ${finals.length} final, routes: ${[...routes].sort().join(' | ')}`);
    for (const route of [
      'protected safety-plan below signed',
      ' safety-plan at unsigned',
      '  below signed',
      '  at unsigned',
      'protected  at signed',
    ]) {
      expect(routes).toContain(route);
    }
    expect([...routes].some((r) => r.includes('below unsigned'))).toBe(false);
    for (const state of finals) expectCitedRationale(state.output);
  });

  it('a scenario’s own event sequence is a path to a final state', () => {
    const sequence: ContactEvent[] = [
      ...answers,
      { type: 'NEXT' },
      decide('4', null),
      { type: 'NEXT' },
      { type: 'CONFIRM' },
      { type: 'FINISH', at: at(today) },
    ];
    // getPathsFromEvents does not hand `input` on to its traversal, so start it from the initial snapshot.
    const fromState = createActor(contactMachine, { input }).getSnapshot();
    const paths = getPathsFromEvents(contactMachine, sequence, { input, fromState, serializeState });
    const finals = finalStates(paths);
    expect(finals).toHaveLength(1);
    expectCitedRationale(finals[0]?.output);
  });
});

describe('protection machine paths', () => {
  const decide = (levelId: string): ProtectionEvent => ({
    type: 'DECIDE',
    decision: { levelId, analysis: sentence, reason: 'The family is engaging with every part of the plan.', by: worker },
  });
  const conference = (decision: 'nfa' | 'cin-plan' | 'cp-plan', safetyScaling: number): ProtectionEvent => ({
    type: 'RECORD_CONFERENCE',
    conference: {
      at: '2017-11-24',
      kind: 'initial',
      participants: [socialCare, health, school],
      decision,
      category: decision === 'cp-plan' ? 'neglect' : null,
      safetyScaling,
      summary: 'Neglect of health and education.',
    },
  });

  const events = (s: SnapshotFrom<typeof protectionMachine>): ProtectionEvent[] => {
    switch (s.value) {
      case 'strategyDiscussion':
        return (['s47-enquiry', 'no-s47-enquiry'] as const)
          .map(
            (decision): ProtectionEvent => ({
              type: 'RECORD_STRATEGY_DISCUSSION',
              discussion: {
                at: '2017-11-01',
                participants: [socialCare, police, health],
                decision,
                reason: 'Concern about neglect.',
              },
            }),
          )
          .concat({ type: 'NEXT' });
      case 's47Outcome':
        return (['substantiated', 'not-substantiated'] as const)
          .map(
            (harm): ProtectionEvent => ({
              type: 'RECORD_S47_OUTCOME',
              outcome: { at: '2017-11-10', harm, childSeenAlone: true, summary: 'Enquiry done.' },
            }),
          )
          .concat({ type: 'NEXT' });
      case 'conference':
        return [conference('cp-plan', 2), conference('cin-plan', 6), conference('nfa', 7), { type: 'NEXT' }];
      case 'immediateSafetyPlan':
        return [{ type: 'RECORD_SAFETY_PLAN', plan: safetyPlanAt(at('2017-11-24')) }, { type: 'NEXT' }];
      case 'decision':
        return [decide('nfa'), decide('cin-plan'), decide('cp-plan'), { type: 'NEXT' }];
      case 'plan':
        return [
          {
            type: 'RECORD_PLAN',
            plan: { startsOn: '2017-11-24', leadProfessional: 'social worker', summary: 'Visits and a health plan.' },
          },
          { type: 'NEXT' },
        ];
      case 'signOff':
        return [
          { type: 'SIGN_OFF', signOff: agreedSignOff(at('2017-11-24', '17:00:00')) },
          { type: 'SIGN_OFF', signOff: { by: manager, at: at('2017-11-24'), outcome: 'disagreed', comment: 'Look again.' } },
          { type: 'FINISH', at: at('2017-11-24', '17:30:00') },
        ];
      default:
        return [];
    }
  };

  const serializeState = (s: SnapshotFrom<typeof protectionMachine>) => {
    const c = s.context;
    return JSON.stringify([
      s.value,
      c.strategyDiscussion?.decision ?? null,
      c.s47Outcome?.harm ?? null,
      c.conference?.decision ?? null,
      c.safetyPlan !== null,
      c.decision?.levelId ?? null,
      c.plan?.kind ?? null,
      c.returnedSignOffs.length > 0,
      c.signOff !== null,
    ]);
  };

  it.each(['S03', 'S04'])('%s: every final state reached carries a rationale with at least one citation', (id) => {
    const facts: CaseFacts = scenarioFacts(id);
    const input = { caseRef: `graph-${id}`, framework: englandFramework, asOf: scenarioAsOf(facts), facts };
    const paths = getShortestPaths(protectionMachine, { input, events, serializeState });
    const finals = finalStates(paths);
    const outcomes = new Set(finals.map((s) => `${s.context.decision?.levelId}${s.context.safetyPlan ? '+safety-plan' : ''}`));
    console.log(
      `protection ${id}: ${paths.length} states reached, ${finals.length} final, outcomes: ${[...outcomes].sort().join(', ')}`,
    );
    expect(outcomes).toContain('cp-plan+safety-plan');
    expect(outcomes).toContain('nfa');
    // A plan cannot follow a conference that scaled safety at 2 without the immediate safety plan.
    for (const s of finals) if (s.context.conference?.safetyScaling === 2) expect(s.context.safetyPlan).not.toBeNull();
    for (const state of finals) expectCitedRationale(state.output);
  });
});

describe('escalation machine paths', () => {
  const eventsFor =
    (disagreement: Disagreement) =>
    (s: SnapshotFrom<typeof escalationMachine>): EscalationEvent[] => {
      const c = s.context;
      const now = c.asOf;
      if (c.disagreement === null) return [{ type: 'RECORD_DISAGREEMENT', disagreement, at: at(now) }];
      const later = c.stage?.deadline ? addDays(laterDate(c.stage.deadline, now), 1) : now;
      const list: EscalationEvent[] = [
        { type: 'CHECK_DEADLINE', at: later },
        {
          type: 'RECORD_RESPONSE',
          response: { from: socialCare, at: at(now), response: 'We will not change the decision.', resolvesConcern: false },
        },
        { type: 'ESCALATE', at: at(now, '12:00:00'), reason: 'Not resolved.' },
        {
          type: 'RESOLVE',
          resolution: { at: at(now, '16:00:00'), outcome: 'decision-changed', detail: 'Assessment agreed.', by: manager },
        },
      ];
      if (c.urgent === null)
        list.push({
          type: 'IMMEDIATE_RISK',
          risk: { at: at(now, '15:00:00'), detail: 'Parent unable to stand at collection.', reportedBy: 'school' },
        });
      if (c.urgent?.status === 'pending')
        list.push({
          type: 'RECORD_URGENT_REFERRAL',
          referral: { to: 'police', at: at(now, '15:10:00'), reference: null, detail: 'Police called.' },
        });
      return list;
    };

  const serializeState = (s: SnapshotFrom<typeof escalationMachine>) => {
    const c = s.context;
    return JSON.stringify([
      s.value,
      c.stage?.number ?? null,
      c.stage?.deadlinePassed ?? null,
      (c.stage?.responses.length ?? 0) > 0,
      c.urgent?.status ?? null,
    ]);
  };

  it.each(['S05', 'S06'])('%s: every final state reached carries a rationale with at least one citation', (id) => {
    const facts = scenarioFacts(id);
    if (facts.disagreement === null) throw new Error(`${id} has no disagreement`);
    const input = {
      caseRef: `graph-${id}`,
      framework: englandFramework,
      asOf: scenarioAsOf(facts),
      facts: { ...facts, disagreement: null },
    };
    const paths = getShortestPaths(escalationMachine, { input, events: eventsFor(facts.disagreement), serializeState });
    const finals = finalStates(paths);
    const stages = new Set(finals.map((s) => `${s.context.stage?.number}${s.context.urgentHistory.length > 0 ? '+urgent' : ''}`));
    console.log(
      `escalation ${id}: ${paths.length} states reached, ${finals.length} final, resolved at: ${[...stages].sort().join(', ')}`,
    );
    expect(stages).toContain('4+urgent');
    if (id === 'S06') expect([...stages].every((x) => x.endsWith('+urgent'))).toBe(true);
    for (const state of finals) {
      expect(state.context.urgent?.status).not.toBe('pending');
      expectCitedRationale(state.output);
    }
  });
});

describe('closure review paths', () => {
  const facts = scenarioFacts('S12');
  const input = { caseRef: 'graph-closure', framework: englandFramework, asOf: scenarioAsOf(facts), facts };
  const decide = (kind: 'close' | 'step-down', levelId: string): ClosureEvent => ({
    type: 'DECIDE',
    decision: {
      kind,
      levelId,
      stepDownTo: kind === 'step-down' ? 'early help from the school' : null,
      reason: 'Change has lasted.',
      analysis: sentence,
      by: worker,
    },
  });
  const events = (s: SnapshotFrom<typeof closureReviewMachine>): ClosureEvent[] => {
    switch (s.value) {
      case 'reviewMeeting':
        return [
          {
            type: 'RECORD_REVIEW_MEETING',
            meeting: { at: '2018-12-12', participants: [socialCare, school], summary: 'Review.' },
          },
          { type: 'NEXT' },
        ];
      case 'childSeen':
        return [
          {
            type: 'RECORD_CHILD_SEEN',
            visit: { at: '2018-12-12', seenBy: 'social worker', seenAlone: true, how: 'own-words', views: 'Better now.' },
          },
          { type: 'NEXT' },
          { type: 'BACK' },
        ];
      case 'historyReview':
        return [
          { type: 'RECORD_HISTORY_REVIEW', review: { at: '2018-12-12', summary: 'Read.', checks: [ownRecordsChecked] } },
          { type: 'NEXT' },
          { type: 'BACK' },
        ];
      case 'decision':
        return [decide('step-down', 'cin-plan'), decide('close', 'nfa'), { type: 'NEXT' }, { type: 'BACK' }];
      case 'signOff':
        return [
          { type: 'SIGN_OFF', signOff: agreedSignOff(at('2018-12-13')) },
          { type: 'SIGN_OFF', signOff: { by: manager, at: at('2018-12-13'), outcome: 'disagreed', comment: 'Look again.' } },
          { type: 'BACK' },
        ];
      default:
        return [];
    }
  };
  const serializeState = (s: SnapshotFrom<typeof closureReviewMachine>) => {
    const c = s.context;
    return JSON.stringify([
      s.value,
      c.meeting !== null,
      c.childSeen !== null,
      c.historyReview !== null,
      c.decision?.levelId ?? null,
      c.returnedSignOffs.length > 0,
    ]);
  };

  it('every simple path to a final state carries a rationale with at least one citation, and always a sign-off', () => {
    const paths = getSimplePaths(closureReviewMachine, { input, events, serializeState, toState: (s) => s.status === 'done' });
    const finals = finalStates(paths);
    console.log(`closure review: ${paths.length} simple paths to a final state`);
    expect(new Set(finals.map((s) => s.context.kind))).toEqual(new Set(['close', 'step-down']));
    for (const state of finals) {
      expect(state.context.signOff?.outcome).toBe('agreed');
      expectCitedRationale(state.output);
    }
  });
});
