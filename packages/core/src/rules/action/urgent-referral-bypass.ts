import { escalationStatus } from '../../assess/escalation.js';
import { defineRule } from '../define.js';

/** `action.urgent-referral-bypass`: the child is at immediate risk while a disagreement is open. */
export const actionUrgentReferralBypass = defineRule({
  id: 'action.urgent-referral-bypass',
  condition:
    'A disagreement is open and something recorded today leaves the child at immediate risk (immediate danger, an incapacitated carer, a disclosure or an unexplained injury).',
  evaluate: (ctx) => {
    if (!ctx.facts.disagreement) return null;
    const s = escalationStatus(ctx.facts, ctx.framework, ctx.asOf);
    if (s.immediateRisk.length === 0) return null;
    return {
      evidence: s.immediateRisk.map((a) => `${a.date}: ${a.text} (${a.codes.join(', ')})`),
      sentence:
        'Do not let the escalation delay action: make an urgent referral to children’s social care or call the police now, and carry on escalating at the same time.',
    };
  },
});
