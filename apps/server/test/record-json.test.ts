/** The stored JSON of a sealed record is its canonical JSON, built from the body sealing hashed. */
import {
  assess,
  canonicalJson,
  type DecisionRecord,
  type DecisionRecordInput,
  getFramework,
  sealDecisionRecord,
  sha256Hex,
} from '@sightline/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../src/auth/tokens.js';
import { rememberingHash, withRecordJson, withTopLevelKey } from '../src/decisions/record-json.js';
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

const plainKey = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,12}$/);

describe('withTopLevelKey', () => {
  it('gives the canonical JSON of the object with the key added, for any object', () => {
    fc.assert(
      fc.property(
        fc.dictionary(plainKey, fc.jsonValue()).filter((o) => !('hash' in o)),
        fc.string(),
        (object, value) => {
          const json = canonicalJson(object);
          expect(withTopLevelKey(json, 'hash', JSON.stringify(value))).toBe(canonicalJson({ ...object, hash: value }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds top-level keys past strings full of quotes, backslashes and braces', () => {
    const object = { a: '"}{"hash":', b: { hash: 1, z: ['\\', '\\"'] }, zz: 'x\\\\' };
    expect(withTopLevelKey(canonicalJson(object), 'hash', '"h"')).toBe(canonicalJson({ ...object, hash: 'h' }));
  });

  it('refuses JSON that is not an object, or already has the key', () => {
    expect(() => withTopLevelKey('[1]', 'hash', '1')).toThrow(/not an object/);
    expect(() => withTopLevelKey('{"hash":1}', 'hash', '1')).toThrow(/already has/);
  });
});

describe('rememberingHash', () => {
  it('hands back the canonical JSON of each record it sealed, for records chained one on another', () => {
    const hashing = rememberingHash(sha256);
    let previous: DecisionRecord | null = null;
    for (const caseRef of ['case-1', 'case-2', 'case-3']) {
      const record: DecisionRecord = sealDecisionRecord(inputFor(caseRef), previous, hashing.hash);
      expect(hashing.jsonOf(record)).toBe(canonicalJson(record));
      expect(record.hash).toBe(sealDecisionRecord(inputFor(caseRef), previous, sha256Hex).hash);
      previous = record;
    }
  });

  it('hands back nothing for a record whose body was not the last text hashed', () => {
    const hashing = rememberingHash(sha256);
    hashing.hash('something else');
    expect(hashing.jsonOf({ hash: sha256('another thing') } as never)).toBeUndefined();
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
