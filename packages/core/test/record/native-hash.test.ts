/**
 * A server may seal records with node:crypto's SHA-256 instead of the core's own `sha256Hex`. Both
 * must give the same digest for every record's canonical JSON, so a chain sealed one way verifies
 * the other way.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.js';
import { englandFramework } from '../../src/framework/index.js';
import {
  canonicalJson,
  type DecisionRecord,
  type DecisionRecordInput,
  hashRecord,
  sealDecisionRecord,
  sha256Hex,
  verifyChain,
} from '../../src/record/index.js';
import { makeBelowInput, makeFacts, makeInput } from './fixtures.js';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A record input on a real assessment, with non-ASCII text in the worker's analysis. */
function realInput(caseRef: string): DecisionRecordInput {
  const facts = makeFacts();
  const assessment = assess(facts, englandFramework, '2024-03-15');
  const base = makeInput(caseRef);
  const { value, levelId, levelName } = assessment.recommendation;
  return {
    ...base,
    facts,
    assessment,
    decision: { ...base.decision, value, levelId, levelName, analysis: 'Mother’s account — “was not brought” twice; 子供 🧒🏽' },
  };
}

function sealChain(hash: ((text: string) => string) | undefined, inputs: readonly DecisionRecordInput[]): DecisionRecord[] {
  const chain: DecisionRecord[] = [];
  for (const input of inputs) chain.push(sealDecisionRecord(input, chain.at(-1) ?? null, hash));
  return chain;
}

describe('sealing with node:crypto instead of sha256Hex', () => {
  const inputs = [realInput('case-1'), realInput('case-2'), realInput('case-3'), realInput('case-4')];

  it('agrees with sha256Hex on the hand-built records, including one below the recommendation', () => {
    for (const input of [makeInput('case-a'), makeBelowInput('case-b')]) {
      const record = sealDecisionRecord(input, null, nodeSha256);
      expect(record.hash).toBe(sealDecisionRecord(input, null).hash);
      expect(hashRecord(record)).toBe(record.hash);
    }
  });

  it('hashes the canonical JSON of real records to the same digest', () => {
    for (const record of sealChain(undefined, inputs)) {
      const json = canonicalJson({ ...record, hash: undefined });
      expect(json.length).toBeGreaterThan(1000);
      expect(nodeSha256(json)).toBe(sha256Hex(json));
      expect(hashRecord(record, nodeSha256)).toBe(record.hash);
    }
  });

  it('seals the same records byte for byte, so each chain verifies with the default hash', () => {
    const native = sealChain(nodeSha256, inputs);
    const portable = sealChain(undefined, inputs);
    expect(native.map(canonicalJson)).toStrictEqual(portable.map(canonicalJson));
    expect(verifyChain(native)).toStrictEqual({ ok: true, count: inputs.length });
  });

  it('still refuses to chain onto a changed record when sealing with node:crypto', () => {
    const [first] = sealChain(nodeSha256, inputs.slice(0, 1));
    if (!first) throw new Error('no record');
    const changed = { ...first, decision: { ...first.decision, analysis: 'Edited afterwards' } };
    expect(() => sealDecisionRecord(inputs[1] as DecisionRecordInput, changed, nodeSha256)).toThrow(/changed after sealing/);
  });
});
