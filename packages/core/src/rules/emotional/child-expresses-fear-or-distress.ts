import { observationRule } from '../define.js';

/** `emotional.child-expresses-fear-or-distress`: fires when a worker records it. */
export const emotionalChildExpressesFearOrDistress = observationRule('emotional.child-expresses-fear-or-distress');
