/** Turns the supported threshold into a recommendation on the pathway's own scale. */
import { hakeem, londonPa4, neglectSummary, preBirth, signsOfSafety, wt } from '../framework/citations.js';
import { parameterAt } from '../framework/parameters.js';
import type { CanonicalOutcome, Framework, Level } from '../framework/schema.js';
import type { CaseFacts } from '../schema/case.js';
import { buildCaseView, onProtectionPlanNow, readMeasure } from '../rules/view.js';
import { deriveCategory } from './category.js';
import { type EscalationStatus, escalationStatus, stageDeadline } from './escalation.js';
import { atLeast, contactScale, outcomeWords } from './outcomes.js';
import type { CinCpValue, Finding, ReasonStep, Recommendation } from './types.js';

const levelFor = (framework: Framework, outcome: CanonicalOutcome): Level =>
  framework.levels.find((l) => l.outcome === outcome) ?? (framework.levels[0] as Level);

/** True when professionals' safety scaling (worst score recorded) is at or below the framework's line. */
export function safetyScalingAtOrBelowLine(
  facts: CaseFacts,
  framework: Framework,
  asOf: string,
): { value: number; line: number } | null {
  const reading = readMeasure(facts.measures.safetyScaling, 'low');
  if (!reading) return null;
  const line = parameterAt(framework, 'safetyScalingImmediateMax', asOf).value;
  return reading.value <= line ? { value: reading.value, line } : null;
}

/**
 * At the end of a section 47 enquiry that found reasonable cause for a conference, interim
 * protection must be agreed until the conference meets (facts.md 1.4, Devon one-minute guide 23).
 */
export function interimProtectionNeeded(facts: CaseFacts, threshold: CanonicalOutcome): boolean {
  return facts.pathway === 'cin-cp' && facts.decisionStage === 's47-outcome' && atLeast(threshold, 'significant-harm');
}

export const interimProtectionCitation = {
  source: 'Devon one-minute guide No. 23, Initial case conferences',
  section: 'interim protection arrangements are agreed between the end of the section 47 enquiry and the conference',
  note: 'facts.md 1.4',
};

/** The child is on a protection plan now: a review conference, or a plan for the child with no end date. */
function onProtectionPlan(facts: CaseFacts, asOf: string): boolean {
  if (facts.decisionStage === 'review-conference') return true;
  return onProtectionPlanNow(facts, buildCaseView(facts, asOf));
}

interface Input {
  facts: CaseFacts;
  framework: Framework;
  asOf: string;
  findings: ReadonlyMap<string, Finding>;
  threshold: CanonicalOutcome;
  chain: ReasonStep[];
}

/** The recommendation for the case's pathway, with the chain of reasons extended by the pathway step. */
export function recommend({ facts, framework, asOf, findings, threshold, chain }: Input): Recommendation {
  const steps = [...chain];
  const safety = safetyScalingAtOrBelowLine(facts, framework, asOf);
  const interim = interimProtectionNeeded(facts, threshold);
  const base = { threshold, category: null, immediateSafetyPlan: safety !== null || interim, urgentReferralBypass: false };

  if (facts.pathway === 'cin-cp') {
    const byThreshold: CinCpValue = atLeast(threshold, 'significant-harm')
      ? 'cp-plan'
      : atLeast(threshold, 'child-in-need')
        ? 'cin-plan'
        : 'nfa';
    // A protection plan that ends steps down to a child in need plan, not straight to closure.
    const stepDown = byThreshold === 'nfa' && onProtectionPlan(facts, asOf);
    const value: CinCpValue = stepDown ? 'cin-plan' : byThreshold;
    const level = framework.cinCpOutcomes.find((l) => l.id === value) ?? (framework.cinCpOutcomes[0] as Level);
    // Findings that carried the case to significant harm count for the category even without a floor of their own.
    const raising = new Set(chain.filter((s) => atLeast(s.to, 'significant-harm')).flatMap((s) => s.codes));
    const category = value === 'cp-plan' ? deriveCategory(findings.values(), raising) : null;
    steps.push({
      kind: 'pathway',
      ruleId: 'pathway.cin-cp',
      from: threshold,
      to: threshold,
      codes: [],
      sentence:
        value === 'cp-plan'
          ? `The facts support continuing concern about significant harm, so a child protection plan is recommended${category ? `, under the category ${category.category}` : ''}.`
          : value === 'cin-plan'
            ? 'The facts show a child in need but not a continuing risk of significant harm, so a child in need plan is recommended.'
            : 'The facts do not show a child in need of a statutory plan; step down only after a multi-agency review.',
      citations: [level.citation],
    });
    if (stepDown) {
      steps.push({
        kind: 'pathway',
        ruleId: 'pathway.step-down',
        from: threshold,
        to: 'child-in-need',
        codes: [],
        sentence:
          'The child is on a protection plan now: when it ends, step down to a child in need plan with a named social worker, so the agencies stay involved while the improvement is tested, rather than closing.',
        citations: [neglectSummary('improvements to be reviewed; review before closure or transfer')],
      });
    }
    if (safety) {
      steps.push({
        kind: 'pathway',
        ruleId: 'pathway.safety-scaling',
        from: threshold,
        to: threshold,
        codes: ['action.immediate-safety-plan'],
        sentence: `Professionals scaled safety at ${safety.value} out of 10, at or below ${safety.line}: make an immediate safety plan and consider removal before anyone leaves.`,
        citations: [signsOfSafety('0 means the child cannot live at home safely'), hakeem('Learning Point 6')],
      });
    }
    if (interim && !safety) {
      steps.push({
        kind: 'pathway',
        ruleId: 'pathway.interim-protection',
        from: threshold,
        to: threshold,
        codes: ['action.immediate-safety-plan'],
        sentence:
          'The enquiry has found reasonable cause for a child protection conference: agree how the child will be kept safe now, until the conference meets, and consider whether the child can stay at home safely meanwhile.',
        citations: [interimProtectionCitation],
      });
    }
    return {
      ...base,
      pathway: 'cin-cp',
      value,
      levelId: level.id,
      levelName: level.name,
      category: category?.category ?? null,
      chain: steps,
      summary: `Recommendation: ${level.name.toLowerCase()}${category ? ` (category: ${category.category})` : ''}.`,
    };
  }

  if (facts.pathway === 'escalation') {
    const status = escalationStatus(facts, framework, asOf);
    const bypass = status.immediateRisk.length > 0;
    steps.push({
      kind: 'pathway',
      ruleId: 'pathway.escalation-stage',
      from: threshold,
      to: threshold,
      codes: [],
      sentence: `${status.reason} ${status.convention} The facts themselves support ${outcomeWords[threshold]}.${bypass ? '' : ' Nothing recorded shows the child at immediate risk today, so there is no reason to cut the stages short; if that changes, refer at once, because escalation never replaces an urgent referral.'} At each stage ask for the reasons for the decision, and record the concern, who was contacted and when, the response and its reasons.${ifUnresolved(status, framework, asOf)}`,
      citations: [status.stage.citation],
    });
    if (bypass) {
      steps.push({
        kind: 'pathway',
        ruleId: 'pathway.urgent-referral-bypass',
        from: threshold,
        to: threshold,
        codes: status.immediateRisk.flatMap((a) => a.codes),
        sentence:
          'The child is at immediate risk today: make an urgent referral to children’s social care or call the police now, and continue the escalation at the same time.',
        citations: [londonPa4('the procedure does not replace immediate action when a child is at risk')],
      });
    }
    return {
      ...base,
      pathway: 'escalation',
      value: String(status.recommendedStage),
      levelId: String(status.recommendedStage),
      levelName: status.stage.name,
      urgentReferralBypass: bypass,
      chain: steps,
      summary: `Recommendation: ${status.stage.name.toLowerCase()} (${status.stage.counterpart})${bypass ? ', and an urgent referral now' : ''}.`,
    };
  }

  let outcome = threshold;
  if (facts.child.unborn && (findings.has('unborn.risk-factors') || atLeast(threshold, 'early-help'))) {
    outcome = 'pre-birth';
    steps.push({
      kind: 'pathway',
      ruleId: 'pathway.pre-birth',
      from: threshold,
      to: 'pre-birth',
      codes: findings.has('unborn.risk-factors') ? ['unborn.risk-factors'] : [],
      sentence:
        'The child is not yet born and the household has risk factors: refer for a pre-birth assessment rather than relying on a check that the family is not currently open.',
      citations: [
        preBirth('referral of an unborn baby for a pre-birth assessment'),
        wt('Working Together applies to unborn children'),
      ],
    });
  }
  const level = levelFor(framework, outcome);
  return {
    ...base,
    pathway: 'contact',
    value: contactScale[outcome],
    levelId: level.id,
    levelName: level.name,
    chain: steps,
    summary: `Recommendation: ${level.name} (${level.response.charAt(0).toLowerCase()}${level.response.slice(1)}).${afterContact(outcome)}`,
  };
}

/** What to do if the recommended stage does not resolve the disagreement in time: the next stage, named. */
function ifUnresolved(status: EscalationStatus, framework: Framework, asOf: string): string {
  const after = framework.escalationStages[status.recommendedStage];
  if (status.resolved || status.recommendedStage >= 4 || after === undefined) return '';
  // A stage begun earlier keeps its own deadline; a stage started now runs from the decision date.
  const startsNow = status.lastTried === null || status.deadlinePassed || status.answeredWithoutChange;
  const due = startsNow ? stageDeadline(asOf, status.stage.workingDays, framework) : status.deadline;
  return ` If stage ${status.recommendedStage} has not resolved it${due ? ` by ${due}` : ''}, go to ${after.name.toLowerCase()} (${after.counterpart}) without waiting further.`;
}

/** What the person deciding should know would change a contact's level later. */
function afterContact(outcome: CanonicalOutcome): string {
  if (outcome === 'child-in-need')
    return ' If the assessment or the checks give reasonable cause to suspect significant harm, hold a strategy discussion then: under Working Together it can take place at any time, including during an assessment.';
  if (outcome === 'universal' || outcome === 'early-help' || outcome === 'targeted-early-help')
    return ' If a new concern arises or things get worse, contact children’s social care again: the new concern is weighed with this one and the history on record.';
  return '';
}
