/**
 * The catalogue against the vocabulary: one rule for every code the facts can support (every
 * code except the clocks, which `assess()` starts from the recommendation), each with its sources,
 * and each covered by a positive, a negative and a boundary test in the spec tables.
 */
import { describe, expect, it } from 'vitest';
import { englandFramework, splitLevelFramework } from '../../src/framework/index.js';
import { ruleCatalogue } from '../../src/rules/catalogue.js';
import { indicatorVocabulary } from '../../src/vocabulary/index.js';
import type { RuleSpec } from './harness.js';
import { actionSpecs } from './specs/action.js';
import { educationSpecs } from './specs/education.js';
import { gapSpecs } from './specs/gap.js';
import { healthSpecs } from './specs/health.js';
import { historySpecs } from './specs/history.js';
import { householdSpecs } from './specs/household.js';
import { careSpecs, engagementSpecs, homeEmotionalDevelopmentSpecs, supervisionAndSafetySpecs } from './specs/observations.js';
import { parentSpecs } from './specs/parent.js';

const allSpecs: readonly RuleSpec[] = [
  ...healthSpecs,
  ...careSpecs,
  ...educationSpecs,
  ...supervisionAndSafetySpecs,
  ...homeEmotionalDevelopmentSpecs,
  ...engagementSpecs,
  ...parentSpecs,
  ...householdSpecs,
  ...historySpecs,
  ...gapSpecs,
  ...actionSpecs,
];

const nonClockCodes = indicatorVocabulary.filter((e) => e.kind !== 'clock').map((e) => e.code);
const ids = ruleCatalogue.map((r) => r.id);

describe('rule catalogue', () => {
  it('has 107 rules, one for each non-clock code of the vocabulary', () => {
    expect(ruleCatalogue).toHaveLength(107);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...nonClockCodes].sort());
  });

  it('runs each rule in the phase its vocabulary kind says', () => {
    for (const rule of ruleCatalogue) {
      const kind = indicatorVocabulary.find((e) => e.code === rule.id)?.kind;
      expect(rule.phase, rule.id).toBe(kind === 'gap' ? 'gap' : kind === 'action' ? 'action' : 'finding');
    }
  });

  it('gives every rule a title, a plain condition and at least one citation with a source', () => {
    for (const rule of ruleCatalogue) {
      expect(rule.title.length, rule.id).toBeGreaterThan(0);
      expect(rule.condition.length, rule.id).toBeGreaterThan(0);
      expect(rule.citations.length, rule.id).toBeGreaterThan(0);
      for (const c of rule.citations) expect(c.source.trim().length, rule.id).toBeGreaterThan(0);
    }
  });

  it('names only parameters that both shipped frameworks define', () => {
    for (const rule of ruleCatalogue) {
      for (const name of rule.parameters) {
        expect(englandFramework.parameters[name], `${rule.id}: ${name}`).toBeDefined();
        expect(splitLevelFramework.parameters[name], `${rule.id}: ${name}`).toBeDefined();
      }
    }
  });

  it('reads the parameters the vocabulary names for each code', () => {
    // health.emergency-care-no-follow-up is ticked by a worker: the case format records no dates of
    // emergency care or review, so the 2-working-day line is read by action.urgent-clinical-review.
    const tickedOnly = ['health.emergency-care-no-follow-up'];
    for (const entry of indicatorVocabulary.filter(
      (e) => e.kind !== 'clock' && e.param !== null && !tickedOnly.includes(e.code),
    )) {
      const names = (entry.param ?? '').split(';').map((p) => p.split('=')[0]?.trim());
      const rule = ruleCatalogue.find((r) => r.id === entry.code);
      for (const name of names) expect(rule?.parameters, entry.code).toContain(name);
    }
    expect(ruleCatalogue.find((r) => r.id === 'action.urgent-clinical-review')?.parameters).toContain('followUpWorkingDays');
  });

  it('has exactly one spec per rule, each with positive, negative and boundary examples', () => {
    const specCodes = allSpecs.map((s) => s.code);
    expect(new Set(specCodes).size).toBe(specCodes.length);
    expect([...specCodes].sort()).toEqual([...ids].sort());
    for (const spec of allSpecs) {
      expect(spec.fires.length, spec.code).toBeGreaterThan(0);
      expect(spec.silent.length, spec.code).toBeGreaterThan(0);
      expect(spec.boundary.fires.length, spec.code).toBeGreaterThan(0);
      expect(spec.boundary.silent.length, spec.code).toBeGreaterThan(0);
    }
  });
});
