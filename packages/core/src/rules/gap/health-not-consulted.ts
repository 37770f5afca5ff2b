import { defineRule } from '../define.js';
import { hasConcern, isHealthAgency } from './relevance.js';

/** `gap.health-not-consulted`: no information in the case comes from a health service. */
export const gapHealthNotConsulted = defineRule({
  id: 'gap.health-not-consulted',
  condition:
    'There is a concern about the child and no information in the case comes from a health service (no concern reported by one, no health measures, and the decision maker is not in health).',
  evaluate: (ctx) => {
    if (!hasConcern(ctx)) return null;
    const m = ctx.facts.measures;
    const healthMeasures = [
      m.healthAppointmentsAttendedPct,
      m.relieverInhalers6m,
      m.preventerInhalers6m,
      m.aeAttendances12m,
      m.hospitalAdmissions12m,
    ].some((x) => x !== null && (x.value !== null || x.range !== undefined));
    if (healthMeasures || ctx.view.informationSources.some(isHealthAgency)) return null;
    return {
      evidence: [
        `Information in this case comes from: ${[...new Set(ctx.view.informationSources)].join(', ') || 'no agency recorded'}.`,
      ],
      sentence: 'The GP, health visitor or school nurse has not been asked what they know about the child’s health.',
    };
  },
});
