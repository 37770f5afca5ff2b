import { observationRule } from '../define.js';

/** `supervision.repeated-accidents`: fires when a worker records it. */
export const supervisionRepeatedAccidents = observationRule('supervision.repeated-accidents');
