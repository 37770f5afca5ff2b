/**
 * The escalation events as schemas: every event the machine accepts on a scenario parses, a
 * malformed step is refused with the field named, and clock readings are not a person's step.
 */
import { describe, expect, it } from 'vitest';
import { englandFramework } from '../../src/framework/index.js';
import {
  type EscalationEvent,
  escalationEventSchema,
  escalationMachine,
  type EscalationStepEvent,
  escalationStepEventSchema,
  replay,
  stepRefusal,
} from '../../src/machines/index.js';
import { at, manager, scenarioFacts, socialCare } from './scenarios.js';

const facts = scenarioFacts('S09');
const disagreement = facts.disagreement;
if (!disagreement) throw new Error('S09 has no disagreement');

const steps: EscalationStepEvent[] = [
  {
    type: 'RECORD_CONTACT',
    contact: {
      with: socialCare,
      at: at('2020-03-02', '11:00:00'),
      method: 'phone',
      summary: 'Asked for the decision to be looked at again.',
    },
  },
  {
    type: 'RECORD_RESPONSE',
    response: { from: socialCare, at: at('2020-03-03'), response: 'Early help stays.', resolvesConcern: false },
  },
  { type: 'ESCALATE', at: at('2020-03-03', '11:00:00'), reason: 'The response does not address the hospital’s concern.' },
  { type: 'IMMEDIATE_RISK', risk: { at: at('2020-03-04'), detail: 'A new injury seen today.', reportedBy: 'named nurse' } },
  {
    type: 'RECORD_URGENT_REFERRAL',
    referral: {
      to: 'childrens-social-care',
      at: at('2020-03-04', '10:20:00'),
      reference: null,
      detail: 'Phoned the front door.',
    },
  },
  {
    type: 'RESOLVE',
    resolution: {
      at: at('2020-03-05'),
      outcome: 'decision-changed',
      detail: 'The manager agreed to a child in need assessment.',
      by: manager,
    },
  },
];

describe('escalation event schemas', () => {
  it('accept every step of a path the machine accepts to the end', () => {
    const events: EscalationEvent[] = [
      { type: 'RECORD_DISAGREEMENT', disagreement: { ...disagreement, stagesTried: [] }, at: at('2020-03-02') },
      ...steps,
    ];
    const result = replay(escalationMachine, { caseRef: 'case-9', framework: englandFramework, asOf: '2020-03-02' }, events);
    expect(result.refused).toEqual([]);
    expect(result.done).toBe(true);
    for (const step of steps) expect(escalationStepEventSchema.parse(step)).toEqual(step);
    for (const event of events) expect(escalationEventSchema.safeParse(event).success).toBe(true);
  });

  it('write the log’s dates in words a parent can read', () => {
    const events: EscalationEvent[] = [
      { type: 'RECORD_DISAGREEMENT', disagreement: { ...disagreement, stagesTried: [] }, at: at('2020-03-02') },
    ];
    const result = replay(escalationMachine, { caseRef: 'case-9', framework: englandFramework, asOf: '2020-03-02' }, events);
    const started = result.snapshot.context.log.find((l) => l.kind === 'stage-started' && l.stage !== null);
    expect(started?.text).toMatch(/started on 2 March 2020; it is due to be resolved by \d{1,2} March 2020\.$/);
    for (const line of result.snapshot.context.log) expect(line.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('refuse a malformed step and name the field', () => {
    const parsed = escalationStepEventSchema.safeParse({
      type: 'RECORD_RESPONSE',
      response: { from: socialCare, at: at('2020-03-03'), response: '   ', resolvesConcern: 'no' },
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['response.response', 'response.resolvesConcern']));
    expect(escalationStepEventSchema.safeParse({ type: 'ESCALATE', at: '2020-03-03', reason: 'No time given.' }).success).toBe(
      false,
    );
    expect(escalationStepEventSchema.safeParse({ ...steps[2], extra: true }).success).toBe(false);
  });

  it('leave clock readings and the disagreement itself out of a person’s steps', () => {
    expect(escalationStepEventSchema.safeParse({ type: 'CHECK_DEADLINE', at: '2020-03-10' }).success).toBe(false);
    expect(escalationEventSchema.safeParse({ type: 'CHECK_DEADLINE', at: '2020-03-10' }).success).toBe(true);
    expect(escalationEventSchema.safeParse({ type: 'TICK', at: at('2020-03-10') }).success).toBe(true);
    expect(escalationStepEventSchema.safeParse({ type: 'RECORD_DISAGREEMENT', disagreement, at: at('2020-03-02') }).success).toBe(
      false,
    );
  });
});

describe('stepRefusal', () => {
  it('says in plain words what would let each refused step through', () => {
    expect(stepRefusal('ESCALATE')).toContain('deadline has passed');
    expect(stepRefusal('RESOLVE')).toContain('urgent referral first');
    expect(stepRefusal('RECORD_URGENT_REFERRAL')).toContain('immediate risk');
    expect(stepRefusal('RECORD_CONTACT')).toBe('This step does not apply to the disagreement as it stands.');
  });
});
