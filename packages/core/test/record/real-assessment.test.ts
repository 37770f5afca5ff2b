/**
 * Decision records built on real assessments from `assess()` with the shipped frameworks, rather
 * than the hand-built fixture: the record, its hash and its rendering stay deterministic, and every
 * citation the engine gives reaches the printed rationale.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.js';
import { englandFramework, splitLevelFramework } from '../../src/framework/index.js';
import type { Framework } from '../../src/framework/schema.js';
import {
  type DecisionRecord,
  type DecisionRecordInput,
  formatCitation,
  renderHtml,
  renderMarkdown,
  sealDecisionRecord,
  verifyChain,
} from '../../src/record/index.js';
import { makeFacts, makeInput } from './fixtures.js';

/** A record input whose decision follows what `assess()` recommends. */
function inputFor(framework: Framework, caseRef: string): DecisionRecordInput {
  const facts = makeFacts();
  const assessment = assess(facts, framework, '2024-03-15');
  const { value, levelId, levelName } = assessment.recommendation;
  const base = makeInput(caseRef);
  return { ...base, facts, assessment, decision: { ...base.decision, value, levelId, levelName } };
}

describe('decision records on real assessments', () => {
  it('are the same byte for byte when the same case is assessed and sealed again', () => {
    for (const framework of [englandFramework, splitLevelFramework]) {
      const a = sealDecisionRecord(inputFor(framework, 'case-1'), null);
      const b = sealDecisionRecord(inputFor(framework, 'case-1'), null);
      expect(b.hash).toBe(a.hash);
      expect(renderMarkdown(b)).toBe(renderMarkdown(a));
      expect(renderHtml(b)).toBe(renderHtml(a));
    }
  });

  it('take the partnership, framework and engine versions from the assessment', () => {
    const record = sealDecisionRecord(inputFor(splitLevelFramework, 'case-1'), null);
    expect(record.partnership).toBe(splitLevelFramework.id);
    expect(record.framework.version).toBe(splitLevelFramework.version);
    expect(record.engine.ruleSetVersion).toBe(record.assessment.engine.ruleSetVersion);
  });

  it('print every citation of every finding, gap, action, timescale and reason', () => {
    const record = sealDecisionRecord(inputFor(englandFramework, 'case-1'), null);
    const { findings, gaps, actions, clocks, recommendation } = record.assessment;
    expect(findings.length).toBeGreaterThan(0);
    const citations = [...findings, ...gaps, ...actions, ...clocks, ...recommendation.chain].flatMap((item) => item.citations);
    const markdown = renderMarkdown(record);
    const html = renderHtml(record);
    for (const text of citations.map(formatCitation)) {
      expect(markdown).toContain(`- ${text.replace(/[\\`*_[\]<>|~]/g, '\\$&')}\n`);
      expect(html).toContain(`<li>${text.replaceAll('&', '&amp;').replaceAll("'", '&#39;')}</li>`);
    }
  });

  it('chain within a partnership and refuse to chain across partnerships', () => {
    const chain: DecisionRecord[] = [];
    for (let i = 1; i <= 3; i++) chain.push(sealDecisionRecord(inputFor(englandFramework, `case-${i}`), chain.at(-1) ?? null));
    expect(verifyChain(chain)).toStrictEqual({ ok: true, count: 3 });
    expect(() => sealDecisionRecord(inputFor(splitLevelFramework, 'case-4'), chain.at(-1) ?? null)).toThrow(/partnership/);
  });
});
