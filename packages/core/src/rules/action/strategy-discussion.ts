import { atLeast } from '../../assess/outcomes.js';
import { defineRule } from '../define.js';

const laterStages = ['icpc', 'review-conference'];

/**
 * `action.strategy-discussion`: reasonable cause to suspect significant harm on a contact, before a
 * conference, or behind a disagreement (whenever there is such cause there should be one: Working
 * Together, facts.md 1.3).
 */
export const actionStrategyDiscussion = defineRule({
  id: 'action.strategy-discussion',
  condition:
    'On a contact, in a disagreement, or on the child in need or protection pathway before a conference has been held, the facts support reasonable cause to suspect significant harm.',
  evaluate: (ctx) => {
    const r = ctx.recommendation;
    if (!r) return null;
    if (ctx.facts.pathway === 'cin-cp' && laterStages.includes(ctx.facts.decisionStage)) return null;
    if (!atLeast(r.threshold, 'significant-harm') || r.threshold === 'pre-birth') return null;
    return {
      evidence: [`Threshold supported: ${r.threshold}.`],
      sentence:
        ctx.facts.pathway === 'escalation'
          ? 'The facts give reasonable cause to suspect significant harm: ask children’s social care for a strategy discussion with police and health to decide on a child protection enquiry (section 47), whatever stage the disagreement is at.'
          : 'Hold a strategy discussion with police and health to decide on a child protection enquiry (section 47).',
    };
  },
});
