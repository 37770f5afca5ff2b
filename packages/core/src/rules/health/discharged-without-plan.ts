import { observationRule } from '../define.js';

/** `health.discharged-without-plan`: fires when a worker records it. */
export const healthDischargedWithoutPlan = observationRule('health.discharged-without-plan');
