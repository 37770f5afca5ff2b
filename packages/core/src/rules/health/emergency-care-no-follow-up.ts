import { observationRule } from '../define.js';

/** `health.emergency-care-no-follow-up`: fires when a worker records it. */
export const healthEmergencyCareNoFollowUp = observationRule('health.emergency-care-no-follow-up');
