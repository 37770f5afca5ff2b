/**
 * The canonical JSON of a sealed record without serialising the record a third time. Sealing
 * already builds the canonical JSON of the record's body and hashes it; a hash function that keeps
 * the last text it hashed hands that JSON back, and the record's own JSON is that text with
 * `"hash":"…"` put in its sorted place among the top-level keys.
 */
import type { DecisionRecord, HashText } from '@sightline/core';

/** A hash function that remembers what it hashed last, so the caller can take the sealed body's JSON. */
export function rememberingHash(hash: HashText): { hash: HashText; jsonOf: (record: DecisionRecord) => string | undefined } {
  let last: { text: string; digest: string } | null = null;
  return {
    hash: (text) => {
      const digest = hash(text);
      last = { text, digest };
      return digest;
    },
    /** The record's canonical JSON if the last text hashed was its body (its digest is the record's hash). */
    jsonOf: (record) => {
      const body = last;
      last = null;
      return body !== null && body.digest === record.hash
        ? withTopLevelKey(body.text, 'hash', JSON.stringify(record.hash))
        : undefined;
    },
  };
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COMMA = 44;

/**
 * Adds `"key":valueJson` to a canonical JSON object (keys sorted, no whitespace) in its sorted
 * place among the top-level keys (plain ASCII keys, as a decision record has). Throws when `json`
 * is not an object or already has the key.
 */
export function withTopLevelKey(json: string, key: string, valueJson: string): string {
  if (json.charCodeAt(0) !== OPEN_OBJECT || json.charCodeAt(json.length - 1) !== CLOSE_OBJECT) {
    throw new TypeError('withTopLevelKey: the JSON is not an object');
  }
  const member = `${JSON.stringify(key)}:${valueJson}`;
  let depth = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === QUOTE) {
      const start = i;
      i = closingQuote(json, i);
      const previous = json.charCodeAt(start - 1);
      if (depth === 1 && (previous === OPEN_OBJECT || previous === COMMA)) {
        const existing = json.slice(start + 1, i);
        if (existing === key) throw new TypeError(`withTopLevelKey: the object already has "${key}"`);
        if (existing > key) return `${json.slice(0, start)}${member},${json.slice(start)}`;
      }
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) depth--;
  }
  return json.length === 2 ? `{${member}}` : `${json.slice(0, -1)},${member}}`;
}

/** The index of the quote that closes the string opening at `open` (skipping escaped quotes). */
function closingQuote(json: string, open: number): number {
  for (let i = json.indexOf('"', open + 1); i !== -1; i = json.indexOf('"', i + 1)) {
    let backslashes = 0;
    while (json.charCodeAt(i - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  throw new TypeError('withTopLevelKey: a string in the JSON is not closed');
}

/**
 * A stored answer's JSON (an object without `record`) with `"record":recordJson` as its last
 * member: the answer to send, without serialising the record again.
 */
export function withRecordJson(answerJson: string, recordJson: string): string {
  if (answerJson.charCodeAt(answerJson.length - 1) !== CLOSE_OBJECT)
    throw new TypeError('withRecordJson: the answer is not an object');
  return answerJson.length === 2 ? `{"record":${recordJson}}` : `${answerJson.slice(0, -1)},"record":${recordJson}}`;
}
