import { observationRule } from '../define.js';

/** `emotional.witnesses-conflict`: fires when a worker records it. */
export const emotionalWitnessesConflict = observationRule('emotional.witnesses-conflict');
