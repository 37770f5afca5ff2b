import { observationRule } from '../define.js';

/** `engagement.improvement-not-sustained`: fires when a worker records it. */
export const engagementImprovementNotSustained = observationRule('engagement.improvement-not-sustained');
