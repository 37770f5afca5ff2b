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

/**
 * When the absence is explained by the child's health: the record shows no unauthorised absence and
 * some authorised absence, the child has a recorded long-term condition or disability, and the child
 * is brought to health appointments (no was-not-brought pattern). Then a line of evidence saying so;
 * null otherwise. Illness-related absence alone is not enough: a parent calling a child in sick can
 * hide neglect (Hakeem), which is why the condition and the kept appointments are required too.
 */
function healthExplainsAbsence(ctx: RuleContext): string | null {
  const unauthorised = readMeasure(ctx.facts.measures.unauthorisedAbsencePct, 'high');
  const authorised = readMeasure(ctx.facts.measures.authorisedAbsencePct, 'low');
  if (unauthorised === null || unauthorised.value !== 0 || authorised === null || authorised.value <= 0) return null;
  const { chronicConditions, sendOrDisability } = ctx.facts.child;
  if (chronicConditions.length === 0 && sendOrDisability.length === 0) return null;
  if (ctx.findings.has('health.was-not-brought-pattern')) return null;
  const condition = [...chronicConditions.map((c) => c.condition), ...sendOrDisability].join(', ');
  return `All of the absence is authorised (${authorised.value}% of sessions), none is unauthorised, and the child has a recorded condition (${condition}) and is brought to health appointments.`;
}

/** An absence finding, lowered to no floor of its own when the child's health explains the absence. */
export function unlessHealthExplains(ctx: RuleContext, hit: RuleHit | null): RuleHit | null {
  const explained = hit ? healthExplainsAbsence(ctx) : null;
  if (!hit || !explained) return hit;
  return {
    ...hit,
    evidence: [...hit.evidence, explained],
    lowerFloor: { to: null, because: 'the absence is authorised and explained by the child’s health' },
  };
}
