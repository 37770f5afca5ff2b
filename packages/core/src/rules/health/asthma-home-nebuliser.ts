import { defineRule, observedHit } from '../define.js';

/** `health.asthma.home-nebuliser`: nebules prescribed for home use (a count in `measures.other`), or ticked by a worker. */
export const healthAsthmaHomeNebuliser = defineRule({
  id: 'health.asthma.home-nebuliser',
  condition:
    'Nebules were prescribed for a nebuliser at home (recorded as a measure), or a worker recorded home nebuliser use outside a hospital plan.',
  evaluate: (ctx) => {
    const evidence = ctx.facts.measures.other
      .filter((o) => /nebul/i.test(o.name) && (o.value ?? 0) > 0)
      .map((o) => `${o.value} ${o.unit ?? ''} ${o.name}${o.note ? ` (${o.note})` : ''}`.replace(/\s+/g, ' ').trim());
    const ticked = observedHit(ctx, 'health.asthma.home-nebuliser');
    if (ticked) evidence.push(...ticked.evidence);
    if (evidence.length === 0) return null;
    return {
      evidence,
      sentence:
        'A nebuliser is being used at home outside any hospital treatment plan; this is dangerous and can hide how ill the child is becoming.',
    };
  },
});
