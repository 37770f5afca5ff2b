import { observationRuleLoweredWhen } from '../define.js';

/** Observations of harm or danger that a child's fear may be about. */
const harmCodes = /^(safety\.|supervision\.|emotional\.witnesses-conflict$|emotional\.self-harm$)/;

/**
 * `emotional.child-expresses-fear-or-distress`: fires when a worker records it. When the case
 * records a bereavement or other loss and nothing records harm or danger, the distress is grief: it
 * supports early help (support with the loss) on its own.
 */
export const emotionalChildExpressesFearOrDistress = observationRuleLoweredWhen(
  'emotional.child-expresses-fear-or-distress',
  'A worker recorded the child saying they are scared, unhappy or distressed. Where the case records a significant loss and no harm or danger, it supports early help on its own rather than its usual floor.',
  (ctx) => {
    const loss = (ctx.view.observations.get('emotional.significant-loss')?.length ?? 0) > 0;
    const harm = [...ctx.view.observations.entries()].some(([code, entries]) => entries.length > 0 && harmCodes.test(code));
    return loss && !harm
      ? { to: 'early-help', because: 'the case records a loss the child is grieving and nothing recording harm or danger' }
      : null;
  },
);
