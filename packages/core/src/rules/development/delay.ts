import { defineRule, observedHit } from '../define.js';

/** `development.delay`: recorded by a worker, or named in the child's SEND or disability needs. */
export const developmentDelay = defineRule({
  id: 'development.delay',
  condition:
    'A worker recorded developmental delay, or the child’s recorded special educational needs or disability name developmental delay or developmental needs.',
  evaluate: (ctx) => {
    const named = ctx.facts.child.sendOrDisability.filter((s) => /delay|developmental/i.test(s));
    const ticked = observedHit(ctx, 'development.delay');
    if (named.length === 0 && !ticked) return null;
    return {
      evidence: [...named.map((s) => `Recorded need: ${s}`), ...(ticked?.evidence ?? [])],
      sentence:
        'The child has developmental delay or developmental needs, which make them more dependent on adults to meet their needs.',
    };
  },
});
