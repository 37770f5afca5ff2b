import { defineRule } from '../define.js';
import { readMeasure } from '../view.js';

const SESSIONS_IN_10_WEEKS = 100; // two sessions a day, five days a week

/**
 * `education.unauthorised-absence`: 10 unauthorised sessions in a rolling 10 school weeks. A count
 * recorded in `measures.other` is used when present; otherwise the unauthorised-absence rate is
 * read as sessions per 100 (10 school weeks), which is the same line as a rate.
 */
export const educationUnauthorisedAbsence = defineRule({
  id: 'education.unauthorised-absence',
  condition:
    'Unauthorised absence reaches the penalty-notice line: 10 or more unauthorised sessions in a rolling 10 school weeks, or the same rate (10% of sessions) over a longer period.',
  parameters: ['unauthorisedSessionsIn10Weeks'],
  evaluate: (ctx) => {
    const p = ctx.param('unauthorisedSessionsIn10Weeks');
    const counted = ctx.facts.measures.other.find(
      (o) => /unauthori[sz]ed/i.test(o.name) && /session/i.test(o.name) && o.value !== null,
    );
    if (counted?.value != null) {
      if (counted.value < p.value) return null;
      return {
        evidence: [
          `${counted.value} unauthorised sessions recorded (${counted.name}); the line is ${p.value} in 10 school weeks.`,
        ],
        sentence: `The child has ${counted.value} unauthorised sessions of absence, at or above the ${p.value} at which a penalty notice must be considered.`,
        parameter: p,
      };
    }
    const rate = readMeasure(ctx.facts.measures.unauthorisedAbsencePct, 'high');
    if (!rate) return null;
    const perTenWeeks = (rate.value / 100) * SESSIONS_IN_10_WEEKS;
    if (perTenWeeks < p.value) return null;
    return {
      evidence: [
        `Unauthorised absence of ${rate.value}% of sessions${rate.note}, about ${Math.round(perTenWeeks)} sessions in every 10 school weeks; the line is ${p.value}.`,
      ],
      sentence: `Unauthorised absence of ${rate.value}% of sessions is about ${Math.round(perTenWeeks)} sessions in every 10 school weeks, above the ${p.value} at which a penalty notice must be considered.`,
      parameter: p,
    };
  },
});
