import { defineRule } from '../define.js';

/** `gap.history-not-checked`: no history check of the service's own records is recorded for this contact. */
export const gapHistoryNotChecked = defineRule({
  id: 'gap.history-not-checked',
  condition:
    'On a contact or a disagreement about one, no check of previous records, referrals and plans is recorded (done, or not possible and why).',
  evaluate: (ctx) => {
    if (ctx.facts.pathway === 'cin-cp') return null;
    const checks = ctx.facts.historyChecks ?? [];
    if (checks.some((c) => c.source === 'own-records')) return null;
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
