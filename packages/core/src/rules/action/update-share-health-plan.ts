import { defineRule } from '../define.js';

/** `action.update-share-health-plan`: no current asthma action plan. */
export const actionUpdateShareHealthPlan = defineRule({
  id: 'action.update-share-health-plan',
  condition: 'The child has no current asthma action plan shared with school (health.asthma.no-current-action-plan).',
  evaluate: (ctx) => {
    const f = ctx.findings.get('health.asthma.no-current-action-plan');
    if (!f) return null;
    return {
      evidence: f.evidence,
      sentence: 'Update the child’s asthma action plan and share it with the school and school nurse.',
    };
  },
});
