import type { RuleContext } from '../types.js';

/**
 * True once the case holds a concern about the child's care: some finding supports more than
 * universal services, or findings together raised the threshold above it (an injury seen once sets
 * no floor, but on a baby who is not yet mobile it is raised to significant harm).
 */
export function hasConcern(ctx: RuleContext): boolean {
  const threshold = ctx.recommendation?.threshold;
  if (threshold !== undefined && threshold !== 'universal') return true;
  for (const f of ctx.findings.values()) if (f.floor !== null && f.floor !== 'universal') return true;
  return false;
}

/** A consultation recorded as not done: false, or unknown unless its detail says it was not needed. */
export function notConsulted(c: { value: boolean | null; detail: string | null }): boolean {
  if (c.value === true) return false;
  if (c.value === null && /not (needed|required|relevant)|not applicable/i.test(c.detail ?? '')) return false;
  return true;
}

const health =
  /\b(gp|general practice|practice nurse|hospital|health|midwi|maternity|paediatric|nurse|nursing|camhs|nhs|pharmac|a&e|emergency department|clinic|dental|dentist|ambulance|surgery)\b/i;
const education = /\b(school|nursery|academy|college|education|early years|teacher|dsl|pre-school|preschool)\b/i;

/** True when an agency name is a health service (a school nurse is a health service; "school" alone is not). */
export const isHealthAgency = (name: string) =>
  health.test(name) && (!/^school\b/i.test(name.trim()) || /\bnurs(e|es|ing)\b/i.test(name));
/** True when an agency name is a school, nursery or education service. */
export const isEducationAgency = (name: string) => education.test(name);
