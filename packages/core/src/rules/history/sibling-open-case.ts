import { defineRule } from '../define.js';

/** `history.sibling-open-case`: a brother, sister or other child in the household has an open plan. */
export const historySiblingOpenCase = defineRule({
  id: 'history.sibling-open-case',
  condition: 'Another child in the household has an open child in need or child protection plan.',
  evaluate: (ctx) => {
    const open = ctx.facts.history.openCasesForSiblings.filter((s) => !ctx.view.isSubject(s.child));
    if (open.length === 0) return null;
    return {
      evidence: open.map((s) => `${s.child}: ${s.plan}${s.detail ? ` (${s.detail})` : ''}`),
      sentence: 'Another child in the household already has an open plan; this child’s own needs must not be folded into theirs.',
    };
  },
});
