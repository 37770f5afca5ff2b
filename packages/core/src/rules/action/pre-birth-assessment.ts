import { defineRule } from '../define.js';

/** `action.pre-birth-assessment`: an unborn baby in a household with risk factors. */
export const actionPreBirthAssessment = defineRule({
  id: 'action.pre-birth-assessment',
  condition: 'The child is unborn and the household has risk factors (unborn.risk-factors).',
  evaluate: (ctx) => {
    const risk = ctx.findings.get('unborn.risk-factors');
    if (!risk) return null;
    return {
      evidence: risk.evidence,
      sentence: 'Refer the unborn baby to children’s social care for a pre-birth assessment under the unborn baby procedures.',
    };
  },
});
