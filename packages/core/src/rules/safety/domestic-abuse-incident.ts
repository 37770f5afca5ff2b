import { observationRule } from '../define.js';

/** `safety.domestic-abuse-incident`: fires when a worker records it. */
export const safetyDomesticAbuseIncident = observationRule('safety.domestic-abuse-incident');
