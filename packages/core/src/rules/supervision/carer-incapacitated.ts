import { observationRule } from '../define.js';

/** `supervision.carer-incapacitated`: fires when a worker records it. */
export const supervisionCarerIncapacitated = observationRule('supervision.carer-incapacitated');
