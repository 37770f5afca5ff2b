import type { CaseFacts } from '../../schema/case.js';
import { defineRule } from '../define.js';

const checkedRecords =
  /\b(records?|history|system)\s+checks?\b|\bchecked\b[^.;]*\b(records?|history|systems?)\b|\b(records?|history|systems?)\b[^.;]*\bchecked\b/i;
const negated =
  /\b(no|not|never|nobody|without|yet to)\b[^.;]*\bcheck|\bcheck\w*\b[^.;]*\b(not|never)\b|n['’]t\s+(been\s+)?check/i;

/**
 * Scenario records carry no `historyChecks`; a check of the service's own records may instead be
 * written in the history or a previous decision ("front-door record checks: no earlier contacts").
 */
function recordedInText(facts: CaseFacts): boolean {
  const texts = [
    ...facts.history.otherRelevantHistory.map((h) => h.detail),
    ...facts.professionalContext.previousDecisions.map((d) => d.detail),
  ];
  return texts.some((t) => checkedRecords.test(t) && !negated.test(t));
}

/** `gap.history-not-checked`: no history check of the service's own records is recorded for this contact. */
export const gapHistoryNotChecked = defineRule({
  id: 'gap.history-not-checked',
  condition:
    'On a contact or a disagreement about one, no check of previous records, referrals and plans is recorded (done, or not possible and why), either as a history check or in the history or a previous decision.',
  evaluate: (ctx) => {
    if (ctx.facts.pathway === 'cin-cp') return null;
    const checks = ctx.facts.historyChecks ?? [];
    if (checks.some((c) => c.source === 'own-records') || recordedInText(ctx.facts)) return null;
    return {
      evidence: [
        checks.length === 0
          ? 'No history checks are recorded for this contact.'
          : 'History checks are recorded, but not of the service’s own records.',
      ],
      sentence:
        'Previous records, referrals and plans have not been checked for this contact; history on record must inform the decision.',
    };
  },
});
