/**
 * Saving and resuming each pathway: the saved snapshot is plain JSON stamped with the machine and
 * framework versions, resumes where it stopped and finishes exactly as an uninterrupted run, and a
 * snapshot from another machine version or framework is refused with a clear error.
 */
import { describe, expect, it } from 'vitest';
import { type AnyEventObject, type AnyStateMachine, createActor } from 'xstate';
import { englandFramework, splitLevelFramework } from '../../src/framework/index.js';
import {
  closureReviewMachine,
  contactMachine,
  escalationMachine,
  type PersistedPathway,
  persistSnapshot,
  protectionMachine,
  restore,
  SnapshotRefusedError,
  snapshotFor,
} from '../../src/machines/index.js';
import {
  agreedSignOff,
  at,
  blankContactLike,
  contactAnswers,
  scenarioAsOf,
  scenarioFacts,
  socialCare,
  worker,
} from './scenarios.js';

interface Case {
  name: string;
  machine: AnyStateMachine;
  input: unknown;
  before: AnyEventObject[];
  after: AnyEventObject[];
}

const s07 = scenarioFacts('S07');
const s04 = scenarioFacts('S04');
const s05 = scenarioFacts('S05');
const s12 = scenarioFacts('S12');

const cases: Case[] = [
  {
    name: 'contact',
    machine: contactMachine,
    input: { caseRef: 'c-1', framework: englandFramework, asOf: scenarioAsOf(s07), facts: blankContactLike(s07) },
    before: contactAnswers(s07).slice(0, 9),
    after: [
      ...contactAnswers(s07).slice(9),
      { type: 'NEXT' },
      {
        type: 'DECIDE',
        decision: { levelId: '4+', analysis: 'The inhaler pattern and admissions together.', reason: null, by: worker },
      },
      { type: 'NEXT' },
      { type: 'CONFIRM' },
      { type: 'SIGN_OFF', signOff: agreedSignOff(at('2017-10-31')) },
    ],
  },
  {
    name: 'protection',
    machine: protectionMachine,
    input: { caseRef: 'c-2', framework: englandFramework, asOf: scenarioAsOf(s04), facts: s04 },
    before: [
      {
        type: 'RECORD_CONFERENCE',
        conference: {
          at: '2017-11-24',
          kind: 'initial',
          participants: [socialCare, { role: 'GP', agency: 'health' }],
          decision: 'cp-plan',
          category: 'neglect',
          safetyScaling: 5,
          summary: 'Neglect.',
        },
      },
    ],
    after: [
      { type: 'NEXT' },
      { type: 'DECIDE', decision: { levelId: 'cp-plan', analysis: 'As the conference decided.', reason: null, by: worker } },
      { type: 'NEXT' },
      {
        type: 'RECORD_PLAN',
        plan: { startsOn: '2017-11-24', leadProfessional: 'social worker', summary: 'Visits and health plan.' },
      },
      { type: 'NEXT' },
      { type: 'FINISH', at: at('2017-11-24') },
    ],
  },
  {
    name: 'escalation',
    machine: escalationMachine,
    input: { caseRef: 'c-3', framework: splitLevelFramework, asOf: scenarioAsOf(s05), facts: { ...s05, disagreement: null } },
    before: [
      { type: 'RECORD_DISAGREEMENT', disagreement: s05.disagreement, at: at('2017-07-31') },
      { type: 'TICK', at: '2017-07-31' },
    ],
    after: [
      { type: 'ESCALATE', at: at('2017-07-31', '11:00:00'), reason: 'No answer since January.' },
      {
        type: 'RESOLVE',
        resolution: { at: at('2017-08-01'), outcome: 'decision-changed', detail: 'Assessment agreed.', by: worker },
      },
    ],
  },
  {
    name: 'closure review',
    machine: closureReviewMachine,
    input: { caseRef: 'c-4', framework: englandFramework, asOf: scenarioAsOf(s12), facts: s12 },
    before: [
      {
        type: 'RECORD_REVIEW_MEETING',
        meeting: { at: '2018-12-12', participants: [socialCare, { role: 'DSL', agency: 'education' }], summary: 'Review.' },
      },
      { type: 'NEXT' },
    ],
    after: [
      {
        type: 'RECORD_CHILD_SEEN',
        visit: { at: '2018-12-12', seenBy: 'social worker', seenAlone: true, how: 'own-words', views: 'Things are better.' },
      },
      { type: 'NEXT' },
      {
        type: 'RECORD_HISTORY_REVIEW',
        review: {
          at: '2018-12-12',
          summary: 'Read in full.',
          checks: [{ source: 'own-records', status: 'done', detail: 'Read.' }],
        },
      },
      { type: 'NEXT' },
      {
        type: 'DECIDE',
        decision: {
          kind: 'step-down',
          levelId: 'cin-plan',
          stepDownTo: 'child in need plan',
          reason: 'Sustained change.',
          analysis: 'Tested over six months.',
          by: worker,
        },
      },
      { type: 'NEXT' },
      { type: 'SIGN_OFF', signOff: agreedSignOff(at('2018-12-13')) },
    ],
  },
];

function run(machine: AnyStateMachine, input: unknown, events: AnyEventObject[]) {
  const actor = createActor(machine, { input }).start();
  for (const event of events) actor.send(event);
  return actor;
}

describe.each(cases)('$name machine snapshots', ({ machine, input, before, after }) => {
  it('are stamped with the machine and framework versions, survive JSON, and resume to the same end', () => {
    const paused = run(machine, input, before);
    const saved = snapshotFor(paused);
    const frameworkRef = (paused.getSnapshot().context as { frameworkRef: unknown }).frameworkRef;
    expect(saved.machine).toEqual({ id: machine.id, version: machine.version });
    expect(saved.framework).toEqual(frameworkRef);
    expect(persistSnapshot(paused)).toEqual(saved);

    const fromDisk = JSON.parse(JSON.stringify(saved)) as PersistedPathway;
    const resumed = restore(machine, fromDisk, { framework: saved.framework }).start();
    expect(resumed.getSnapshot().value).toEqual(paused.getSnapshot().value);
    for (const event of after) resumed.send(event);
    const straight = run(machine, input, [...before, ...after]);
    expect(straight.getSnapshot().status).toBe('done');
    expect(resumed.getSnapshot().status).toBe('done');
    expect(resumed.getSnapshot().output).toEqual(straight.getSnapshot().output);
  });

  it('refuses a snapshot from another machine version, another machine, or another framework version', () => {
    const saved = snapshotFor(run(machine, input, before));
    const otherVersion = { ...saved, machine: { ...saved.machine, version: '0.9.0' } };
    expect(() => restore(machine, otherVersion)).toThrow(SnapshotRefusedError);
    expect(() => restore(machine, otherVersion)).toThrow(
      `saved by ${machine.id} version 0.9.0, but this is version ${machine.version}`,
    );
    const otherMachine = cases.find((c) => c.machine !== machine)?.machine;
    if (!otherMachine) throw new Error('need two machines');
    expect(() => restore(otherMachine, saved)).toThrow(/saved by the ".*" machine/);
    expect(() => restore(machine, saved, { framework: { id: saved.framework.id, version: '1999.1.1' } })).toThrow(
      /judged against framework/,
    );
    expect(() => restore(machine, { ...saved, framework: { id: 'someone-else', version: saved.framework.version } })).toThrow(
      /does not match the framework inside it/,
    );
    expect(() => restore(machine, { snapshot: saved.snapshot })).toThrow(/not a saved pathway/);
  });
});
