import { observationRule } from '../define.js';

/** `education.decline-in-progress`: fires when a worker records it. */
export const educationDeclineInProgress = observationRule('education.decline-in-progress');
