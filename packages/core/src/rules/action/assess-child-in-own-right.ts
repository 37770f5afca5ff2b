import { defineRule } from '../define.js';

/** `action.assess-child-in-own-right`: another child in the household has a plan. */
export const actionAssessChildInOwnRight = defineRule({
  id: 'action.assess-child-in-own-right',
  condition: 'Another child in the household already has an open plan.',
  evaluate: (ctx) => {
    const sib = ctx.findings.get('history.sibling-open-case');
    if (!sib) return null;
    return {
      evidence: sib.evidence,
      sentence:
        'Assess this child in their own right, with their own plan, and consider giving them their own worker: their needs are not the same as their sibling’s.',
    };
  },
});
