import { defineRule } from '../define.js';
import { describeEntries } from '../view.js';

/** `engagement.disguised-compliance`: recorded by a worker, or any sign listed in the engagement record. */
export const engagementDisguisedCompliance = defineRule({
  id: 'engagement.disguised-compliance',
  condition:
    'A worker recorded it, or the engagement record lists signs that parents appear to co-operate while nothing changes for the child.',
  evaluate: (ctx) => {
    const listed = ctx.facts.parentalEngagement.disguisedComplianceSigns.map(
      (a) => `Sign (${a.date ?? 'date not recorded'}): ${a.detail}`,
    );
    // Entries of the engagement list are listed once; ticks anywhere else are added.
    const elsewhere = (ctx.view.observations.get('engagement.disguised-compliance') ?? []).filter(
      (e) => e.place !== 'disguised compliance',
    );
    const evidence = [...listed, ...describeEntries(elsewhere)];
    if (evidence.length === 0) return null;
    return { evidence, sentence: 'The parents appear to co-operate with professionals, but nothing changes for the child.' };
  },
});
