import { defineRule } from '../define.js';

const unchecked = ['unknown'] as const;

/** `household.new-partner`: a partner in the household whose circumstances have not been checked. */
export const householdNewPartner = defineRule({
  id: 'household.new-partner',
  condition:
    'Someone described as a partner (including the expected father of an unborn baby) is part of the household and their circumstances are unknown (not checked).',
  evaluate: (ctx) => {
    const partners = ctx.facts.household.filter((m) => {
      if (!/partner|boyfriend|girlfriend/i.test(m.role)) return false;
      const f = m.factors;
      return [f.substanceMisuse, f.mentalHealth, f.domesticAbuse, f.criminality].some((x) =>
        (unchecked as readonly string[]).includes(x.status),
      );
    });
    if (partners.length === 0) return null;
    return {
      evidence: partners.map((m) => `${m.role} (${m.relationshipToChild}): circumstances not checked`),
      sentence: 'A new partner lives in the household and has not been checked or assessed.',
    };
  },
});
