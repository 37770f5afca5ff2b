import { defineRule, observedHit } from '../define.js';

/** `household.housing-instability`: unsuitable accommodation recorded, or two or more moves between authorities. */
export const householdHousingInstability = defineRule({
  id: 'household.housing-instability',
  condition: 'Unsuitable accommodation is recorded, or the family has moved between local authorities two or more times.',
  evaluate: (ctx) => {
    const moves = ctx.facts.history.movesBetweenLocalAuthorities;
    const housing = observedHit(ctx, 'home.unsuitable-accommodation');
    if (!housing && moves.length < 2) return null;
    return {
      evidence: [
        ...(housing?.evidence ?? []),
        ...(moves.length >= 2 ? moves.map((m) => `Move (${m.date ?? 'date not recorded'}): ${m.detail}`) : []),
      ],
      sentence: 'The family’s housing is unstable (unsuitable accommodation or frequent moves).',
    };
  },
});
