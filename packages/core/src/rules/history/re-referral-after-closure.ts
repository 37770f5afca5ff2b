import { monthsBetween, parseLooseDate } from '../../dates/loose-date.js';
import { defineRule } from '../define.js';

const closure = /\b(closed|closure|stepped down|step-down|ended)\b/i;
const childService =
  /\b(early help|child in need|CIN|protection plan|children['’]s (social care|services)|social care|family support|team around the (family|child)|case)\b/i;

/**
 * `history.re-referral-after-closure`: a plan for this child, or a case or service for the child or
 * family, closed within the framework's months before the decision ("referred again soon after a
 * case was closed or stepped down"). An approximate end date counts from the middle of the period
 * it names.
 */
export const historyReReferralAfterClosure = defineRule({
  id: 'history.re-referral-after-closure',
  condition:
    'A child protection or child in need plan for this child, or a case or service for the child or family (early help, social care), was closed or stepped down within the framework’s months (12) before this contact; an approximate end date is read from the middle of the period it names.',
  parameters: ['reReferralMonths'],
  evaluate: (ctx) => {
    const p = ctx.param('reReferralMonths');
    const h = ctx.facts.history;
    const ended = [
      ...h.previousCPPlans
        .filter((x) => ctx.view.isSubject(x.child))
        .map((x) => ({ what: `${x.category} protection plan`, end: x.end })),
      ...h.previousCIN.filter((x) => ctx.view.isSubject(x.child)).map((x) => ({ what: 'child in need plan', end: x.end })),
      ...h.earlierReferrals.filter((x) => closure.test(x.detail)).map((x) => ({ what: `episode (${x.detail})`, end: x.date })),
      // Other history: only the closing of a service for the child or family (not, say, a parent's probation ending).
      ...h.otherRelevantHistory
        .filter((x) => closure.test(x.detail) && childService.test(x.detail))
        .map((x) => ({ what: `service (${x.detail})`, end: x.date })),
    ].flatMap(({ what, end }) => {
      const interval = parseLooseDate(end);
      if (!interval) return [];
      const mid = midpoint(interval.earliest, interval.latest);
      const months = monthsBetween(mid, ctx.asOf);
      return months >= 0 && months < p.value ? [{ what, end: end ?? '', months }] : [];
    });
    if (ended.length === 0) return null;
    return {
      evidence: ended.map((e) => `${e.what} ended ${e.end}, about ${e.months} months before this contact`),
      sentence: `The child is referred again within ${p.value} months of a plan ending: what happened at closure must be reviewed, not just the new worry.`,
      parameter: p,
    };
  },
});

function midpoint(a: string, b: string): string {
  const mid = (Date.parse(`${a}T00:00:00Z`) + Date.parse(`${b}T00:00:00Z`)) / 2;
  return new Date(mid).toISOString().slice(0, 10);
}
