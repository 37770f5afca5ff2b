import { observationRule } from '../define.js';

/** `care.unkempt`: fires when a worker records it. */
export const careUnkempt = observationRule('care.unkempt');
