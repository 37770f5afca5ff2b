import { observationRule } from '../define.js';

/** `engagement.consent-refused`: fires when a worker records it. */
export const engagementConsentRefused = observationRule('engagement.consent-refused');
