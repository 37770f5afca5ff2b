import { defineRule } from '../define.js';
import { readMeasure } from '../view.js';

/**
 * `health.was-not-brought-pattern`: the share of appointments the child was brought to is below the
 * framework's share. The recorded percentage is used; when there is none, the share is counted from
 * the appointments kept and missed, provided there are enough of them to be a pattern.
 */
export const healthWasNotBroughtPattern = defineRule({
  id: 'health.was-not-brought-pattern',
  condition:
    'The child was brought to fewer than the framework’s share (75%) of health appointments: from the recorded percentage, or counted from appointments kept and missed when there are at least 4.',
  parameters: ['appointmentsAttendedShareMin', 'appointmentsMinCount'],
  evaluate: (ctx) => {
    const p = ctx.param('appointmentsAttendedShareMin');
    const recorded = readMeasure(ctx.facts.measures.healthAppointmentsAttendedPct, 'low');
    if (recorded) {
      const share = recorded.value / 100;
      if (share >= p.value) return null;
      return {
        evidence: [
          `Brought to ${recorded.value}% of health appointments${recorded.note}; the framework expects at least ${p.value * 100}%.`,
        ],
        sentence: `The child was brought to only ${recorded.value}% of health appointments: a pattern of not being brought, not a one-off.`,
        parameter: p,
      };
    }
    const pe = ctx.facts.parentalEngagement;
    const kept = pe.appointmentsAttended.length;
    const missed = pe.appointmentsMissed.length;
    const min = ctx.param('appointmentsMinCount');
    if (kept + missed < min.value) return null;
    const share = kept / (kept + missed);
    if (share >= p.value) return null;
    return {
      evidence: [
        `Brought to ${kept} of ${kept + missed} appointments on record (${Math.round(share * 100)}%); the framework expects at least ${p.value * 100}%.`,
        ...pe.appointmentsMissed.map((m) => `Was not brought (${m.date ?? 'date not recorded'}): ${m.detail}`),
      ],
      sentence: `The child was brought to ${kept} of ${kept + missed} appointments on record: a pattern of not being brought.`,
      parameter: p,
    };
  },
});
