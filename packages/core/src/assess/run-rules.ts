/** The rule context and the finding phase, shared by `assess` and by anything that must run rules exactly as it does. */
import { type ParameterReading, parameterAt } from '../framework/parameters.js';
import type { CanonicalOutcome, Citation, Framework } from '../framework/schema.js';
import type { Rule, RuleContext, RuleHit } from '../rules/types.js';
import { buildCaseView } from '../rules/view.js';
import type { CaseFacts } from '../schema/case.js';
import { vocabularyEntry } from '../vocabulary/index.js';
import { outcomeWords, rank } from './outcomes.js';
import type { Finding, Gap } from './types.js';

/** The context every rule reads, for a decision date already resolved to YYYY-MM-DD. Parameters are read once each. */
export function createRuleContext(facts: CaseFacts, framework: Framework, date: string): RuleContext {
  const parameters = new Map<string, ParameterReading>();
  return {
    facts,
    framework,
    asOf: date,
    view: buildCaseView(facts, date),
    param: (name) => {
      let reading = parameters.get(name);
      if (!reading) {
        reading = parameterAt(framework, name, date);
        parameters.set(name, reading);
      }
      return reading;
    },
    findings: new Map(),
    gaps: new Map(),
    recommendation: null,
  };
}

/** Runs a rule; a rule that throws never takes the assessment down, it is reported instead. */
export function runRule(rule: Rule, ctx: RuleContext): RuleHit | { failed: string } | null {
  try {
    return rule.evaluate(ctx);
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}

/** A gap recording that a rule could not be applied. */
export function engineGap(rule: Rule, message: string): Gap {
  return {
    code: `engine.${rule.id}`,
    title: `The rule "${rule.title}" could not be applied`,
    evidence: [message],
    citations: [...rule.citations],
    sentence: `Sightline could not apply the rule "${rule.title}" to these facts; check this area by hand.`,
  };
}

/** Runs finding rules in order into `findings` (later rules see earlier findings); failures become gaps. */
export function runFindingRules(
  rules: readonly Rule[],
  ctx: RuleContext,
  findings: Map<string, Finding>,
  gaps: Map<string, Gap>,
): void {
  const { framework } = ctx;
  for (const rule of rules) {
    const hit = runRule(rule, ctx);
    if (!hit) continue;
    if ('failed' in hit) {
      gaps.set(`engine.${rule.id}`, engineGap(rule, hit.failed));
      continue;
    }
    const listed = framework.floors[rule.id] ?? null;
    const occurrences = hit.occurrences ?? 1;
    const tooFew = listed?.minOccurrences !== undefined && occurrences < listed.minOccurrences;
    const lower =
      listed && hit.lowerFloor && (hit.lowerFloor.to === null || rank(hit.lowerFloor.to) < rank(listed.outcome))
        ? hit.lowerFloor
        : null;
    const source = listed ? `${listed.citation.source}${listed.citation.section ? `, ${listed.citation.section}` : ''}` : '';
    let sentence = hit.sentence;
    let floor: { outcome: CanonicalOutcome; citation: Citation } | null = listed;
    if (tooFew && listed) {
      sentence = `${hit.sentence} Recorded ${occurrences === 1 ? 'once' : `on ${occurrences} occasions`}, it does not on its own call for more than universal services; it would if it happened often (${source}).`;
      floor = null;
    } else if (lower && listed) {
      sentence = `${hit.sentence} On its own it would support at least ${outcomeWords[listed.outcome]} (${source}), but ${lower.because}, so it supports ${lower.to === null ? 'no more than universal services' : `at least ${outcomeWords[lower.to]}`}.`;
      floor = lower.to === null ? null : { outcome: lower.to, citation: listed.citation };
    }
    findings.set(rule.id, {
      code: rule.id,
      kind: vocabularyEntry(rule.id).kind,
      title: rule.title,
      evidence: hit.evidence,
      citations: [...rule.citations],
      sentence,
      parameter: hit.parameter ? { name: hit.parameter.name, value: hit.parameter.value } : undefined,
      floor: floor?.outcome ?? null,
      floorCitation: floor?.citation ?? null,
      ...(lower && listed ? { lowered: { from: listed.outcome, because: lower.because } } : {}),
    });
  }
}
