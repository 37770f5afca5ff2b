import { defineRule } from '../define.js';
import type { ChildsVoice } from '../../schema/case.js';
import { hasConcern } from './relevance.js';

const notSought =
  /\b(not (been )?(sought|asked|seen|spoken to|heard|recorded|observed)|never asked|no one (has )?asked|nobody (has )?asked|no observations?|no words)\b/i;

/**
 * An entry that records the child's words or an observation of their daily life (for a child who
 * cannot speak, the observation is often in the context, with no words). An entry that says the
 * child's view was not sought (convention 6 allows recording that) is not the child's voice.
 */
function heard(v: ChildsVoice): boolean {
  const words = v.words?.trim() ?? '';
  const context = v.context?.trim() ?? '';
  if (notSought.test(words) || (words === '' && notSought.test(context))) return false;
  return words !== '' || context !== '';
}

/** `gap.child-voice-not-sought`: there is a concern and nothing records the child's words or daily life. */
export const gapChildVoiceNotSought = defineRule({
  id: 'gap.child-voice-not-sought',
  condition:
    'There is a concern about a born child and the case records none of the child’s own words and no observation of their daily life (an entry saying their view was not sought does not count).',
  evaluate: (ctx) => {
    if (ctx.facts.child.unborn || !hasConcern(ctx) || ctx.facts.childsVoice.some(heard)) return null;
    const recordedAsNotSought = ctx.facts.childsVoice.length > 0;
    return {
      evidence: [
        recordedAsNotSought
          ? 'The record says the child’s view was not sought; no words of the child and no observation of their daily life are recorded.'
          : 'No words of the child and no observation of their daily life are recorded.',
      ],
      sentence:
        'The child’s own views and daily experience have not been recorded; for a child who cannot speak for themselves, their daily life must be observed.',
    };
  },
});
