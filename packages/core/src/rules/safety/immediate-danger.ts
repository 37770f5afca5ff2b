import { observationRule } from '../define.js';

/** `safety.immediate-danger`: fires when a worker records it. */
export const safetyImmediateDanger = observationRule('safety.immediate-danger');
