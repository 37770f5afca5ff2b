import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DecisionRecord, hashRecord, sealDecisionRecord, verifyChain } from '../../src/record/index.js';
import { makeBelowInput, makeInput } from './fixtures.js';

/** A chain of `length` sealed records, alternating decisions that follow and fall below the recommendation. */
function makeChain(length: number): DecisionRecord[] {
  const chain: DecisionRecord[] = [];
  for (let i = 0; i < length; i++) {
    const caseRef = `case-${i + 1}`;
    const input = i % 2 === 0 ? makeInput(caseRef) : makeBelowInput(caseRef);
    chain.push(
      sealDecisionRecord({ ...input, recordedAt: `2024-03-${String(10 + i).padStart(2, '0')}T09:00:00Z` }, chain.at(-1) ?? null),
    );
  }
  return chain;
}

/** A mutable deep copy, as a record read back from storage would be. */
function copy(chain: readonly DecisionRecord[]): DecisionRecord[] {
  return structuredClone(chain) as DecisionRecord[];
}

describe('verifyChain', () => {
  it('accepts an intact chain and an empty one', () => {
    expect(verifyChain(makeChain(6))).toStrictEqual({ ok: true, count: 6 });
    expect(verifyChain([])).toStrictEqual({ ok: true, count: 0 });
  });

  it('accepts a chain that went through JSON storage', () => {
    const stored = JSON.parse(JSON.stringify(makeChain(4))) as DecisionRecord[];
    expect(verifyChain(stored)).toStrictEqual({ ok: true, count: 4 });
  });

  it('names the record whose field was changed', () => {
    for (let k = 1; k <= 5; k++) {
      const chain = copy(makeChain(5));
      const target = chain[k - 1] as DecisionRecord;
      target.decision.analysis = 'Changed after it was sealed.';
      const verdict = verifyChain(chain);
      expect(verdict).toMatchObject({ ok: false, index: k - 1, sequence: k });
      expect(verdict.ok === false && verdict.reason).toMatch(/contents do not match its hash/);
    }
  });

  it('names the next record when a changed record was also given a fresh hash', () => {
    const chain = copy(makeChain(5));
    const target = chain[2] as DecisionRecord;
    target.decision.overrideReason = 'A reason added afterwards.';
    target.hash = hashRecord(target);
    expect(verifyChain(chain)).toMatchObject({ ok: false, index: 3, sequence: 4 });
  });

  it('detects a removed record', () => {
    const chain = makeChain(5);
    const withoutThird = [...chain.slice(0, 2), ...chain.slice(3)];
    const verdict = verifyChain(withoutThird);
    expect(verdict).toMatchObject({ ok: false, index: 2, sequence: 4 });
    expect(verdict.ok === false && verdict.reason).toMatch(/prevHash/);
    expect(verifyChain(chain.slice(1))).toMatchObject({ ok: false, index: 0, sequence: 2 });
    expect(verifyChain(chain.slice(0, 4))).toStrictEqual({ ok: true, count: 4 });
  });

  it('detects a reordered pair', () => {
    const chain = makeChain(5);
    const swapped = [chain[0], chain[2], chain[1], chain[3], chain[4]] as DecisionRecord[];
    expect(verifyChain(swapped)).toMatchObject({ ok: false, index: 1, sequence: 3 });
  });

  it('detects a wrong prevHash, with or without a fresh hash', () => {
    const chain = copy(makeChain(4));
    const target = chain[2] as DecisionRecord;
    target.prevHash = (chain[0] as DecisionRecord).hash;
    expect(verifyChain(chain)).toMatchObject({ ok: false, index: 2, sequence: 3, reason: expect.stringMatching(/hash/) });
    target.hash = hashRecord(target);
    expect(verifyChain(chain)).toMatchObject({ ok: false, index: 2, sequence: 3, reason: expect.stringMatching(/prevHash/) });
  });

  it('detects a sequence gap even when the hashes were recomputed', () => {
    const chain = copy(makeChain(3));
    const target = chain[1] as DecisionRecord;
    target.sequence = 7;
    target.hash = hashRecord(target);
    const third = chain[2] as DecisionRecord;
    third.prevHash = target.hash;
    third.hash = hashRecord(third);
    const verdict = verifyChain(chain);
    expect(verdict).toMatchObject({ ok: false, index: 1, sequence: 7 });
    expect(verdict.ok === false && verdict.reason).toMatch(/should be 2/);
  });

  it('reports a record holding a value with no JSON form instead of throwing', () => {
    const chain = copy(makeChain(2));
    (chain[1] as DecisionRecord).asOf = Number.NaN as unknown as string;
    expect(verifyChain(chain)).toMatchObject({
      ok: false,
      index: 1,
      sequence: 2,
      reason: expect.stringMatching(/canonical JSON/),
    });
  });

  it('finds any single changed character in any record', () => {
    const chain = makeChain(4);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.string({ minLength: 1, maxLength: 5 }), (index, extra) => {
        const tampered = copy(chain);
        (tampered[index] as DecisionRecord).facts.decisionQuestion += extra;
        expect(verifyChain(tampered)).toMatchObject({ ok: false, index, sequence: index + 1 });
      }),
      { numRuns: 50 },
    );
  });
});
