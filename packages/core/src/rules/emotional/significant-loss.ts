import { observationRule } from '../define.js';

/** `emotional.significant-loss`: fires when a worker records it. */
export const emotionalSignificantLoss = observationRule('emotional.significant-loss');
