import { defineRule } from '../define.js';
import { hasConcern, isEducationAgency } from './relevance.js';

/** `gap.school-not-consulted`: a child of school or nursery age with no information from their school or nursery. */
export const gapSchoolNotConsulted = defineRule({
  id: 'gap.school-not-consulted',
  condition:
    'There is a concern about a child of school or nursery age and no information in the case comes from a school or nursery (no concern reported by one, no attendance figures, and the decision maker is not in education).',
  parameters: ['schoolOrNurseryAgeMonths'],
  evaluate: (ctx) => {
    if (!hasConcern(ctx)) return null;
    const p = ctx.param('schoolOrNurseryAgeMonths');
    if (ctx.view.ageMonths === null || ctx.view.ageMonths < p.value) return null;
    const m = ctx.facts.measures;
    const schoolMeasures = [m.schoolAttendancePct, m.latenessPct, m.unauthorisedAbsencePct, m.authorisedAbsencePct].some(
      (x) => x !== null && (x.value !== null || x.range !== undefined),
    );
    if (schoolMeasures || ctx.view.informationSources.some(isEducationAgency)) return null;
    return {
      evidence: [
        `Child aged about ${Math.floor(ctx.view.ageMonths / 12)}; information comes from: ${[...new Set(ctx.view.informationSources)].join(', ')}.`,
      ],
      sentence: 'The child’s school has not been asked about attendance, presentation and what the child says.',
      parameter: p,
    };
  },
});
