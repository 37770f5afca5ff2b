import { observationRule } from '../define.js';

/** `health.complex-needs-unmet`: fires when a worker records it. */
export const healthComplexNeedsUnmet = observationRule('health.complex-needs-unmet');
