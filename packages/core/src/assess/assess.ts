/**
 * `assess(facts, framework, asOf)`: runs the rule catalogue over a case and derives a
 * recommendation with the chain of reasons. Pure and deterministic: no I/O, no clock; the same
 * case, framework and date always give the same assessment.
 */
import { daysInMonth, parseLooseDate } from '../dates/loose-date.js';
import type { Framework } from '../framework/schema.js';
import { ruleCatalogue } from '../rules/catalogue.js';
import type { RuleContext } from '../rules/types.js';
import type { CaseFacts } from '../schema/case.js';
import { startClocks } from './clocks.js';
import { recommend } from './recommend.js';
import { findStrengths } from './strengths.js';
import { createRuleContext, engineGap, runFindingRules, runRule } from './run-rules.js';
import { deriveThreshold } from './threshold.js';
import type { Assessment, Finding, Gap, RequiredAction } from './types.js';

export const ENGINE_VERSION = '0.1.0';
export const RULE_SET_VERSION = '2026.11.2';

/**
 * Resolves a decision date: `YYYY-MM-DD` as given; `YYYY-MM` or `YYYY` to the last day of that period
 * (everything recorded in the period was known by its end).
 */
export function resolveAsOf(asOf: string): string {
  const day = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(asOf);
  if (day && Number(day[3]) <= daysInMonth(Number(day[1]), Number(day[2]))) return asOf;
  const interval = /^\d{4}(-\d{2})?$/.test(asOf) ? parseLooseDate(asOf) : null;
  if (!interval) throw new RangeError(`asOf must be YYYY, YYYY-MM or YYYY-MM-DD (got "${asOf}")`);
  return interval.latest;
}

const findingRules = ruleCatalogue.filter((r) => r.phase === 'finding');
const gapRules = ruleCatalogue.filter((r) => r.phase === 'gap');
const actionRules = ruleCatalogue.filter((r) => r.phase === 'action');

/**
 * Assesses a case against a framework on a decision date.
 *
 * @example
 * const a = assess(facts, englandFramework, '2017-10-31');
 * a.recommendation.value; // '4+'
 */
export function assess(facts: CaseFacts, framework: Framework, asOf: string): Assessment {
  const date = resolveAsOf(asOf);
  const findings = new Map<string, Finding>();
  const gaps = new Map<string, Gap>();
  const actions = new Map<string, RequiredAction>();
  const ctx: RuleContext = { ...createRuleContext(facts, framework, date), findings, gaps };

  runFindingRules(findingRules, ctx, findings, gaps);
  const { threshold, chain } = deriveThreshold(findings, facts, date);
  const recommendation = recommend({ facts, framework, asOf: date, findings, threshold, chain });
  ctx.recommendation = recommendation;

  for (const rule of gapRules) {
    const hit = runRule(rule, ctx);
    if (hit && 'failed' in hit) gaps.set(`engine.${rule.id}`, engineGap(rule, hit.failed));
    else if (hit)
      gaps.set(rule.id, {
        code: rule.id,
        title: rule.title,
        evidence: hit.evidence,
        citations: [...rule.citations],
        sentence: hit.sentence,
      });
  }
  for (const rule of actionRules) {
    const hit = runRule(rule, ctx);
    if (hit && 'failed' in hit) gaps.set(`engine.${rule.id}`, engineGap(rule, hit.failed));
    else if (hit)
      actions.set(rule.id, {
        code: rule.id,
        title: rule.title,
        because: hit.evidence,
        citations: [...rule.citations],
        sentence: hit.sentence,
      });
  }

  return {
    engine: { name: 'sightline-core', version: ENGINE_VERSION, ruleSetVersion: RULE_SET_VERSION },
    framework: { id: framework.id, version: framework.version, name: framework.name },
    asOf: date,
    pathway: facts.pathway,
    findings: [...findings.values()],
    gaps: [...gaps.values()],
    actions: [...actions.values()],
    strengths: findStrengths(ctx),
    clocks: startClocks(facts, framework, date, recommendation),
    recommendation,
  };
}
