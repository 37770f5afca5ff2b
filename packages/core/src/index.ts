/**
 * @sightline/core: the pure heart of Sightline. Case facts and pathway schemas, threshold frameworks
 * as data, the working-day calendar, the rule catalogue, `assess()`, the pathway machines and
 * hash-chained decision records. No I/O, no clock: time comes in as an argument.
 */
export * from './schema/case.js';
export * from './framework/index.js';
export * from './calendar/index.js';
export * from './dates/loose-date.js';
export * from './vocabulary/index.js';
export * from './assess/types.js';
export { assess, resolveAsOf, ENGINE_VERSION, RULE_SET_VERSION } from './assess/assess.js';
export { type DecisionDate, decisionDateOf } from './assess/decision-date.js';
export { createRuleContext, runFindingRules } from './assess/run-rules.js';
export type { RuleContext } from './rules/types.js';
export { buildCaseView, isCarer, type CaseView } from './rules/view.js';
export { contactScale, outcomeWords, rank as outcomeRank } from './assess/outcomes.js';
export { escalationStatus, type EscalationStatus } from './assess/escalation.js';
export { ruleCatalogue } from './rules/catalogue.js';
export type { Rule, RuleHit, RulePhase } from './rules/types.js';
export * from './record/index.js';
export * from './scenario/scenario.js';
export * from './schema/issues.js';
export * from './machines/index.js';
