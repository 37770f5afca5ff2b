import { observationRule } from '../define.js';

/** `home.unsuitable-accommodation`: fires when a worker records it. */
export const homeUnsuitableAccommodation = observationRule('home.unsuitable-accommodation');
