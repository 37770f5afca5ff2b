import { observationRule } from '../define.js';

/** `safety.disclosure`: fires when a worker records it. */
export const safetyDisclosure = observationRule('safety.disclosure');
