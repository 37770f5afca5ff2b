/**
 * A decision's answer as JSON text with the sealed record's canonical JSON in it as it is, so the
 * record (8–9 kB) is not serialised again for the answer.
 */

const CLOSE_OBJECT = 125;

/**
 * A stored answer's JSON (an object without `record`) with `"record":recordJson` as its last
 * member: the answer to send, without serialising the record again.
 */
export function withRecordJson(answerJson: string, recordJson: string): string {
  if (answerJson.charCodeAt(answerJson.length - 1) !== CLOSE_OBJECT)
    throw new TypeError('withRecordJson: the answer is not an object');
  return answerJson.length === 2 ? `{"record":${recordJson}}` : `${answerJson.slice(0, -1)},"record":${recordJson}}`;
}
