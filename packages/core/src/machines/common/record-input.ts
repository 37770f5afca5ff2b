/**
 * What a finished pathway hands back: the outcome, the rationale, and the decision record input the
 * server seals onto its chain (the machine cannot seal it itself: only the store knows the previous
 * record).
 */
import type { Decision, DecisionRecord, DecisionRecordInput, SignOff } from '../../record/decision-record.js';
import { sealDecisionRecord } from '../../record/decision-record.js';
import type { PathwayRationale } from './rationale.js';
import type { FrameworkStamp, MachineStamp, PathwayContext } from './stamp.js';

/** The output of every pathway machine's final state. */
export interface PathwayOutcome<TOutcome> {
  machine: MachineStamp;
  framework: FrameworkStamp;
  outcome: TOutcome;
  rationale: PathwayRationale;
  recordInput: DecisionRecordInput;
}

/** The decision record input for a finished pathway, stamped with the machine that made it. */
export function recordInputFor(
  context: PathwayContext,
  decision: Decision,
  signOff: SignOff | null,
  recordedAt: string,
): DecisionRecordInput {
  return {
    caseRef: context.caseRef,
    recordedAt,
    facts: context.facts,
    assessment: context.assessment,
    decision,
    signOff,
    machine: { id: context.machine.id, version: context.machine.version },
  };
}

/** Seals a finished pathway's record onto the chain after `previous` (null for a partnership's first record). */
export function sealOutcome(outcome: PathwayOutcome<unknown>, previous: DecisionRecord | null): DecisionRecord {
  return sealDecisionRecord(outcome.recordInput, previous);
}
