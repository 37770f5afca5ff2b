import type { FactorStatus, HouseholdFactors, HouseholdMember } from '../schema/case.js';
import type { RuleContext, RuleHit } from './types.js';

type FactorKey = Exclude<keyof HouseholdFactors, 'previousChildrenRemoved'>;

/** Members of the household (adults and carers by default) whose factor has one of the statuses. */
export function membersWith(
  ctx: RuleContext,
  key: FactorKey,
  statuses: readonly FactorStatus[],
  who: 'carers' | 'everyone' = 'carers',
): HouseholdMember[] {
  const pool = who === 'carers' ? ctx.view.carers : ctx.facts.household;
  return pool.filter((m) => statuses.includes(m.factors[key].status));
}

/** Evidence lines naming each member's role, the status and its detail. */
export function factorEvidence(members: readonly HouseholdMember[], key: FactorKey): string[] {
  return members.map((m) => {
    const f = m.factors[key];
    return `${m.role}: ${f.status}${f.detail ? ` (${f.detail})` : ''}`;
  });
}

/** A rule hit for household members with a factor status, or null when none. */
export function factorHit(
  ctx: RuleContext,
  key: FactorKey,
  statuses: readonly FactorStatus[],
  sentence: (roles: string) => string,
  who: 'carers' | 'everyone' = 'carers',
): RuleHit | null {
  const members = membersWith(ctx, key, statuses, who);
  if (members.length === 0) return null;
  const roles = [...new Set(members.map((m) => m.role))].join(' and ');
  return { evidence: factorEvidence(members, key), sentence: sentence(roles) };
}
