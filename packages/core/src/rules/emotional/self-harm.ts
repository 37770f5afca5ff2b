import type { CaseFacts } from '../../schema/case.js';
import { observationRuleLoweredWhen } from '../define.js';

const camhs = /\b(camhs|child and adolescent mental health)\b/i;

/** The child is already working with child and adolescent mental health services. */
function withCamhs(facts: CaseFacts): boolean {
  return (
    facts.professionalContext.agenciesInvolved.some((a) => camhs.test(a)) ||
    facts.currentConcerns.some((c) => camhs.test(c.sourceAgency) || camhs.test(c.description))
  );
}

/**
 * `emotional.self-harm`: fires when a worker records it. Where the child already works with CAMHS,
 * the specialist help self-harm calls for is in place, so on its own it supports single-agency help.
 */
export const emotionalSelfHarm = observationRuleLoweredWhen(
  'emotional.self-harm',
  'A worker recorded self-harm or suicidal thoughts. If the child already works with CAMHS, on its own it supports early help from one agency rather than its usual floor.',
  (ctx) =>
    withCamhs(ctx.facts)
      ? { to: 'early-help', because: 'the child already works with child and adolescent mental health services (CAMHS)' }
      : null,
);
