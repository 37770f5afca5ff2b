import { defineRule } from '../define.js';

/** `action.urgent-clinical-review`: no review after emergency care, or repeated admissions. */
export const actionUrgentClinicalReview = defineRule({
  id: 'action.urgent-clinical-review',
  condition: 'The child had no review after emergency care, or has repeated hospital admissions.',
  parameters: ['followUpWorkingDays'],
  evaluate: (ctx) => {
    const because = ['health.emergency-care-no-follow-up', 'health.repeated-admissions'].filter((c) => ctx.findings.has(c));
    if (because.length === 0) return null;
    const p = ctx.param('followUpWorkingDays');
    return {
      evidence: because.map((c) => `Found: ${c}`),
      sentence: `Arrange an urgent clinical review of the child; after emergency care the child should be seen by their GP within ${p.value} working days.`,
      parameter: p,
    };
  },
});
