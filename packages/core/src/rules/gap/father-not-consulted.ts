import { defineRule } from '../define.js';
import { hasConcern, notConsulted } from './relevance.js';

/** `gap.father-not-consulted`: the child's father has not been asked or informed. */
export const gapFatherNotConsulted = defineRule({
  id: 'gap.father-not-consulted',
  condition:
    'There is a concern about the child and the father has not been consulted (recorded as no, or unknown without saying it was not needed), whether or not he lives with the child, including a father in prison.',
  evaluate: (ctx) => {
    const c = ctx.facts.professionalContext.fatherConsulted;
    if (!hasConcern(ctx) || !notConsulted(c)) return null;
    return {
      evidence: [`Father consulted: ${c.value === false ? 'no' : 'not recorded'}${c.detail ? ` (${c.detail})` : ''}`],
      sentence:
        'The child’s father has not been asked or told about the concerns, even if he does not live with the child or is in prison.',
    };
  },
});
