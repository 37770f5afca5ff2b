import { defineRule } from '../define.js';

/** `parent.previous-children-removed`: a parent or carer has had children removed from their care. */
export const parentPreviousChildrenRemoved = defineRule({
  id: 'parent.previous-children-removed',
  condition: 'A parent or carer has one or more previous children removed from their care.',
  evaluate: (ctx) => {
    const members = ctx.view.carers.filter((m) => (m.factors.previousChildrenRemoved.count ?? 0) > 0);
    if (members.length === 0) return null;
    const total = Math.max(...members.map((m) => m.factors.previousChildrenRemoved.count ?? 0));
    return {
      evidence: members.map((m) => {
        const r = m.factors.previousChildrenRemoved;
        return `${m.role}: ${r.count} ${r.count === 1 ? 'child' : 'children'} removed${r.detail ? ` (${r.detail})` : ''}`;
      }),
      sentence: `A parent has had ${total} ${total === 1 ? 'child' : 'children'} removed from their care before; what has changed since must be understood.`,
    };
  },
});
