import { observationRule } from '../define.js';

/** `supervision.unsuitable-adults`: fires when a worker records it. */
export const supervisionUnsuitableAdults = observationRule('supervision.unsuitable-adults');
