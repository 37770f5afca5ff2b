/**
 * The date a case is assessed as at. A case normally gives it (`asOf`); a case drawn from a source
 * that dates nothing exactly may give none (scenario README, convention 4), and is then assessed as
 * at the latest date recorded anywhere in it: everything in the case was known by then, and nothing
 * later is assumed. The caller says so wherever the date is shown.
 */
import { parseLooseDate } from '../dates/loose-date.js';
import type { CaseFacts } from '../schema/case.js';
import { resolveAsOf } from './assess.js';

export interface DecisionDate {
  /** YYYY-MM-DD. */
  asOf: string;
  /** True when the case gave no date and this one was read from the latest date recorded in it. */
  inferred: boolean;
}

/** Every date the case records, as written. */
function datesIn(facts: CaseFacts): (string | null)[] {
  const { history: h, parentalEngagement: e, disagreement: d } = facts;
  return [
    ...facts.currentConcerns.map((c) => c.date),
    ...facts.childsVoice.map((v) => v.date),
    ...[
      ...e.appointmentsAttended,
      ...e.appointmentsMissed,
      ...e.accessRefused,
      ...e.disguisedComplianceSigns,
      ...e.otherFacts,
    ].map((x) => x.date),
    ...h.previousCPPlans.flatMap((p) => [p.start, p.end]),
    ...h.previousCIN.flatMap((p) => [p.start, p.end]),
    ...[...h.referralsLast12Months, ...h.earlierReferrals, ...h.movesBetweenLocalAuthorities, ...h.otherRelevantHistory].map(
      (x) => x.date,
    ),
    ...facts.professionalContext.previousDecisions.map((x) => x.date),
    ...facts.child.chronicConditions.map((c) => c.actionPlan.lastReviewed),
    ...(d ? [d.decisionDate, ...d.stagesTried.map((s) => s.date)] : []),
  ];
}

/**
 * The case's own decision date, or the latest date recorded in it when it has none; null when the
 * case records no date at all (then a date must be given).
 *
 * @example decisionDateOf(facts); // { asOf: '2017-10-31', inferred: false }
 */
export function decisionDateOf(facts: CaseFacts): DecisionDate | null {
  if (facts.asOf) return { asOf: resolveAsOf(facts.asOf), inferred: false };
  let latest: string | null = null;
  for (const text of datesIn(facts)) {
    const interval = parseLooseDate(text);
    if (interval && (latest === null || interval.latest > latest)) latest = interval.latest;
  }
  return latest === null ? null : { asOf: latest, inferred: true };
}
