import { observationRule } from '../define.js';

/** `engagement.hostile-or-intimidating`: fires when a worker records it. */
export const engagementHostileOrIntimidating = observationRule('engagement.hostile-or-intimidating');
