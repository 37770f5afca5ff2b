/**
 * Checks a partnership's chain of decision records from the first record on: every record still
 * matches its hash, points at the hash of the record before it, and takes the next sequence number.
 */
import { DECISION_RECORD_FORMAT, type DecisionRecord, hashRecord } from './decision-record.js';

export type ChainVerdict = { ok: true; count: number } | { ok: false; index: number; sequence: number; reason: string };

/**
 * Verifies a whole chain, oldest first (the first record must be sequence 1). Names the first
 * broken record by its position in `records` and the sequence number it carries.
 *
 * @example
 * verifyChain([first, second]);             // { ok: true, count: 2 }
 * verifyChain([first, tamperedSecond]);     // { ok: false, index: 1, sequence: 2, reason: '...' }
 */
export function verifyChain(records: readonly DecisionRecord[]): ChainVerdict {
  let previous: DecisionRecord | null = null;
  for (const [index, record] of records.entries()) {
    const reason = findBreak(record, previous);
    if (reason !== null) return { ok: false, index, sequence: record.sequence, reason };
    previous = record;
  }
  return { ok: true, count: records.length };
}

/** Why `record` cannot follow `previous`, or null when it can. */
function findBreak(record: DecisionRecord, previous: DecisionRecord | null): string | null {
  if (record.format !== DECISION_RECORD_FORMAT)
    return `The record format is "${String(record.format)}", not "${DECISION_RECORD_FORMAT}"`;
  const expected = recomputeHash(record);
  if (expected !== record.hash)
    return expected === null ? 'The record holds a value that has no canonical JSON form' : contentsChanged;
  if (previous === null) {
    if (record.prevHash !== null) return 'The first record in the chain points at an earlier record that is missing';
    if (record.sequence !== 1) return `The chain starts at sequence ${record.sequence}, not 1: earlier records are missing`;
    return null;
  }
  if (record.partnership !== previous.partnership) {
    return `The record belongs to partnership "${record.partnership}", not "${previous.partnership}"`;
  }
  if (record.prevHash !== previous.hash) {
    return `The record's prevHash does not match the hash of the record before it (sequence ${previous.sequence}): a record was removed, reordered or changed`;
  }
  if (record.sequence !== previous.sequence + 1) {
    return `The record's sequence is ${record.sequence} but should be ${previous.sequence + 1}`;
  }
  return null;
}

const contentsChanged = "The record's contents do not match its hash: it was changed after it was sealed";

function recomputeHash(record: DecisionRecord): string | null {
  try {
    return hashRecord(record);
  } catch {
    return null;
  }
}
