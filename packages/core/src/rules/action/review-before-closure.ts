import { defineRule } from '../define.js';
import { onProtectionPlanNow } from '../view.js';

/** `action.review-before-closure`: a re-referral soon after closure, or a step-down from a protection plan proposed. */
export const actionReviewBeforeClosure = defineRule({
  id: 'action.review-before-closure',
  condition:
    'The child is referred again soon after a plan closed, or the recommendation steps down from a current protection plan.',
  evaluate: (ctx) => {
    const reReferral = ctx.findings.get('history.re-referral-after-closure');
    const onPlan = onProtectionPlanNow(ctx.facts, ctx.view);
    const stepDown =
      ctx.facts.pathway === 'cin-cp' && onPlan && ctx.recommendation !== null && ctx.recommendation.value !== 'cp-plan';
    if (!reReferral && !stepDown) return null;
    return {
      evidence: [
        ...(reReferral?.evidence ?? []),
        ...(stepDown ? ['The child is on a protection plan and the recommendation is below a protection plan.'] : []),
      ],
      sentence:
        'Hold a multi-agency review of the whole history before the case is closed, stepped down or passed on, so that improvement is tested and not assumed.',
    };
  },
});
