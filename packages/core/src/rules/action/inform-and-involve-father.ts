import { defineRule } from '../define.js';

/** `action.inform-and-involve-father`: the father has not been consulted. */
export const actionInformAndInvolveFather = defineRule({
  id: 'action.inform-and-involve-father',
  condition: 'The father has not been asked or informed (gap.father-not-consulted).',
  evaluate: (ctx) => {
    const gap = ctx.gaps.get('gap.father-not-consulted');
    if (!gap) return null;
    return {
      evidence: gap.evidence,
      sentence:
        'Tell the child’s father about the concerns and involve him, wherever he lives (including in prison), and consider his family as a source of support.',
    };
  },
});
