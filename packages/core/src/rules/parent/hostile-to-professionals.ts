import { defineRule, listWords } from '../define.js';

/**
 * `parent.hostile-to-professionals`: hostility is a factor about the parent when it is recorded by two
 * or more agencies or on two or more occasions (a single episode stays an observation).
 */
export const parentHostileToProfessionals = defineRule({
  id: 'parent.hostile-to-professionals',
  condition: 'Hostile or intimidating behaviour by a parent is recorded on two or more occasions or by two or more agencies.',
  evaluate: (ctx) => {
    const entries = ctx.view.observations.get('engagement.hostile-or-intimidating') ?? [];
    if (entries.length < 2) return null;
    const who = listWords(entries.map((e) => (e.place === 'concern' ? e.source : e.place)));
    return {
      evidence: entries.map((e) => `${e.date ?? 'date not recorded'}: ${e.text}`),
      sentence: `Hostile or intimidating behaviour towards professionals is recorded repeatedly (${who}); it must not stop staff from acting on concerns.`,
    };
  },
});
