import { defineRule } from '../define.js';
import { readMeasure } from '../view.js';

/** `gap.discharge-plan-missing`: a recent admission, or discharge without a plan, and no discharge plan on record. */
export const gapDischargePlanMissing = defineRule({
  id: 'gap.discharge-plan-missing',
  condition:
    'The child was discharged without a plan, or has been admitted to hospital in the last 12 months and no discharge plan or safeguarding information from the hospital is on record.',
  evaluate: (ctx) => {
    const admissions = readMeasure(ctx.facts.measures.hospitalAdmissions12m, 'high');
    const discharged = ctx.findings.get('health.discharged-without-plan');
    if (!discharged && (!admissions || admissions.value < 1)) return null;
    return {
      evidence: [
        ...(discharged?.evidence ?? []),
        ...(admissions && admissions.value >= 1
          ? [`${admissions.value} admissions in 12 months; no discharge plan on record.`]
          : []),
      ],
      sentence: 'No discharge plan or safeguarding information has come from the hospital after the child’s admissions.',
    };
  },
});
