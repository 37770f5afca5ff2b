import { interimProtectionCitation, interimProtectionNeeded, safetyScalingAtOrBelowLine } from '../../assess/recommend.js';
import { defineRule } from '../define.js';

/**
 * `action.immediate-safety-plan`: professionals' safety scaling at or below the framework's line;
 * or, at the end of a section 47 enquiry that found reasonable cause for a conference, the interim
 * protection that must be agreed until the conference meets.
 */
export const actionImmediateSafetyPlan = defineRule({
  id: 'action.immediate-safety-plan',
  condition:
    'Professionals’ safety scaling (the lowest score recorded) is at or below the framework’s line (2 out of 10); or a section 47 enquiry has ended with reasonable cause to suspect significant harm, so interim protection is needed until the conference.',
  parameters: ['safetyScalingImmediateMax'],
  extraCitations: [interimProtectionCitation],
  evaluate: (ctx) => {
    const safety = safetyScalingAtOrBelowLine(ctx.facts, ctx.framework, ctx.asOf);
    if (!safety) {
      if (!ctx.recommendation || !interimProtectionNeeded(ctx.facts, ctx.recommendation.threshold)) return null;
      return {
        evidence: [
          'The section 47 enquiry has ended with reasonable cause to suspect significant harm, and the conference has not met yet.',
        ],
        sentence:
          'Agree interim protection today, until the child protection conference meets: where the child stays, who may see them and how, and whether the child can stay at home safely.',
      };
    }
    return {
      evidence: [`Safety scaled at ${safety.value} out of 10; the line is ${safety.line}.`],
      sentence:
        'Make an immediate safety plan and consider removal the same day; at the least, someone must see the child today.',
      parameter: ctx.param('safetyScalingImmediateMax'),
    };
  },
});
