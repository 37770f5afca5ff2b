import { defineRule } from '../define.js';
import { hasConcern } from './relevance.js';

const asked = ['substanceMisuse', 'mentalHealth', 'domesticAbuse', 'learningDisability'] as const;
const words: Record<(typeof asked)[number], string> = {
  substanceMisuse: 'drugs or alcohol',
  mentalHealth: 'mental health',
  domesticAbuse: 'domestic abuse',
  learningDisability: 'learning disability',
};

/** `gap.parental-factors-unknown`: a parent or carer living with the child has unknown drug, alcohol, mental health, domestic abuse or learning disability status. */
export const gapParentalFactorsUnknown = defineRule({
  id: 'gap.parental-factors-unknown',
  condition:
    'There is a concern and, for a parent or carer who lives with the child, drug or alcohol use, mental health, domestic abuse or learning disability is recorded as unknown.',
  evaluate: (ctx) => {
    if (!hasConcern(ctx)) return null;
    const evidence = ctx.view.carers
      .filter((m) => m.livesWithChild !== false)
      .flatMap((m) => {
        const unknown = asked.filter((k) => m.factors[k].status === 'unknown').map((k) => words[k]);
        return unknown.length > 0 ? [`${m.role}: not known (${unknown.join(', ')})`] : [];
      });
    if (evidence.length === 0) return null;
    return {
      evidence,
      sentence:
        'It is not known whether the parents have difficulties with drugs or alcohol, mental health, domestic abuse or learning disability; the referrer should be asked.',
    };
  },
});
