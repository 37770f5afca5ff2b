import { defineRule } from '../define.js';

/** Words that say the previous authority's records were asked for or read, in a move's detail or a professional note. */
const recordsObtained =
  /\b(records?|files?|history)\b[^.]*\b(obtained|requested|received|read|checked|shared|sent|asked for)\b|\b(obtained|requested|received|checked|asked for|shared|sent|transferred)\b[^.]*\b(records?|files?|history)\b/i;
const negated = /\b(no|not|never|nobody|none|without|yet to)\b|n['’]t\b/i;
const saysObtained = (text: string) => recordsObtained.test(text) && !negated.test(text);
const previousAuthority =
  /\b(previous|former|old|other|last|transferring|neighbouring|sending)\b[^.]*\b(authority|council|local authority|la)\b/i;

/** `gap.other-authority-not-checked`: the family moved between authorities and the previous authority's records were not asked for. */
export const gapOtherAuthorityNotChecked = defineRule({
  id: 'gap.other-authority-not-checked',
  condition:
    'The family has moved between local authorities and no check with the previous authority is recorded (as a history check, or in the move’s detail or a professional note saying its records were obtained).',
  evaluate: (ctx) => {
    if (!ctx.findings.has('history.moved-between-authorities')) return null;
    if ((ctx.facts.historyChecks ?? []).some((c) => c.source === 'previous-authority')) return null;
    const moves = ctx.facts.history.movesBetweenLocalAuthorities.map((m) => m.detail);
    const notes = ctx.facts.professionalContext.notes.filter((n) => previousAuthority.test(n));
    if ([...moves, ...notes].some(saysObtained)) return null;
    return {
      evidence: ctx.facts.history.movesBetweenLocalAuthorities.map((m) => `Move (${m.date ?? 'date not recorded'}): ${m.detail}`),
      sentence: 'The previous local authority has not been asked for its records; part of the child’s history is held there.',
    };
  },
});
