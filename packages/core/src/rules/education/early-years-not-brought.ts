import { observationRule } from '../define.js';

/** `education.early-years-not-brought`: fires when a worker records it. */
export const educationEarlyYearsNotBrought = observationRule('education.early-years-not-brought');
