import { defineRule } from '../define.js';
import { readMeasure } from '../view.js';

/** `health.asthma.preventer-undercollected`: preventers collected for fewer than the framework's share of the six months. */
export const healthAsthmaPreventerUndercollected = defineRule({
  id: 'health.asthma.preventer-undercollected',
  condition:
    'Preventer inhalers collected cover less than the framework’s share (80%) of the months in the period (one preventer lasts about a month).',
  parameters: ['preventerShareMin'],
  evaluate: (ctx) => {
    const reading = readMeasure(ctx.facts.measures.preventerInhalers6m, 'low');
    if (!reading) return null;
    const p = ctx.param('preventerShareMin');
    const share = reading.value / 6;
    // Compare in whole hundredths so that exactly the line (e.g. 4.8 of 6 months = 80%) is not under it.
    if (Math.round(share * 10_000) >= Math.round(p.value * 10_000)) return null;
    return {
      evidence: [
        `${reading.value} preventer inhalers in about six months${reading.note}: ${Math.round(share * 100)}% of months covered; the framework expects at least ${Math.round(p.value * 100)}%.`,
      ],
      sentence: `Only ${reading.value} preventer inhalers were collected in about six months, so the daily treatment that keeps asthma under control was probably not taken as prescribed.`,
      parameter: p,
    };
  },
});
