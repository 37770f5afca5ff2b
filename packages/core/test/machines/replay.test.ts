/**
 * `replay`, as the server uses it: the same events give the same end as a live actor, and every
 * event that had no effect is reported with its index and the state it met.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { englandFramework } from '../../src/framework/index.js';
import { contactMachine, type ContactEvent, replay } from '../../src/machines/index.js';
import { at, blankContactLike, contactAnswers, scenarioAsOf, scenarioFacts, worker } from './scenarios.js';

const facts = scenarioFacts('S01');
const input = { caseRef: 'case-005', framework: englandFramework, asOf: scenarioAsOf(facts), facts: blankContactLike(facts) };
const decide = (levelId: string): ContactEvent => ({
  type: 'DECIDE',
  decision: { levelId, analysis: 'Attendance and welfare together.', reason: null, by: worker },
});

describe('replay', () => {
  it('ends where a live actor ends, with nothing refused for a valid run', () => {
    const events: ContactEvent[] = [
      ...contactAnswers(facts),
      { type: 'NEXT' },
      decide('4'),
      { type: 'NEXT' },
      { type: 'CONFIRM' },
      { type: 'FINISH', at: at('2017-01-31') },
    ];
    const live = createActor(contactMachine, { input }).start();
    for (const event of events) live.send(event);
    const replayed = replay(contactMachine, input, events);
    expect(replayed.refused).toEqual([]);
    expect(replayed.done).toBe(true);
    expect(replayed.error).toBeNull();
    expect(replayed.snapshot.output).toEqual(live.getSnapshot().output);
  });

  it('reports each event that had no effect: out of order, refused by a guard, malformed, or after the end', () => {
    const answers = contactAnswers(facts);
    const events: unknown[] = [
      { type: 'NEXT' },
      ...answers,
      { type: 'NEXT' },
      decide('1'),
      { type: 'CONFIRM' },
      { type: 'xstate.init' },
      'NEXT',
      decide('4'),
      { type: 'NEXT' },
      { type: 'CONFIRM' },
      { type: 'FINISH', at: 'yesterday' },
      { type: 'FINISH', at: at('2017-01-31') },
      { type: 'BACK' },
    ];
    const n = answers.length + 1;
    const result = replay(contactMachine, input, events);
    expect(result.refused).toEqual([
      { index: 0, type: 'NEXT', state: 'who', reason: 'no-effect' },
      { index: n + 1, type: 'DECIDE', state: 'decision', reason: 'no-effect' },
      { index: n + 2, type: 'CONFIRM', state: 'decision', reason: 'no-effect' },
      { index: n + 3, type: 'xstate.init', state: 'decision', reason: 'malformed' },
      { index: n + 4, type: 'string', state: 'decision', reason: 'malformed' },
      { index: n + 8, type: 'FINISH', state: 'signOff', reason: 'no-effect' },
      { index: n + 10, type: 'BACK', state: 'done', reason: 'finished' },
    ]);
    expect(result.done).toBe(true);
  });

  it('reports input it cannot start from as an error rather than throwing', () => {
    const result = replay(contactMachine, { ...input, asOf: 'last Tuesday' }, [{ type: 'NEXT' }]);
    expect(result.error).toMatch(/asOf must be/);
    expect(result.refused).toEqual([expect.objectContaining({ index: 0, type: 'NEXT', reason: 'error' })]);
    expect(result.done).toBe(false);
  });
});
