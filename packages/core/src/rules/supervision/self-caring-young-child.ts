import { observationRule } from '../define.js';

/** `supervision.self-caring-young-child`: fires when a worker records it. */
export const supervisionSelfCaringYoungChild = observationRule('supervision.self-caring-young-child');
