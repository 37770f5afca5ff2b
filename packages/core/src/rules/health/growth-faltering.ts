import { observationRule } from '../define.js';

/** `health.growth-faltering`: fires when a worker records it. */
export const healthGrowthFaltering = observationRule('health.growth-faltering');
