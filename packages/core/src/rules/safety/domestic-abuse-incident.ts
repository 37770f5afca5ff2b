import { defineRule, observedHit } from '../define.js';

/** Observations that show the child was caught up in the abuse. */
const involvingTheChild = [
  'emotional.witnesses-conflict',
  'safety.disclosure',
  'safety.injury-seen',
  'safety.injury-unexplained',
];

/**
 * `safety.domestic-abuse-incident`: fires when a worker records it. Its floor (a child in need) is
 * for chronic or serious domestic abuse involving the child; one incident, on one date, that the
 * child did not witness and was not hurt in, supports early help on its own.
 */
export const safetyDomesticAbuseIncident = defineRule({
  id: 'safety.domestic-abuse-incident',
  condition:
    'A worker recorded a domestic abuse incident. One incident on one date, with nothing recording the child witnessing it or being hurt, supports early help on its own rather than its usual floor.',
  evaluate: (ctx) => {
    const hit = observedHit(ctx, 'safety.domestic-abuse-incident');
    if (!hit) return null;
    const once = (hit.occurrences ?? 1) === 1;
    const childInvolved = involvingTheChild.some((code) => (ctx.view.observations.get(code)?.length ?? 0) > 0);
    if (!once || childInvolved) return hit;
    return {
      ...hit,
      lowerFloor: { to: 'early-help', because: 'it is one incident, and nothing records the child witnessing it or being hurt' },
    };
  },
});
