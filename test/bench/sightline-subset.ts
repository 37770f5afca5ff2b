/**
 * Sightline's own versions of the ten compared rules, run the way `assess` runs its finding rules:
 * the same case view, parameter reader and context, each rule guarded, and each hit recorded as a
 * finding with its citations and floor. Only the recommendation, gap and action phases are left out.
 */
import {
  type CaseFacts,
  createRuleContext,
  type Finding,
  type Framework,
  type Rule,
  type RuleContext,
  resolveAsOf,
  ruleCatalogue,
  runFindingRules as runCoreFindingRules,
} from '@sightline/core';

/** The catalogue's rules for these ids, in catalogue order; throws when an id has no rule. */
export function catalogueRules(ids: readonly string[]): Rule[] {
  const rules = ruleCatalogue.filter((r) => ids.includes(r.id));
  const missing = ids.filter((id) => !rules.some((r) => r.id === id));
  if (missing.length > 0) throw new Error(`No rule in the catalogue for ${missing.join(', ')}`);
  return rules;
}

/** The context every rule reads, built by the core exactly as `assess` builds it. */
export function findingContext(facts: CaseFacts, framework: Framework, asOf: string): RuleContext {
  return createRuleContext(facts, framework, resolveAsOf(asOf));
}

/** Runs finding rules over a prepared context as `assess` does and returns the findings they make (a fresh map each call). */
export function runFindingRules(rules: readonly Rule[], base: RuleContext): Map<string, Finding> {
  const findings = new Map<string, Finding>();
  runCoreFindingRules(rules, { ...base, findings }, findings, new Map());
  return findings;
}
