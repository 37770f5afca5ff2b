import { defineRule } from '../define.js';

const ORDER = ['universal', 'early-help', 'targeted-early-help', 'child-in-need', 'significant-harm', 'immediate-protection'];

/** `gap.home-not-visited`: statutory concern and no record that anyone has seen the home. */
export const gapHomeNotVisited = defineRule({
  id: 'gap.home-not-visited',
  condition:
    'The recommendation is child in need or higher and nothing records that the home has been seen (no home-conditions concern and no home visit on the engagement record).',
  evaluate: (ctx) => {
    const threshold = ctx.recommendation?.threshold;
    if (!threshold || threshold === 'pre-birth' || ORDER.indexOf(threshold) < ORDER.indexOf('child-in-need')) return null;
    if (ctx.facts.currentConcerns.some((c) => c.domain === 'home-conditions')) return null;
    const pe = ctx.facts.parentalEngagement;
    const visited = [...pe.appointmentsAttended, ...pe.otherFacts].some((e) =>
      /home visit|visited the home|seen the home/i.test(e.detail),
    );
    if (visited) return null;
    return {
      evidence: ['No home-conditions observation and no home visit are recorded.'],
      sentence: 'Nobody has recorded seeing the home where the child lives.',
    };
  },
});
