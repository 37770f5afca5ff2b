import { defineRule } from '../define.js';

/**
 * A plan recorded for a parent in their own childhood ("mother (when she was a child)"): it is the
 * parent's history, weighed as such, not a plan for this child or a brother or sister.
 */
function forAParent(child: string): boolean {
  const head = child.split('(')[0] ?? child;
  return (
    /\b(mother|father|mum|dad|parent|carer|partner|step-?(mother|father|parent)|grand(mother|father|parent))\b/i.test(head) &&
    !/\b(sibling|brother|sister|baby|child|son|daughter|twin)\b/i.test(head)
  );
}

/** `history.repeat-cp-plans-neglect`: two or more neglect plans for the child or siblings. */
export const historyRepeatCpPlansNeglect = defineRule({
  id: 'history.repeat-cp-plans-neglect',
  condition:
    'Two or more child protection plans for neglect are recorded for the child or their brothers and sisters (a plan a parent had in their own childhood is not counted).',
  evaluate: (ctx) => {
    const plans = ctx.facts.history.previousCPPlans.filter((p) => /neglect|\bNEG\b/i.test(p.category) && !forAParent(p.child));
    if (plans.length < 2) return null;
    return {
      evidence: plans.map((p) => `${p.child}: ${p.category} plan, ${p.start ?? '?'} to ${p.end ?? 'now'}`),
      sentence: `The family has had ${plans.length} child protection plans for neglect: the pattern is long-standing and earlier improvement did not last.`,
    };
  },
});
