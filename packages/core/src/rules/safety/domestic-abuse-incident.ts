import { observationRuleLoweredWhen } from '../define.js';

/** Observations that show the child was caught up in the abuse. */
const involvingTheChild = [
  'emotional.witnesses-conflict',
  'safety.disclosure',
  'safety.injury-seen',
  'safety.injury-unexplained',
];

/**
 * `safety.domestic-abuse-incident`: fires when a worker records it. Its floor (a child in need) is
 * for chronic or serious domestic abuse involving the child; one incident, on one date, that a
 * child aged 5 or over did not witness and was not hurt in, supports early help on its own.
 */
export const safetyDomesticAbuseIncident = observationRuleLoweredWhen(
  'safety.domestic-abuse-incident',
  'A worker recorded a domestic abuse incident. For a child aged 5 or over, one incident on one date, with nothing recording the child witnessing it or being hurt, supports early help on its own rather than its usual floor.',
  (ctx, hit) => {
    const childInvolved = involvingTheChild.some((code) => (ctx.view.observations.get(code)?.length ?? 0) > 0);
    // A baby or young child at home is there whether or not anyone records it, and cannot say.
    const young = ctx.facts.child.unborn || (ctx.view.ageMonths ?? 0) < 60;
    return hit.occurrences === 1 && !childInvolved && !young
      ? { to: 'early-help', because: 'it is one incident, and nothing records the child witnessing it or being hurt' }
      : null;
  },
);
