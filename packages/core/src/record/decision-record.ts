/**
 * A decision record: what was known, what Sightline recommended and why, what the person decided
 * and why, and who signed it off. Records are sealed with a SHA-256 hash of their canonical JSON
 * and chained to the record before them, so any later change is detectable (invariant 6).
 */
import type { Assessment } from '../assess/types.js';
import type { CaseFacts } from '../schema/case.js';
import { canonicalCopyMembers, canonicalJson, joinCanonicalMembers, withCanonicalMember } from './canonical-json.js';
import { isIsoDateTime } from './dates.js';
import { sha256Hex } from './sha256.js';

export const DECISION_RECORD_FORMAT = 'sightline.decision-record/1';

/** Who did something: a user id and the role they acted in (duty worker, DSL, supervisor...). */
export interface Actor {
  userId: string;
  role: string;
}

/** The person's decision. The recommendation supports it; it never makes it (invariant 3). */
export interface Decision {
  /** Value on the pathway's scale, like `Recommendation.value`. */
  value: string;
  /** The partnership's own level id and name for the decision. */
  levelId: string;
  levelName: string;
  decidedBy: Actor;
  /** The worker's analysis, in their own words. */
  analysis: string;
  /** Worked out by the caller: is the decision below the recommendation? */
  belowRecommendation: boolean;
  /** Required (not blank) when `belowRecommendation` is true. */
  overrideReason: string | null;
}

/** A manager's sign-off of the decision. */
export interface SignOff {
  by: Actor;
  /** ISO 8601 date and time with an offset or `Z`. */
  at: string;
  outcome: 'agreed' | 'disagreed';
  comment: string;
}

/** The pathway machine whose steps led to the decision. */
export interface MachineRef {
  id: string;
  version: string;
}

/** What the caller supplies; everything else in the record is derived. */
export interface DecisionRecordInput {
  /** Opaque case id; never a name. */
  caseRef: string;
  /** ISO 8601 date and time with an offset or `Z`, passed in: the core never reads the clock. */
  recordedAt: string;
  facts: CaseFacts;
  assessment: Assessment;
  decision: Decision;
  signOff: SignOff | null;
  machine: MachineRef | null;
}

export interface DecisionRecord {
  format: typeof DECISION_RECORD_FORMAT;
  /** 1 for a partnership's first record, then previous.sequence + 1. */
  sequence: number;
  /** The framework id of the partnership whose chain this record belongs to. */
  partnership: string;
  caseRef: string;
  recordedAt: string;
  facts: CaseFacts;
  framework: Assessment['framework'];
  engine: Assessment['engine'];
  asOf: string;
  assessment: Assessment;
  decision: Decision;
  signOff: SignOff | null;
  machine: MachineRef | null;
  /** The previous record's hash, or null for the first record. */
  prevHash: string | null;
  /** sha256Hex(canonicalJson(the record without `hash`)). */
  hash: string;
}

/**
 * A SHA-256 implementation: UTF-8 text in, lowercase hex digest out. The default is the core's own
 * `sha256Hex`; a server may pass a native one (node:crypto) that gives the same digests faster.
 */
export type HashText = (text: string) => string;

/**
 * The hash a record should carry: SHA-256 of the canonical JSON of every field except `hash`.
 * Compare it with `record.hash` to see whether the record was changed after sealing.
 * `hash` must be SHA-256 (hex); pass a native implementation for speed.
 */
export function hashRecord(record: DecisionRecord, hash: HashText = sha256Hex): string {
  return hash(canonicalJson({ ...record, hash: undefined }));
}

/**
 * Seals a decision record and chains it to `previous` (null for the partnership's first record).
 * The result is a deep-frozen snapshot: later changes to the input objects do not reach it.
 *
 * Throws an `Error` when a decision below the recommendation has no written reason, when
 * `previous` belongs to another partnership or was changed after it was sealed, when the facts
 * and the assessment are for different pathways, when a date-time is not ISO 8601, and a
 * `TypeError` when the input holds a value canonical JSON refuses.
 *
 * `hash` must be SHA-256 with a lowercase hex digest (default the core's `sha256Hex`); a server may
 * pass node:crypto's, which gives the same digests, so the chain verifies either way.
 *
 * @example
 * const first = sealDecisionRecord(input, null);          // sequence 1, prevHash null
 * const second = sealDecisionRecord(nextInput, first);    // sequence 2, prevHash first.hash
 */
export function sealDecisionRecord(
  input: DecisionRecordInput,
  previous: DecisionRecord | null,
  hash: HashText = sha256Hex,
): DecisionRecord {
  return sealDecisionRecordWithJson(input, previous, hash).record;
}

/**
 * `sealDecisionRecord`, also giving the sealed record's canonical JSON (`canonicalJson(record)`,
 * the text a store keeps byte for byte) without serialising the record a second time.
 */
export function sealDecisionRecordWithJson(
  input: DecisionRecordInput,
  previous: DecisionRecord | null,
  hash: HashText = sha256Hex,
): { record: DecisionRecord; json: string } {
  const { assessment, decision } = input;
  const partnership = assessment.framework.id;
  assertOverrideExplained(decision);
  assertNonEmpty(input.caseRef, 'caseRef');
  assertIsoDateTime(input.recordedAt, 'recordedAt');
  if (input.signOff !== null) assertIsoDateTime(input.signOff.at, 'signOff.at');
  if (input.facts.pathway !== assessment.pathway) {
    throw new Error(
      `The facts are for the ${input.facts.pathway} pathway but the assessment is for ${assessment.pathway}: seal them together only when they belong together`,
    );
  }
  if (previous !== null) assertChainsOnto(previous, partnership, hash);

  const body: Omit<DecisionRecord, 'hash'> = {
    format: DECISION_RECORD_FORMAT,
    sequence: previous === null ? 1 : previous.sequence + 1,
    partnership,
    caseRef: input.caseRef,
    recordedAt: input.recordedAt,
    facts: input.facts,
    framework: assessment.framework,
    engine: assessment.engine,
    asOf: assessment.asOf,
    assessment,
    decision,
    signOff: input.signOff,
    machine: input.machine,
    prevHash: previous === null ? null : previous.hash,
  };
  // A detached, frozen copy holding exactly what is hashed, and its canonical JSON.
  const { copy, members } = canonicalCopyMembers(body);
  const json = joinCanonicalMembers(members);
  const digest = hash(json);
  const sealed: DecisionRecord = Object.freeze({ ...copy, hash: digest });
  sealedHere.set(sealed, hash);
  return { record: sealed, json: withCanonicalMember(json, members, 'hash', JSON.stringify(digest)) };
}

/**
 * Records sealed by `sealDecisionRecord` in this process, with the hash function that sealed them.
 * They are deep-frozen, so they cannot have changed since: chaining onto one with the same hash
 * function needs no second hashing. A record from anywhere else (read back from a database, a
 * copy, a spread) is not in here and is hashed again before anything is chained onto it.
 */
const sealedHere = new WeakMap<DecisionRecord, HashText>();

function assertOverrideExplained(decision: Decision): void {
  if (decision.belowRecommendation && (decision.overrideReason === null || decision.overrideReason.trim() === '')) {
    throw new Error(
      'The decision is below the recommendation, so it needs a written reason: give decision.overrideReason before sealing the record',
    );
  }
}

function assertChainsOnto(previous: DecisionRecord, partnership: string, hash: HashText): void {
  if (previous.partnership !== partnership) {
    throw new Error(
      `The previous record belongs to partnership "${previous.partnership}", not "${partnership}": each partnership keeps its own chain`,
    );
  }
  if (sealedHere.get(previous) !== hash && hashRecord(previous, hash) !== previous.hash) {
    throw new Error(
      `The previous record (sequence ${previous.sequence}) does not match its own hash: it was changed after sealing`,
    );
  }
}

function assertNonEmpty(value: string, field: string): void {
  if (value.trim() === '') throw new Error(`${field} must not be empty`);
}

function assertIsoDateTime(value: string, field: string): void {
  if (!isIsoDateTime(value)) {
    throw new Error(`${field} must be an ISO 8601 date and time with an offset, like 2024-03-15T14:05:00Z; got "${value}"`);
  }
}
