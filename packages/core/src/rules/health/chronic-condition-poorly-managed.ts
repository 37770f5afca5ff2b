import { defineRule, observedHit } from '../define.js';

const signs = ['health.repeated-admissions', 'health.emergency-care-no-follow-up', 'health.was-not-brought-pattern'] as const;

/**
 * `health.chronic-condition-poorly-managed`: recorded by a worker, or inferred when a child with a
 * chronic condition has repeated admissions and is not brought for the reviews that follow them.
 */
export const healthChronicConditionPoorlyManaged = defineRule({
  id: 'health.chronic-condition-poorly-managed',
  condition:
    'A worker recorded it; or the child has a chronic condition, repeated hospital admissions, and either no review after emergency care or a pattern of not being brought to appointments.',
  evaluate: (ctx) => {
    const ticked = observedHit(ctx, 'health.chronic-condition-poorly-managed');
    const conditions = ctx.facts.child.chronicConditions.map((c) => c.condition);
    const inferred =
      conditions.length > 0 &&
      ctx.findings.has('health.repeated-admissions') &&
      (ctx.findings.has('health.emergency-care-no-follow-up') || ctx.findings.has('health.was-not-brought-pattern'));
    if (!ticked && !inferred) return null;
    const evidence = [...(ticked?.evidence ?? [])];
    if (inferred) {
      evidence.push(
        `Inferred from ${signs.filter((s) => ctx.findings.has(s)).join(', ')} for a child with ${conditions.join(', ')}.`,
      );
    }
    return {
      evidence,
      sentence: `The child's ${conditions[0] ?? 'long-term condition'} is poorly managed at home; poor management of a chronic illness can be neglect, not only a clinical matter.`,
    };
  },
});
