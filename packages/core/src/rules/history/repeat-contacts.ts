import { defineRule } from '../define.js';
import { readMeasure } from '../view.js';

/** `history.repeat-contacts`: contacts in the last 12 months at or above the framework's count. */
export const historyRepeatContacts = defineRule({
  id: 'history.repeat-contacts',
  condition:
    'Contacts or referrals about the child in the last 12 months reach the framework’s count (3): the recorded count, or the contacts listed when no count is recorded.',
  parameters: ['contacts12mMin'],
  evaluate: (ctx) => {
    const h = ctx.facts.history;
    const listed = h.referralsLast12Months.length;
    const recorded = readMeasure(h.referralsLast12MonthsCount, 'high')?.value ?? null;
    const count = recorded ?? listed;
    const p = ctx.param('contacts12mMin');
    if (count < p.value) return null;
    return {
      evidence: [
        recorded !== null ? `${recorded} contacts recorded in 12 months` : `${listed} contacts listed in 12 months`,
        ...h.referralsLast12Months.map((r) => `${r.date ?? 'date not recorded'}: ${r.detail}`),
      ],
      sentence: `There have been ${count} contacts about the child in 12 months: repeated worries that must be read together, not one at a time.`,
      parameter: p,
    };
  },
});
