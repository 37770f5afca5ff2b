import { observationRule } from '../define.js';

/** `engagement.non-engagement`: fires when a worker records it. */
export const engagementNonEngagement = observationRule('engagement.non-engagement');
