import type { Measure } from '../schema/case.js';
import type { RuleContext, RuleHit } from './types.js';
import { readMeasure } from './view.js';

const pct = (n: number) => `${Math.round(n * 1000) / 10}%`;

/** A percentage measure compared with a share parameter: fires when the measure is at or below (or above) it. */
export function percentAgainstShare(
  ctx: RuleContext,
  measure: Measure | null,
  paramName: string,
  direction: 'at-or-below' | 'above',
  describe: (valuePct: string, limitPct: string) => string,
): RuleHit | null {
  const reading = readMeasure(measure, direction === 'at-or-below' ? 'low' : 'high');
  if (!reading) return null;
  const p = ctx.param(paramName);
  const share = reading.value / 100;
  const fires = direction === 'at-or-below' ? share <= p.value : share > p.value;
  if (!fires) return null;
  const period = measure?.period ? ` over ${measure.period}` : '';
  return {
    evidence: [`${pct(share)}${period}${reading.note}; the framework’s limit is ${pct(p.value)}.`],
    sentence: describe(pct(share), pct(p.value)),
    parameter: p,
  };
}

/** A count measure compared with a minimum: fires when the count reaches it. */
export function countAtLeast(
  ctx: RuleContext,
  measure: Measure | null,
  paramName: string,
  describe: (count: number, min: number) => string,
): RuleHit | null {
  const reading = readMeasure(measure, 'high');
  if (!reading) return null;
  const p = ctx.param(paramName);
  if (reading.value < p.value) return null;
  const period = measure?.period ? ` (${measure.period})` : '';
  return {
    evidence: [`${reading.value}${period}${reading.note}; a pattern starts at ${p.value}.`],
    sentence: describe(reading.value, p.value),
    parameter: p,
  };
}
