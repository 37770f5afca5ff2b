/**
 * Runs rule specs through the public path, `assess()`, and checks what each rule gave: a finding,
 * gap or action with evidence, one sentence and at least one citation. A spec names the cases on
 * which a rule must fire and must stay silent; `describeRuleSpecs` turns a table of specs into
 * positive, negative and boundary tests.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.js';
import type { Assessment } from '../../src/assess/types.js';
import { englandFramework } from '../../src/framework/index.js';
import type { Citation, Framework } from '../../src/framework/schema.js';
import { ruleCatalogue } from '../../src/rules/catalogue.js';
import type { CaseFacts } from '../../src/schema/case.js';
import { BASE_AS_OF, baseCase, type CaseEdit, caseWith } from '../fixtures/case-builder.js';

/** One case for a rule: a name saying what it shows, and the edits that make it from the base case. */
export interface Example {
  name: string;
  edits: readonly CaseEdit[];
  framework?: Framework;
}

/** What a rule must do: fire on `fires`, stay silent on `silent` (near misses), and hold its line at the boundary. */
export interface RuleSpec {
  code: string;
  fires: readonly Example[];
  silent: readonly Example[];
  boundary: { fires: readonly Example[]; silent: readonly Example[] };
}

/** A finding, gap or action as one shape. */
export interface Hit {
  code: string;
  place: 'finding' | 'gap' | 'action';
  evidence: string[];
  sentence: string;
  citations: Citation[];
  parameter?: { name: string; value: number } | undefined;
}

/** An example from its name and edits. */
export const ex = (name: string, ...edits: CaseEdit[]): Example => ({ name, edits });

/** The same example assessed with another framework. */
export const under = (framework: Framework, example: Example): Example => ({ ...example, framework });

/** Assesses a case on its own decision date (the base date when it has none). */
export function assessCase(facts: CaseFacts, framework: Framework = englandFramework): Assessment {
  return assess(facts, framework, facts.asOf ?? BASE_AS_OF);
}

/** Every finding, gap and action of an assessment, by code. */
export function hitsOf(a: Assessment): Map<string, Hit> {
  const hits = new Map<string, Hit>();
  for (const f of a.findings) hits.set(f.code, { ...f, place: 'finding' });
  for (const g of a.gaps) hits.set(g.code, { ...g, place: 'gap' });
  for (const x of a.actions)
    hits.set(x.code, { code: x.code, place: 'action', evidence: x.because, sentence: x.sentence, citations: x.citations });
  return hits;
}

/** Rules that threw while assessing (the engine reports them as `engine.*` gaps). */
export function failedRules(a: Assessment): string[] {
  return a.gaps.filter((g) => g.code.startsWith('engine.')).map((g) => `${g.code}: ${g.evidence.join(' ')}`);
}

function run(example: Example): Assessment {
  const a = assessCase(caseWith(...example.edits), example.framework);
  expect(failedRules(a)).toEqual([]);
  return a;
}

/** Asserts that the rule fires on the example, well formed, and returns what it gave. */
export function expectFires(code: string, example: Example): Hit {
  const a = run(example);
  const hit = hitsOf(a).get(code);
  expect(hit, `${code} should fire: ${example.name}`).toBeDefined();
  if (!hit) throw new Error('unreachable');
  const rule = ruleCatalogue.find((r) => r.id === code);
  expect(hit.place).toBe(rule?.phase);
  expect(hit.evidence.length).toBeGreaterThan(0);
  for (const line of hit.evidence) expect(line.trim().length).toBeGreaterThan(0);
  expect(hit.sentence.trim()).toMatch(/^[A-Z0-9‘'].*[.!]$/s);
  expect(hit.citations.length).toBeGreaterThan(0);
  for (const c of hit.citations) expect(c.source.trim().length).toBeGreaterThan(0);
  if (hit.parameter) expect(rule?.parameters).toContain(hit.parameter.name);
  return hit;
}

/** Asserts that the rule does not fire on the example. */
export function expectSilent(code: string, example: Example): void {
  const a = run(example);
  expect([...hitsOf(a).keys()], `${code} should stay silent: ${example.name}`).not.toContain(code);
}

/** Turns a table of rule specs into tests: positive, negative (base case and near misses) and boundary. */
export function describeRuleSpecs(title: string, specs: readonly RuleSpec[]): void {
  describe(title, () => {
    it('base case gives no finding, gap or action at all', () => {
      const a = assessCase(baseCase());
      expect([...hitsOf(a).keys()]).toEqual([]);
    });
    for (const spec of specs) {
      describe(spec.code, () => {
        for (const example of spec.fires) it(`fires: ${example.name}`, () => void expectFires(spec.code, example));
        it('stays silent on the base case', () => expectSilent(spec.code, ex('base case')));
        for (const example of spec.silent) it(`stays silent: ${example.name}`, () => expectSilent(spec.code, example));
        for (const example of spec.boundary.fires)
          it(`boundary, fires: ${example.name}`, () => void expectFires(spec.code, example));
        for (const example of spec.boundary.silent)
          it(`boundary, silent: ${example.name}`, () => expectSilent(spec.code, example));
      });
    }
  });
}
