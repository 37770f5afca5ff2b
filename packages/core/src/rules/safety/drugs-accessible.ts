import { observationRule } from '../define.js';

/** `safety.drugs-accessible`: fires when a worker records it. */
export const safetyDrugsAccessible = observationRule('safety.drugs-accessible');
