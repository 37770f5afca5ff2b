import { observationRule } from '../define.js';

/** `home.poor-conditions`: fires when a worker records it. */
export const homePoorConditions = observationRule('home.poor-conditions');
