import { observationRule } from '../define.js';

/** `care.hunger`: fires when a worker records it. */
export const careHunger = observationRule('care.hunger');
