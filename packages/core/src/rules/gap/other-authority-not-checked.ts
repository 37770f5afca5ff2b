import { defineRule } from '../define.js';

/** `gap.other-authority-not-checked`: the family moved between authorities and the previous authority's records were not asked for. */
export const gapOtherAuthorityNotChecked = defineRule({
  id: 'gap.other-authority-not-checked',
  condition: 'The family has moved between local authorities and no check with the previous authority is recorded.',
  evaluate: (ctx) => {
    if (!ctx.findings.has('history.moved-between-authorities')) return null;
    if ((ctx.facts.historyChecks ?? []).some((c) => c.source === 'previous-authority')) return null;
    return {
      evidence: ctx.facts.history.movesBetweenLocalAuthorities.map((m) => `Move (${m.date ?? 'date not recorded'}): ${m.detail}`),
      sentence: 'The previous local authority has not been asked for its records; part of the child’s history is held there.',
    };
  },
});
