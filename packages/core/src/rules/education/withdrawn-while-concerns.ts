import { observationRule } from '../define.js';

/** `education.withdrawn-while-concerns`: fires when a worker records it. */
export const educationWithdrawnWhileConcerns = observationRule('education.withdrawn-while-concerns');
