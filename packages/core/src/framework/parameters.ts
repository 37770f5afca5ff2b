import type { Citation, Framework } from './schema.js';

export interface ParameterReading {
  name: string;
  value: number;
  from: string;
  citation: Citation;
  /** True when the decision date is earlier than every dated value, so today's earliest standard was applied. */
  retrospective: boolean;
}

/**
 * The value of a framework parameter in force on `asOf` (YYYY-MM-DD): the latest value dated on or
 * before it, or, when the decision date precedes them all, the earliest value marked retrospective.
 */
export function parameterAt(framework: Framework, name: string, asOf: string): ParameterReading {
  const parameter = framework.parameters[name];
  if (!parameter) throw new Error(`Framework "${framework.id}" has no parameter "${name}"`);
  let inForce: (typeof parameter.values)[number] | undefined;
  let earliest: (typeof parameter.values)[number] | undefined;
  for (const v of parameter.values) {
    if (v.from <= asOf && (!inForce || v.from > inForce.from)) inForce = v;
    if (!earliest || v.from < earliest.from) earliest = v;
  }
  const chosen = inForce ?? earliest;
  if (!chosen) throw new Error(`Parameter "${name}" has no values`);
  return { name, value: chosen.value, from: chosen.from, citation: chosen.citation, retrospective: !inForce };
}
