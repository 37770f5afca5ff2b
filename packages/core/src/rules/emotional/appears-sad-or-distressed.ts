import { observationRule } from '../define.js';

/** `emotional.appears-sad-or-distressed`: fires when a worker records it. */
export const emotionalAppearsSadOrDistressed = observationRule('emotional.appears-sad-or-distressed');
