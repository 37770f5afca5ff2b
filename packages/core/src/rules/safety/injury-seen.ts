import { observationRule } from '../define.js';

/** `safety.injury-seen`: fires when a worker records it. */
export const safetyInjurySeen = observationRule('safety.injury-seen');
