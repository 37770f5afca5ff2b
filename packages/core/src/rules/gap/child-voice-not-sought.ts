import { defineRule } from '../define.js';
import { hasConcern } from './relevance.js';

/** `gap.child-voice-not-sought`: there is a concern and nothing records the child's words or daily life. */
export const gapChildVoiceNotSought = defineRule({
  id: 'gap.child-voice-not-sought',
  condition:
    'There is a concern about a born child and the case records none of the child’s own words and no observation of their daily life.',
  evaluate: (ctx) => {
    if (ctx.facts.child.unborn || !hasConcern(ctx) || ctx.facts.childsVoice.length > 0) return null;
    return {
      evidence: ['No words of the child and no observation of their daily life are recorded.'],
      sentence:
        'The child’s own views and daily experience have not been recorded; for a child who cannot speak for themselves, their daily life must be observed.',
    };
  },
});
