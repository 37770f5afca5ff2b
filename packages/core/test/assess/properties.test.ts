/**
 * Properties of `assess()` over arbitrary schema-valid cases:
 * (a) the same case, framework and date give the same assessment, byte for byte;
 * (b) no schema-valid case makes it throw, and every assessment has a canonical JSON form;
 * (c) adding a concern never lowers the recommendation on the national order, unless a step of
 *     kind 'cap' or 'lower' in the chain says why.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.js';
import type { Assessment } from '../../src/assess/types.js';
import { englandFramework, splitLevelFramework } from '../../src/framework/index.js';
import type { CanonicalOutcome, Framework } from '../../src/framework/schema.js';
import { canonicalJson, outcomeRank, sha256Hex } from '../../src/index.js';
import { type CaseFacts, caseFactsSchema } from '../../src/schema/case.js';
import { asOfArbitrary, calmCaseArbitrary, caseArbitrary, concernArbitrary } from '../fixtures/arbitrary-case.js';

const frameworks: readonly Framework[] = [englandFramework, splitLevelFramework];

/** Parses raw facts with the schema, failing the property with the schema's own message when they do not parse. */
function parsed(raw: unknown): CaseFacts {
  const result = caseFactsSchema.safeParse(raw);
  if (!result.success) throw new Error(`arbitrary case is not schema-valid: ${JSON.stringify(result.error.issues.slice(0, 3))}`);
  return result.data;
}

/** The recommendation's place on the national order: the outcome its level maps to. */
function nationalOutcome(a: Assessment, framework: Framework): CanonicalOutcome {
  const r = a.recommendation;
  const levels = r.pathway === 'cin-cp' ? framework.cinCpOutcomes : framework.levels;
  const level = levels.find((l) => l.id === r.levelId);
  if (!level) throw new Error(`no level "${r.levelId}" in ${framework.id}`);
  return level.outcome;
}

describe('assess() properties', () => {
  it('(a) is deterministic: same case, framework and date give the same assessment byte for byte', () => {
    fc.assert(
      fc.property(caseArbitrary(), asOfArbitrary, fc.constantFrom(...frameworks), (raw, asOf, framework) => {
        const facts = parsed(raw);
        const first = assess(facts, framework, asOf);
        const second = assess(structuredClone(facts), framework, asOf);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        const canonical = canonicalJson(first);
        expect(canonicalJson(second)).toBe(canonical);
        expect(sha256Hex(canonicalJson(second))).toBe(sha256Hex(canonical));
      }),
      { numRuns: 150 },
    );
  });

  it('(a) does not change the case it is given', () => {
    fc.assert(
      fc.property(caseArbitrary(), asOfArbitrary, (raw, asOf) => {
        const facts = parsed(raw);
        const before = JSON.stringify(facts);
        for (const framework of frameworks) assess(facts, framework, asOf);
        expect(JSON.stringify(facts)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it('(b) never throws on a schema-valid case, with either shipped framework, on any date 2015-2030', () => {
    fc.assert(
      fc.property(caseArbitrary(), asOfArbitrary, (raw, asOf) => {
        const facts = parsed(raw);
        for (const framework of frameworks) {
          const a = assess(facts, framework, asOf);
          expect(a.recommendation.value.length).toBeGreaterThan(0);
          expect(a.recommendation.chain.length).toBeGreaterThan(0);
          expect(() => canonicalJson(a)).not.toThrow();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('(b) applies every rule: no rule fails on a schema-valid case (no engine.* gap)', () => {
    fc.assert(
      fc.property(caseArbitrary(), asOfArbitrary, (raw, asOf) => {
        const facts = parsed(raw);
        for (const framework of frameworks) {
          const failed = assess(facts, framework, asOf).gaps.filter((g) => g.code.startsWith('engine.'));
          expect(failed.map((g) => `${g.code}: ${g.evidence.join(' ')}`)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  // Random cases pile up at the higher levels; calm cases start from the bottom of the scale.
  const anyCase = fc.oneof(caseArbitrary(['contact', 'cin-cp']), calmCaseArbitrary());

  it('(c) adding a concern never lowers the recommendation, unless a cap or lower step says why', () => {
    fc.assert(
      fc.property(anyCase, concernArbitrary, asOfArbitrary, fc.constantFrom(...frameworks), (raw, concern, asOf, framework) => {
        const facts = parsed(raw);
        const more = parsed({ ...facts, currentConcerns: [...facts.currentConcerns, concern] });
        const before = assess(facts, framework, asOf);
        const after = assess(more, framework, asOf);
        const was = nationalOutcome(before, framework);
        const now = nationalOutcome(after, framework);
        if (now === 'pre-birth' || outcomeRank(now) >= outcomeRank(was)) return;
        const why = after.recommendation.chain.filter((s) => s.kind === 'cap' || s.kind === 'lower');
        expect(why.length, `lowered from ${was} to ${now} with no cap or lower step`).toBeGreaterThan(0);
        for (const step of why) {
          expect(step.sentence.length).toBeGreaterThan(0);
          expect(step.citations.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });
});
