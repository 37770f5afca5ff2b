import { escalationStatus } from '../../assess/escalation.js';
import { defineRule } from '../define.js';

/** `action.escalate-next-stage`: the last stage's deadline has passed, or its answer kept the decision. */
export const actionEscalateNextStage = defineRule({
  id: 'action.escalate-next-stage',
  condition:
    'A disagreement is open and the last stage tried has either passed its deadline without being resolved or been answered with the decision kept.',
  evaluate: (ctx) => {
    if (!ctx.facts.disagreement) return null;
    const s = escalationStatus(ctx.facts, ctx.framework, ctx.asOf);
    if ((!s.deadlinePassed && !s.answeredWithoutChange) || !s.lastTried) return null;
    return {
      evidence: [s.reason, s.convention],
      sentence:
        s.lastTried.stage === 4
          ? 'The last stage has passed its deadline without resolution: ask the safeguarding partnership’s chair or independent scrutineer to resolve it now, and record the concern, the decision challenged, who was contacted and when, and the response.'
          : `Escalate the disagreement to ${s.stage.name.toLowerCase()}: ${s.stage.counterpart}. Record the concern, the decision challenged, who was contacted and when, and the response.`,
    };
  },
});
