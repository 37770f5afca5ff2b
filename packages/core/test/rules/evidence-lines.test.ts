import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.js';
import { englandFramework } from '../../src/framework/index.js';
import { EVIDENCE_LINES_MAX } from '../../src/rules/view.js';
import { BASE_AS_OF, caseWith, withConcern } from '../fixtures/case-builder.js';

describe('evidence from a long chronology', () => {
  it('quotes the first records and counts the rest, with the dates they cover', () => {
    const edits = Array.from({ length: 30 }, (_, i) =>
      withConcern(['care.hunger'], { date: `2024-${String((i % 12) + 1).padStart(2, '0')}` }),
    );
    const facts = caseWith(...edits);
    const hunger = assess(facts, englandFramework, BASE_AS_OF).findings.find((f) => f.code === 'care.hunger');
    expect(hunger?.evidence).toHaveLength(EVIDENCE_LINES_MAX + 1);
    expect(hunger?.evidence.at(-1)).toBe(
      `…and ${30 - EVIDENCE_LINES_MAX} more records of the same kind, dated 2024-01 to 2024-12.`,
    );
    expect(hunger?.sentence).toMatch(/recorded 30 times/);
  });

  it('quotes every record when there are few', () => {
    const facts = caseWith(withConcern(['care.hunger']), withConcern(['care.hunger']));
    const hunger = assess(facts, englandFramework, BASE_AS_OF).findings.find((f) => f.code === 'care.hunger');
    expect(hunger?.evidence).toHaveLength(2);
  });
});
