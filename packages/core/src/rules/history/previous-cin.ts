import { defineRule } from '../define.js';

/** `history.previous-cin`: the child has had a child in need plan before (or has one now). */
export const historyPreviousCin = defineRule({
  id: 'history.previous-cin',
  condition: 'The history records a child in need episode for this child.',
  evaluate: (ctx) => {
    const episodes = ctx.facts.history.previousCIN.filter((p) => ctx.view.isSubject(p.child));
    if (episodes.length === 0) return null;
    return {
      evidence: episodes.map((p) => `Child in need, ${p.start ?? '?'} to ${p.end ?? 'now'}${p.detail ? `: ${p.detail}` : ''}`),
      sentence: 'The child has been supported as a child in need before.',
    };
  },
});
