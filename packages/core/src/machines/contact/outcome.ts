/** What the contact pathway hands back when it finishes: the decision, its rationale and the record input. */
import { vocabularyCitations } from '../../vocabulary/index.js';
import {
  composePathwayRationale,
  decisionStatements,
  historyCheckStatements,
  type RationaleStatement,
  recommendationStatements,
  safetyPlanStatement,
  signOffStatement,
} from '../common/rationale.js';
import { recordInputFor } from '../common/record-input.js';
import { scaleOption } from '../common/scale.js';
import type { ContactContext, ContactOutcome } from './types.js';

/** The outcome of a finished contact. Throws if called before a decision is recorded (the machine never does). */
export function contactOutcome(context: ContactContext): ContactOutcome {
  const { decision, signOff, immediateProtection, safetyPlan, assessment, facts, framework } = context;
  if (decision === null) throw new Error('The contact pathway finished without a decision');
  const option = scaleOption(framework, 'contact', decision.levelId);
  const statements: RationaleStatement[] = [
    ...historyCheckStatements(facts.historyChecks ?? [], vocabularyCitations('gap.history-not-checked')),
  ];
  if (immediateProtection !== null) {
    statements.push({
      text: `The child was in immediate danger. Action taken on ${immediateProtection.at} (${immediateProtection.action.replaceAll('-', ' ')}): ${immediateProtection.detail}`,
      citations: vocabularyCitations('safety.immediate-danger'),
    });
  }
  if (safetyPlan !== null) statements.push(safetyPlanStatement(safetyPlan, vocabularyCitations('action.immediate-safety-plan')));
  statements.push(
    ...recommendationStatements(assessment),
    ...decisionStatements(decision, assessment, option?.citation ?? framework.calendar.citation),
    ...signOffStatement(signOff, context.returnedSignOffs),
  );
  const recordedAt = signOff?.at ?? context.finishedAt;
  if (recordedAt === null) throw new Error('The contact pathway finished without a time');
  return {
    machine: context.machine,
    framework: context.frameworkRef,
    outcome: { decision, signOff, immediateProtection, safetyPlan },
    rationale: composePathwayRationale(`Decision for ${facts.child.label}: ${decision.levelName}.`, statements),
    recordInput: recordInputFor(context, decision, signOff, recordedAt),
  };
}
