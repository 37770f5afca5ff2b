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
  const sorted = [...parameter.values].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const inForce = sorted.filter((v) => v.from <= asOf).at(-1);
  const chosen = inForce ?? sorted[0];
  if (!chosen) throw new Error(`Parameter "${name}" has no values`);
  return { name, value: chosen.value, from: chosen.from, citation: chosen.citation, retrospective: !inForce };
}
