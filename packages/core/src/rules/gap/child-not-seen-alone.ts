import { addDays, workingDaysBetween } from '../../calendar/index.js';
import type { ParameterReading } from '../../framework/parameters.js';
import { defineRule } from '../define.js';
import { onProtectionPlanNow, readMeasure } from '../view.js';

/** `gap.child-not-seen-alone`: the allocated worker has not seen the child alone within the limit for the plan type. */
export const gapChildNotSeenAlone = defineRule({
  id: 'gap.child-not-seen-alone',
  condition:
    'Days since the allocated worker saw the child alone exceed the limit: 10 working days for a child on a protection plan, 42 days otherwise.',
  parameters: ['cinSeenAloneDaysMax', 'cpSeenAloneWorkingDaysMax'],
  evaluate: (ctx) => {
    const reading = readMeasure(ctx.facts.measures.daysSinceSeenAloneByAllocatedWorker, 'high');
    if (!reading) return null;
    const onCpPlan = onProtectionPlanNow(ctx.facts, ctx.view);
    if (onCpPlan) {
      const p = ctx.param('cpSeenAloneWorkingDaysMax');
      const working = workingDaysOr(ctx.asOf, reading.value);
      if (working <= p.value) return null;
      return hit(reading.value, reading.note, `${p.value} working days on a protection plan`, p);
    }
    const p = ctx.param('cinSeenAloneDaysMax');
    if (reading.value <= p.value) return null;
    return hit(reading.value, reading.note, `${p.value} days`, p);
  },
});

function workingDaysOr(asOf: string, days: number): number {
  try {
    return workingDaysBetween(addDays(asOf, -days), asOf, 0);
  } catch {
    return Math.floor((days * 5) / 7);
  }
}

function hit(days: number, note: string, limit: string, parameter: ParameterReading) {
  return {
    evidence: [`Not seen alone by the allocated worker for ${days} days${note}; the limit is ${limit}.`],
    sentence: `The child has not been seen alone by their social worker for up to ${days} days, longer than the ${limit} allowed.`,
    parameter,
  };
}
