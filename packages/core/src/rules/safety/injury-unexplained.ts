import { observationRule } from '../define.js';

/** `safety.injury-unexplained`: fires when a worker records it. */
export const safetyInjuryUnexplained = observationRule('safety.injury-unexplained');
