import { defineRule, observedHit } from '../define.js';

/** `engagement.disguised-compliance`: recorded by a worker, or any sign listed in the engagement record. */
export const engagementDisguisedCompliance = defineRule({
  id: 'engagement.disguised-compliance',
  condition:
    'A worker recorded it, or the engagement record lists signs that parents appear to co-operate while nothing changes for the child.',
  evaluate: (ctx) => {
    const ticked = observedHit(ctx, 'engagement.disguised-compliance');
    const listed = ctx.facts.parentalEngagement.disguisedComplianceSigns.map(
      (a) => `Sign (${a.date ?? 'date not recorded'}): ${a.detail}`,
    );
    const evidence = [...new Set([...(ticked?.evidence ?? []), ...listed])];
    if (evidence.length === 0) return null;
    return { evidence, sentence: 'The parents appear to co-operate with professionals, but nothing changes for the child.' };
  },
});
