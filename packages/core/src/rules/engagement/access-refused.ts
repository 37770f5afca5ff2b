import { defineRule } from '../define.js';
import { describeEntries } from '../view.js';

/** `engagement.access-refused`: recorded by a worker, or any entry in the engagement record of access refused. */
export const engagementAccessRefused = defineRule({
  id: 'engagement.access-refused',
  condition:
    'A worker recorded that the child was not seen or access was refused, or the engagement record lists a refusal of access.',
  evaluate: (ctx) => {
    const listed = ctx.facts.parentalEngagement.accessRefused.map(
      (a) => `Access refused (${a.date ?? 'date not recorded'}): ${a.detail}`,
    );
    // Entries of the engagement list are listed once; ticks anywhere else are added.
    const elsewhere = (ctx.view.observations.get('engagement.access-refused') ?? []).filter((e) => e.place !== 'access refused');
    const evidence = [...listed, ...describeEntries(elsewhere)];
    if (evidence.length === 0) return null;
    return { evidence, sentence: 'Professionals have been kept from seeing the child or the home.' };
  },
});
