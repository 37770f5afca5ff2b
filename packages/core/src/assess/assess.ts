/**
 * `assess(facts, framework, asOf)`: runs the rule catalogue over a case and derives a
 * recommendation with the chain of reasons. Pure and deterministic: no I/O, no clock; the same
 * case, framework and date always give the same assessment.
 */
import { parseLooseDate } from '../dates/loose-date.js';
import { parameterAt } from '../framework/parameters.js';
import type { Framework } from '../framework/schema.js';
import { ruleCatalogue } from '../rules/catalogue.js';
import type { Rule, RuleContext } from '../rules/types.js';
import { buildCaseView } from '../rules/view.js';
import type { CaseFacts } from '../schema/case.js';
import { startClocks } from './clocks.js';
import { recommend } from './recommend.js';
import { deriveThreshold } from './threshold.js';
import type { Assessment, Finding, Gap, RequiredAction } from './types.js';
import { vocabularyEntry } from '../vocabulary/index.js';

export const ENGINE_VERSION = '0.1.0';
export const RULE_SET_VERSION = '2026.11.1';

/**
 * Resolves a decision date: `YYYY-MM-DD` as given; `YYYY-MM` or `YYYY` to the last day of that period
 * (everything recorded in the period was known by its end).
 */
export function resolveAsOf(asOf: string): string {
  const interval = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOf) ? parseLooseDate(asOf) : null;
  if (!interval) throw new RangeError(`asOf must be YYYY, YYYY-MM or YYYY-MM-DD (got "${asOf}")`);
  return interval.latest;
}

function run(rule: Rule, ctx: RuleContext) {
  try {
    return rule.evaluate(ctx);
  } catch (error) {
    // A rule must never take the whole assessment down; a failing rule is reported as a gap in the record.
    return { failed: error instanceof Error ? error.message : String(error) } as const;
  }
}

/**
 * Assesses a case against a framework on a decision date.
 *
 * @example
 * const a = assess(facts, englandFramework, '2017-10-31');
 * a.recommendation.value; // '4+'
 */
export function assess(facts: CaseFacts, framework: Framework, asOf: string): Assessment {
  const date = resolveAsOf(asOf);
  const view = buildCaseView(facts, date);
  const findings = new Map<string, Finding>();
  const gaps = new Map<string, Gap>();
  const actions = new Map<string, RequiredAction>();
  const ctx: RuleContext = {
    facts,
    framework,
    asOf: date,
    view,
    param: (name) => parameterAt(framework, name, date),
    findings,
    gaps,
    recommendation: null,
  };

  for (const rule of ruleCatalogue.filter((r) => r.phase === 'finding')) {
    const hit = run(rule, ctx);
    if (!hit) continue;
    if ('failed' in hit) {
      gaps.set(`engine.${rule.id}`, engineGap(rule, hit.failed));
      continue;
    }
    const floor = framework.floors[rule.id] ?? null;
    findings.set(rule.id, {
      code: rule.id,
      kind: vocabularyEntry(rule.id).kind,
      title: rule.title,
      evidence: hit.evidence,
      citations: [...rule.citations],
      sentence: hit.sentence,
      parameter: hit.parameter ? { name: hit.parameter.name, value: hit.parameter.value } : undefined,
      floor: floor?.outcome ?? null,
      floorCitation: floor?.citation ?? null,
    });
  }

  const { threshold, chain } = deriveThreshold(findings, facts, date);
  const recommendation = recommend({ facts, framework, asOf: date, findings, threshold, chain });
  ctx.recommendation = recommendation;

  for (const phase of ['gap', 'action'] as const) {
    for (const rule of ruleCatalogue.filter((r) => r.phase === phase)) {
      const hit = run(rule, ctx);
      if (!hit) continue;
      if ('failed' in hit) {
        gaps.set(`engine.${rule.id}`, engineGap(rule, hit.failed));
      } else if (phase === 'gap') {
        gaps.set(rule.id, {
          code: rule.id,
          title: rule.title,
          evidence: hit.evidence,
          citations: [...rule.citations],
          sentence: hit.sentence,
        });
      } else {
        actions.set(rule.id, {
          code: rule.id,
          title: rule.title,
          because: hit.evidence,
          citations: [...rule.citations],
          sentence: hit.sentence,
        });
      }
    }
  }

  return {
    engine: { name: 'sightline-core', version: ENGINE_VERSION, ruleSetVersion: RULE_SET_VERSION },
    framework: { id: framework.id, version: framework.version, name: framework.name },
    asOf: date,
    pathway: facts.pathway,
    findings: [...findings.values()],
    gaps: [...gaps.values()],
    actions: [...actions.values()],
    clocks: startClocks(facts, framework, date, recommendation),
    recommendation,
  };
}

function engineGap(rule: Rule, message: string): Gap {
  return {
    code: `engine.${rule.id}`,
    title: `The rule "${rule.title}" could not be applied`,
    evidence: [message],
    citations: [...rule.citations],
    sentence: `Sightline could not apply the rule "${rule.title}" to these facts; check this area by hand.`,
  };
}
