import { observationRule } from '../define.js';

/** `health.dental-decay-untreated`: fires when a worker records it. */
export const healthDentalDecayUntreated = observationRule('health.dental-decay-untreated');
