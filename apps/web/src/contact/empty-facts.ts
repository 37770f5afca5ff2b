/**
 * A contact starts as case facts with nothing recorded: every list empty, every measure null and
 * every factor "not known" (the core's `blankFacts`, the same start the contact machine uses). The
 * worker's answers fill it in step by step, so the facts are always complete enough for `assess`
 * to run and show what is still missing.
 */
import { blankFacts, type CaseFacts } from '@sightline/core';

/** Facts for a new contact received on `asOf` (YYYY-MM-DD), decided by `role` at `agency`. */
export function emptyContactFacts(
  asOf: string,
  role = 'duty social worker',
  agency = "children's social care front door",
): CaseFacts {
  return {
    ...blankFacts('contact', asOf),
    formatVersion: '1.1',
    decisionMaker: { role, agency },
    decisionQuestion: 'What should happen next for this child?',
  };
}
