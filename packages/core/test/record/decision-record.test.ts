import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  DECISION_RECORD_FORMAT,
  type DecisionRecord,
  type DecisionRecordInput,
  hashRecord,
  sealDecisionRecord,
} from '../../src/record/index.js';
import { caseFactsSchema } from '../../src/schema/case.js';
import { makeBelowInput, makeInput } from './fixtures.js';

function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).reverse();
    return Object.fromEntries(entries.map(([k, v]) => [k, reverseKeys(v)])) as T;
  }
  return value;
}

describe('sealDecisionRecord', () => {
  it('uses facts that pass the case schema', () => {
    expect(caseFactsSchema.safeParse(makeInput().facts).success).toBe(true);
  });

  it('builds the first record of a chain from the input and the assessment', () => {
    const input = makeInput();
    const record = sealDecisionRecord(input, null);
    expect(record.format).toBe(DECISION_RECORD_FORMAT);
    expect(record.sequence).toBe(1);
    expect(record.prevHash).toBeNull();
    expect(record.partnership).toBe(input.assessment.framework.id);
    expect(record.framework).toStrictEqual(input.assessment.framework);
    expect(record.engine).toStrictEqual(input.assessment.engine);
    expect(record.asOf).toBe(input.assessment.asOf);
    expect(record.facts).toStrictEqual(input.facts);
    expect(record.decision).toStrictEqual(input.decision);
    expect(record.machine).toStrictEqual(input.machine);
    expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the canonical JSON of everything but the hash (checked against node:crypto)', () => {
    const record = sealDecisionRecord(makeInput(), null);
    const { hash, ...body } = record;
    const expected = createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex');
    expect(hash).toBe(expected);
    expect(hashRecord(record)).toBe(expected);
  });

  it('chains a record onto the previous one', () => {
    const first = sealDecisionRecord(makeInput('case-1'), null);
    const second = sealDecisionRecord(makeBelowInput('case-2'), first);
    expect(second.sequence).toBe(2);
    expect(second.prevHash).toBe(first.hash);
    expect(second.hash).not.toBe(first.hash);
  });

  it('gives the same record, byte for byte, for the same input', () => {
    const a = sealDecisionRecord(makeInput(), null);
    const b = sealDecisionRecord(makeInput(), null);
    expect(b.hash).toBe(a.hash);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const a2 = sealDecisionRecord(makeBelowInput(), a);
    const b2 = sealDecisionRecord(makeBelowInput(), b);
    expect(b2.hash).toBe(a2.hash);
  });

  it('gives the same hash whatever order the input keys come in', () => {
    const input = makeBelowInput();
    expect(sealDecisionRecord(reverseKeys(input), null).hash).toBe(sealDecisionRecord(input, null).hash);
  });

  it('changes the hash when anything in the record changes', () => {
    const base = sealDecisionRecord(makeInput(), null).hash;
    const changedAnalysis = makeInput();
    changedAnalysis.decision.analysis += ' ';
    const changedTime = { ...makeInput(), recordedAt: '2024-03-15T14:05:01Z' };
    const changedEvidence = makeInput();
    changedEvidence.assessment.findings[0]?.evidence.push('One more fact.');
    for (const input of [changedAnalysis, changedTime, changedEvidence]) {
      expect(sealDecisionRecord(input, null).hash).not.toBe(base);
    }
  });

  it('takes a frozen snapshot that later changes to the input cannot reach', () => {
    const input = makeInput();
    const record = sealDecisionRecord(input, null);
    input.facts.child.label = 'Child Z';
    input.assessment.findings.length = 0;
    expect(record.facts.child.label).toBe('Child A');
    expect(record.assessment.findings).toHaveLength(3);
    expect(hashRecord(record)).toBe(record.hash);
    expect(Object.isFrozen(record.facts.child)).toBe(true);
    expect(() => {
      (record as { sequence: number }).sequence = 9;
    }).toThrow(TypeError);
  });

  it('refuses a decision below the recommendation without a written reason', () => {
    const input = makeBelowInput();
    const withoutReason: DecisionRecordInput = { ...input, decision: { ...input.decision, overrideReason: null } };
    const blankReason: DecisionRecordInput = { ...input, decision: { ...input.decision, overrideReason: '  \n ' } };
    expect(() => sealDecisionRecord(withoutReason, null)).toThrow(/below the recommendation.*written reason/);
    expect(() => sealDecisionRecord(blankReason, null)).toThrow(/written reason/);
    expect(() => sealDecisionRecord(input, null)).not.toThrow();
  });

  it('refuses to chain onto a record from another partnership', () => {
    const other = makeInput();
    other.assessment.framework = { ...other.assessment.framework, id: 'other-partnership' };
    const previous = sealDecisionRecord(other, null);
    expect(() => sealDecisionRecord(makeInput(), previous)).toThrow(/"other-partnership".*"synthetic-partnership"/);
  });

  it('refuses to chain onto a previous record that was changed after sealing', () => {
    const previous = structuredClone(sealDecisionRecord(makeInput(), null)) as DecisionRecord;
    previous.decision.analysis = 'Rewritten later.';
    expect(() => sealDecisionRecord(makeInput(), previous)).toThrow(/sequence 1.*changed after sealing/);
  });

  it('hashes a record it sealed itself only once, and any other copy again, before chaining onto it', () => {
    const hashed: string[] = [];
    const counting = (text: string) => {
      hashed.push(text);
      return createHash('sha256').update(text).digest('hex');
    };
    const first = sealDecisionRecord(makeInput(), null, counting);
    expect(hashed).toHaveLength(1);
    sealDecisionRecord(makeInput(), first, counting);
    expect(hashed).toHaveLength(2); // the new record only: `first` was sealed here and is frozen
    const copy = structuredClone(first) as DecisionRecord;
    sealDecisionRecord(makeInput(), copy, counting);
    expect(hashed).toHaveLength(4); // a copy (as read back from a database) is checked against its hash
    let otherCalls = 0;
    const otherHash = (text: string) => {
      otherCalls++;
      return createHash('sha256').update(text).digest('hex');
    };
    sealDecisionRecord(makeInput(), first, otherHash);
    expect(otherCalls).toBe(2); // sealed with another hash function: checked again, then the new record
  });

  it.each([
    ['no offset', '2024-03-15T14:05:00'],
    ['a date only', '2024-03-15'],
    ['an impossible date', '2023-02-29T10:00:00Z'],
    ['an impossible time', '2024-03-15T24:00:00Z'],
  ])('refuses a recordedAt with %s', (_name, recordedAt) => {
    expect(() => sealDecisionRecord({ ...makeInput(), recordedAt }, null)).toThrow(/recordedAt must be an ISO 8601/);
  });

  it('refuses a sign-off time that is not ISO 8601', () => {
    const input = makeBelowInput();
    const signOff = input.signOff === null ? null : { ...input.signOff, at: '15/03/2024' };
    expect(() => sealDecisionRecord({ ...input, signOff }, null)).toThrow(/signOff.at/);
  });

  it('refuses facts and an assessment from different pathways', () => {
    const input = makeInput();
    input.facts.pathway = 'escalation';
    expect(() => sealDecisionRecord(input, null)).toThrow(/escalation pathway.*contact/);
  });

  it('refuses an empty case reference', () => {
    expect(() => sealDecisionRecord(makeInput(' '), null)).toThrow(/caseRef/);
  });

  it('names the field when the input holds a value JSON cannot carry', () => {
    const input = makeInput();
    const [finding] = input.assessment.findings;
    if (finding !== undefined) finding.parameter = { name: 'x', value: Number.NaN };
    expect(() => sealDecisionRecord(input, null)).toThrow('$.assessment.findings[0].parameter.value');
  });
});
