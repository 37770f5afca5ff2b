/**
 * The same case reported in each partnership's own words: the England default and the example
 * partnership that splits level 4 into 4a/4b/4c, counts the trigger day as day 1 and follows
 * Lincolnshire's escalation deadlines. The national value (the scenario scale) stays the same;
 * level ids and names, deadlines, the counting convention and cut-points follow the framework.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.js';
import type { Assessment } from '../../src/assess/types.js';
import { describeConvention } from '../../src/calendar/index.js';
import { englandFramework, splitLevelFramework } from '../../src/framework/index.js';
import type { Framework } from '../../src/framework/schema.js';
import type { CaseFacts } from '../../src/schema/case.js';
import {
  BASE_AS_OF,
  caseWith,
  unbornChild,
  withAsOf,
  withChildrenRemoved,
  withConcern,
  withDisagreement,
  withValue,
} from '../fixtures/case-builder.js';

const both = (facts: CaseFacts, asOf = facts.asOf ?? BASE_AS_OF): [Assessment, Assessment] => [
  assess(facts, englandFramework, asOf),
  assess(facts, splitLevelFramework, asOf),
];

/** Like scenario S01: a school's request for support about a hungry, unkempt child in a neglected home. */
const s01Like = caseWith(
  withConcern(['care.hunger', 'care.unkempt'], { description: 'Often hungry and in dirty clothes.' }),
  withConcern(['home.poor-conditions'], { domain: 'home-conditions', description: 'Home cluttered and dirty at a visit.' }),
  withConcern(['health.dental-decay-untreated'], {
    domain: 'health',
    sourceAgency: 'school nurse',
    description: 'Visible decay, never taken to a dentist.',
  }),
  withValue('schoolAttendancePct', 84),
);

const levelOf = (framework: Framework, id: string) => framework.levels.find((l) => l.id === id);

describe('the same case in each partnership’s words', () => {
  it('gives the same national value and threshold, with each framework’s own level id and name', () => {
    const [england, split] = both(s01Like);
    expect(england.recommendation.value).toBe('4');
    expect(split.recommendation.value).toBe('4');
    expect(split.recommendation.threshold).toBe(england.recommendation.threshold);
    expect(england.recommendation.threshold).toBe('child-in-need');
    expect([england.recommendation.levelId, england.recommendation.levelName]).toEqual([
      '4',
      'Level 4: child in need assessment',
    ]);
    expect([split.recommendation.levelId, split.recommendation.levelName]).toEqual(['4a', 'Level 4a: children in need']);
    expect(split.findings.map((f) => f.code)).toEqual(england.findings.map((f) => f.code));
    expect(england.recommendation.summary).toContain('Level 4: child in need assessment');
    expect(split.recommendation.summary).toContain('Level 4a: children in need');
  });

  const examples: [string, CaseFacts, string, string][] = [
    ['universal services', caseWith(), '1', '1'],
    ['early help', caseWith(withConcern(['care.unkempt'])), '2', '2'],
    ['targeted early help', caseWith(withConcern(['care.hunger'])), '3', '3'],
    ['child in need', s01Like, '4', '4a'],
    ['significant harm', caseWith(withConcern(['safety.disclosure'], { domain: 'safety' })), '4+', '4b'],
    ['immediate protection', caseWith(withConcern(['safety.immediate-danger'], { domain: 'safety' })), 'immediate', '4c'],
    ['a pre-birth referral', caseWith(unbornChild(), withChildrenRemoved('mother', 2)), 'pre-birth', 'PB'],
  ];
  for (const [name, facts, englandId, splitId] of examples) {
    it(`names ${name} as level "${englandId}" in England and "${splitId}" in the split-level partnership`, () => {
      const [england, split] = both(facts);
      expect(england.recommendation.value).toBe(split.recommendation.value);
      expect(england.recommendation.levelId).toBe(englandId);
      expect(split.recommendation.levelId).toBe(splitId);
      expect(england.recommendation.levelName).toBe(levelOf(englandFramework, englandId)?.name);
      expect(split.recommendation.levelName).toBe(levelOf(splitLevelFramework, splitId)?.name);
      expect(split.recommendation.levelName).not.toBe(england.recommendation.levelName);
    });
  }

  it('applies each framework’s own cut-point: 4 relievers in six months is over-use only where the line is half a month', () => {
    const facts = caseWith(withValue('relieverInhalers6m', 4));
    const [england, split] = both(facts);
    expect(england.findings.map((f) => f.code)).not.toContain('health.asthma.reliever-overuse');
    const finding = split.findings.find((f) => f.code === 'health.asthma.reliever-overuse');
    expect(finding?.parameter).toEqual({ name: 'relieverPerMonthMax', value: 0.5 });
  });

  it('counts the referral-decision working day by each framework’s convention', () => {
    const facts = caseWith(withConcern(['care.hunger']));
    const [england, split] = both(facts); // Friday 2025-03-14
    const englandClock = england.clocks.find((c) => c.code === 'clock.referral-decision');
    const splitClock = split.clocks.find((c) => c.code === 'clock.referral-decision');
    expect(englandClock?.dueOn).toBe('2025-03-17'); // day 0 is the Friday: one working day after it
    expect(splitClock?.dueOn).toBe('2025-03-14'); // the Friday itself is day 1
    expect(englandClock?.convention).toBe(describeConvention(0));
    expect(splitClock?.convention).toBe(describeConvention(1));
    expect(englandClock?.convention).not.toBe(splitClock?.convention);
  });
});

describe('escalation deadlines in each partnership’s words', () => {
  /** Stage 1 began on Monday 2025-03-03. */
  const stageOne = (asOf: string) => caseWith(withDisagreement([{ stage: 1, date: '2025-03-03' }]), withAsOf(asOf));

  it('gives stage 1 five working days in England and two in the example partnership, each with its convention', () => {
    const [england, split] = both(stageOne('2025-03-04'));
    const englandClock = england.clocks.find((c) => c.code === 'clock.escalation-stage');
    const splitClock = split.clocks.find((c) => c.code === 'clock.escalation-stage');
    expect([englandClock?.amount, englandClock?.dueOn]).toEqual([5, '2025-03-10']);
    expect([splitClock?.amount, splitClock?.dueOn]).toEqual([2, '2025-03-04']);
    expect(englandClock?.convention).toBe(describeConvention(0));
    expect(splitClock?.convention).toBe(describeConvention(1));
    expect(england.recommendation.levelName).toBe('Stage 1: practitioner to practitioner');
    expect(split.recommendation.levelName).toBe('Step 1: professional to professional');
    const sentence = (a: Assessment) =>
      a.recommendation.chain.find((s) => s.ruleId === 'pathway.escalation-stage')?.sentence ?? '';
    expect(sentence(england)).toContain(describeConvention(0));
    expect(sentence(split)).toContain(describeConvention(1));
  });

  it('moves to stage 2 on Thursday in the example partnership while England is still within stage 1', () => {
    const [england, split] = both(stageOne('2025-03-06'));
    expect(england.recommendation.value).toBe('1');
    expect(england.actions.map((a) => a.code)).not.toContain('action.escalate-next-stage');
    expect(split.recommendation.value).toBe('2');
    expect(split.recommendation.levelName).toBe('Step 2: manager to manager');
    expect(split.actions.map((a) => a.code)).toContain('action.escalate-next-stage');
  });

  it('agrees once both deadlines have passed, each naming stage 2 in its own words', () => {
    const [england, split] = both(stageOne('2025-03-11'));
    expect(england.recommendation.value).toBe('2');
    expect(split.recommendation.value).toBe('2');
    expect(england.recommendation.levelName).toBe('Stage 2: manager to manager');
    expect(split.recommendation.levelName).toBe('Step 2: manager to manager');
  });
});
