import { safetyScalingAtOrBelowLine } from '../../assess/recommend.js';
import { defineRule } from '../define.js';

/** `action.immediate-safety-plan`: professionals' safety scaling at or below the framework's line. */
export const actionImmediateSafetyPlan = defineRule({
  id: 'action.immediate-safety-plan',
  condition: 'Professionals’ safety scaling (the lowest score recorded) is at or below the framework’s line (2 out of 10).',
  parameters: ['safetyScalingImmediateMax'],
  evaluate: (ctx) => {
    const safety = safetyScalingAtOrBelowLine(ctx.facts, ctx.framework, ctx.asOf);
    if (!safety) return null;
    return {
      evidence: [`Safety scaled at ${safety.value} out of 10; the line is ${safety.line}.`],
      sentence:
        'Make an immediate safety plan and consider removal the same day; at the least, someone must see the child today.',
      parameter: ctx.param('safetyScalingImmediateMax'),
    };
  },
});
