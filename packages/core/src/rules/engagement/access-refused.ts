import { defineRule, observedHit } from '../define.js';

/** `engagement.access-refused`: recorded by a worker, or any entry in the engagement record of access refused. */
export const engagementAccessRefused = defineRule({
  id: 'engagement.access-refused',
  condition:
    'A worker recorded that the child was not seen or access was refused, or the engagement record lists a refusal of access.',
  evaluate: (ctx) => {
    const ticked = observedHit(ctx, 'engagement.access-refused');
    const listed = ctx.facts.parentalEngagement.accessRefused.map(
      (a) => `Access refused (${a.date ?? 'date not recorded'}): ${a.detail}`,
    );
    const evidence = [...new Set([...(ticked?.evidence ?? []), ...listed])];
    if (evidence.length === 0) return null;
    return { evidence, sentence: 'Professionals have been kept from seeing the child or the home.' };
  },
});
