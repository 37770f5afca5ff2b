import { observationRule } from '../define.js';

/** `education.not-collected`: fires when a worker records it. */
export const educationNotCollected = observationRule('education.not-collected');
