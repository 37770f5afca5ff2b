/**
 * The pathway machines (XState v5): contact, protection, escalation and closure review. Each owns
 * its order of steps and its guards; guards read the assessment `assess()` keeps current in the
 * context. Pure: no I/O, no clock (time comes in events). Snapshots persist stamped with the
 * machine and framework versions; `replay` re-runs a client's events on the server.
 */
export { type Deadline, timescaleDeadline } from '../framework/deadlines.js';
export { decisionFrom, decisionExplained, refreshDecision } from './common/decision.js';
export { blankFacts } from './common/facts.js';
export {
  actorSchema,
  decideSchema,
  type DecideInput,
  isoDateSchema,
  isoDateTimeSchema,
  type Participant,
  participantSchema,
  type SafetyPlan,
  safetyPlanSchema,
  signOffSchema,
  writtenTextSchema,
} from './common/payloads.js';
export {
  checkPersisted,
  type PersistedPathway,
  persistSnapshot,
  restore,
  SnapshotRefusedError,
  snapshotFor,
} from './common/persist.js';
export type { PathwayRationale, RationaleStatement } from './common/rationale.js';
export { type PathwayOutcome, recordInputFor, sealOutcome } from './common/record-input.js';
export { replay, type ReplayRefusal, type ReplayResult } from './common/replay.js';
export { decisionScale, isBelowRecommendation, type ScaleOption, scaleOption } from './common/scale.js';
export type { FrameworkStamp, MachineStamp, PathwayContext, PathwayInput } from './common/stamp.js';

export { contactMachine } from './contact/machine.js';
export * from './contact/types.js';

export { protectionMachine, protectionStart } from './protection/machine.js';
export * from './protection/types.js';

export { escalationMachine } from './escalation/machine.js';
export * from './escalation/events.js';
export * from './escalation/types.js';

export { closureReviewMachine } from './closure/machine.js';
export * from './closure/types.js';
