import { defineRule } from '../define.js';

/** `parent.postnatal-depression`: a parent's current mental ill health is recorded as postnatal, perinatal or maternal depression. */
export const parentPostnatalDepression = defineRule({
  id: 'parent.postnatal-depression',
  condition: 'A parent’s current mental health detail names postnatal, perinatal or maternal depression.',
  evaluate: (ctx) => {
    const members = ctx.view.carers.filter(
      (m) =>
        m.factors.mentalHealth.status === 'current' &&
        /post-?natal|perinatal|maternal depression/i.test(m.factors.mentalHealth.detail ?? ''),
    );
    if (members.length === 0) return null;
    return {
      evidence: members.map((m) => `${m.role}: ${m.factors.mentalHealth.detail}`),
      sentence: 'A parent has postnatal depression, which can affect how a baby is cared for.',
    };
  },
});
