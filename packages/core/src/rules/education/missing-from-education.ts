import { observationRule } from '../define.js';

/** `education.missing-from-education`: fires when a worker records it. */
export const educationMissingFromEducation = observationRule('education.missing-from-education');
