import { defineRule } from '../define.js';
import type { CaseFacts } from '../../schema/case.js';
import { readMeasure } from '../view.js';

/**
 * True when a note on the case says a discharge plan or summary was made, sent or received (a
 * sentence naming one without "no", "not", "never" or "without"). Free text is the only place the
 * shared case format can hold it.
 */
export function dischargePlanOnRecord(facts: CaseFacts): boolean {
  const texts = [
    ...facts.professionalContext.notes,
    ...facts.parentalEngagement.otherFacts.map((e) => e.detail),
    ...facts.parentalEngagement.appointmentsAttended.map((e) => e.detail),
    ...facts.child.chronicConditions.flatMap((c) => c.managementFacts),
    ...facts.currentConcerns.map((c) => c.description),
  ];
  const mentions = /discharge (plan|summary|letter)/i;
  const negated = /\b(no|not|never|without|none)\b/i;
  return texts.some(
    (text) =>
      mentions.test(text) && text.split(/(?<=[.;])\s+/).some((sentence) => mentions.test(sentence) && !negated.test(sentence)),
  );
}

/** `gap.discharge-plan-missing`: a recent admission, or discharge without a plan, and no discharge plan on record. */
export const gapDischargePlanMissing = defineRule({
  id: 'gap.discharge-plan-missing',
  condition:
    'The child was discharged without a plan, or has been admitted to hospital in the last 12 months and no discharge plan or safeguarding information from the hospital is on record.',
  evaluate: (ctx) => {
    const admissions = readMeasure(ctx.facts.measures.hospitalAdmissions12m, 'high');
    const discharged = ctx.findings.get('health.discharged-without-plan');
    if (!discharged && (!admissions || admissions.value < 1)) return null;
    if (!discharged && dischargePlanOnRecord(ctx.facts)) return null;
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
