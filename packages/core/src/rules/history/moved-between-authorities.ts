import { defineRule } from '../define.js';

/** `history.moved-between-authorities`: any move between local authorities on record. */
export const historyMovedBetweenAuthorities = defineRule({
  id: 'history.moved-between-authorities',
  condition: 'The history records a move between local authorities in the child’s lifetime.',
  evaluate: (ctx) => {
    const moves = ctx.facts.history.movesBetweenLocalAuthorities;
    if (moves.length === 0) return null;
    return {
      evidence: moves.map((m) => `${m.date ?? 'date not recorded'}: ${m.detail}`),
      sentence: 'The family has moved between local authorities, so part of the history is held elsewhere.',
    };
  },
});
