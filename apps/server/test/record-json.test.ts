/** The stored JSON of a sealed record is its canonical JSON, from sealing; an answer's JSON carries it whole. */
import {
  assess,
  canonicalJson,
  type DecisionRecord,
  type DecisionRecordInput,
  getFramework,
  sealDecisionRecord,
  sealDecisionRecordWithJson,
  sha256Hex,
} from '@sightline/core';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../src/auth/tokens.js';
import { withRecordJson } from '../src/decisions/record-json.js';
import { contactFacts } from './fixtures.js';

/** A record input on the server's own kind of assessment of a synthetic contact. */
function inputFor(caseRef: string): DecisionRecordInput {
  const facts = contactFacts();
  const assessment = assess(facts, getFramework('england-default'), '2025-03-14');
  const { value, levelId, levelName } = assessment.recommendation;
  return {
    caseRef,
    recordedAt: '2025-03-14T10:00:00Z',
    facts,
    assessment,
    decision: {
      value,
      levelId,
      levelName,
      decidedBy: { userId: 'user-1', role: 'duty-worker' },
      analysis: 'Mother’s account — “was not brought” twice',
      belowRecommendation: false,
      overrideReason: null,
    },
    signOff: null,
    machine: null,
  };
}

describe("the record's JSON from sealing", () => {
  it('is the canonical JSON of each record sealed, for records chained one on another', () => {
    let previous: DecisionRecord | null = null;
    for (const caseRef of ['case-1', 'case-2', 'case-3']) {
      const { record, json } = sealDecisionRecordWithJson(inputFor(caseRef), previous, sha256);
      expect(json).toBe(canonicalJson(record));
      expect(record.hash).toBe(sealDecisionRecord(inputFor(caseRef), previous, sha256Hex).hash);
      previous = record;
    }
  });
});

describe('withRecordJson', () => {
  it('gives the JSON of the answer with its record, as JSON.stringify would read it', () => {
    const record = sealDecisionRecord(inputFor('case-1'), null, sha256);
    const answer = { id: 'd-1', status: 'final', signOffs: [], note: 'a "quoted" }{ brace' };
    const json = withRecordJson(JSON.stringify(answer), canonicalJson(record));
    expect(JSON.parse(json)).toEqual({ ...answer, record: JSON.parse(JSON.stringify(record)) });
    expect(JSON.parse(withRecordJson('{}', canonicalJson(record)))).toEqual({ record: JSON.parse(canonicalJson(record)) });
  });

  it('refuses an answer that is not an object', () => {
    expect(() => withRecordJson('[1]', '{}')).toThrow(/not an object/);
  });
});
