import { defineRule } from '../define.js';
import { readMeasure } from '../view.js';

/** `health.asthma.reliever-overuse`: more relievers dispensed than one a month (the framework's rate) over about six months. */
export const healthAsthmaRelieverOveruse = defineRule({
  id: 'health.asthma.reliever-overuse',
  condition: 'Reliever inhalers dispensed in about six months exceed the framework’s monthly rate (more than one a month).',
  parameters: ['relieverPerMonthMax'],
  evaluate: (ctx) => {
    const reading = readMeasure(ctx.facts.measures.relieverInhalers6m, 'high');
    if (!reading) return null;
    const p = ctx.param('relieverPerMonthMax');
    const limit = p.value * 6;
    if (reading.value <= limit) return null;
    const preventers = readMeasure(ctx.facts.measures.preventerInhalers6m, 'low');
    const against = preventers ? ` against ${preventers.value} preventers` : '';
    return {
      evidence: [
        `${reading.value} reliever inhalers in about six months${reading.note}${against}; more than ${limit} (${p.value} a month) shows poor control.`,
      ],
      sentence: `${reading.value} reliever inhalers were dispensed in about six months${against}: more than ${p.value} a month is a recognised sign of poorly controlled asthma and needs explaining.`,
      parameter: p,
    };
  },
});
