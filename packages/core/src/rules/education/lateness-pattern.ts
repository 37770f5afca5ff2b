import { defineRule } from '../define.js';
import { percentAgainstShare } from '../measure.js';

/** `education.lateness-pattern`: late for more than the framework's share of sessions. */
export const educationLatenessPattern = defineRule({
  id: 'education.lateness-pattern',
  condition: 'The child is brought to school late for more than the framework’s share of sessions (10%).',
  parameters: ['latenessShareMax'],
  evaluate: (ctx) =>
    percentAgainstShare(
      ctx,
      ctx.facts.measures.latenessPct,
      'latenessShareMax',
      'above',
      (v, limit) => `The child is brought to school late for ${v} of sessions, more than ${limit}.`,
    ),
});
