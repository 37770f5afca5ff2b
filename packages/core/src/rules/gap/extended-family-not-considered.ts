import { defineRule } from '../define.js';
import { hasConcern, notConsulted } from './relevance.js';

/** `gap.extended-family-not-considered`: extended family and community support have not been considered. */
export const gapExtendedFamilyNotConsidered = defineRule({
  id: 'gap.extended-family-not-considered',
  condition:
    'There is a concern about the child and extended family have not been considered (recorded as no, or unknown without saying it was not needed).',
  evaluate: (ctx) => {
    const c = ctx.facts.professionalContext.extendedFamilyConsulted;
    if (!hasConcern(ctx) || !notConsulted(c)) return null;
    return {
      evidence: [`Extended family considered: ${c.value === false ? 'no' : 'not recorded'}${c.detail ? ` (${c.detail})` : ''}`],
      sentence: 'The child’s wider family, who may be able to help or know more, have not been considered.',
    };
  },
});
