import { observationRule } from '../define.js';

/** `home.main-home-not-seen`: fires when a worker records it. */
export const homeMainHomeNotSeen = observationRule('home.main-home-not-seen');
