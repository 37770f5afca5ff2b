import { atLeast } from '../../assess/outcomes.js';
import { defineRule } from '../define.js';

const laterStages = ['icpc', 'review-conference'];

/** `action.strategy-discussion`: reasonable cause to suspect significant harm on a contact, or before a conference. */
export const actionStrategyDiscussion = defineRule({
  id: 'action.strategy-discussion',
  condition:
    'On a contact, or on the child in need or protection pathway before a conference has been held, the facts support reasonable cause to suspect significant harm.',
  evaluate: (ctx) => {
    const r = ctx.recommendation;
    if (!r || ctx.facts.pathway === 'escalation') return null;
    if (ctx.facts.pathway === 'cin-cp' && laterStages.includes(ctx.facts.decisionStage)) return null;
    if (!atLeast(r.threshold, 'significant-harm') || r.threshold === 'pre-birth') return null;
    return {
      evidence: [`Threshold supported: ${r.threshold}.`],
      sentence: 'Hold a strategy discussion with police and health to decide on a child protection (s47) enquiry.',
    };
  },
});
