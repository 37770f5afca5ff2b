import { defineRule, observedHit } from '../define.js';

/** `development.non-verbal`: recorded by a worker, or named in the child's SEND or disability needs. */
export const developmentNonVerbal = defineRule({
  id: 'development.non-verbal',
  condition: 'A worker recorded that the child is non-verbal or pre-verbal, or the child’s recorded needs say so.',
  evaluate: (ctx) => {
    const named = ctx.facts.child.sendOrDisability.filter((s) => /non-?verbal|pre-?verbal/i.test(s));
    const ticked = observedHit(ctx, 'development.non-verbal');
    if (named.length === 0 && !ticked) return null;
    return {
      evidence: [...named.map((s) => `Recorded need: ${s}`), ...(ticked?.evidence ?? [])],
      sentence:
        'The child cannot tell professionals about their life in words, so their daily life must be observed and understood in other ways.',
    };
  },
});
