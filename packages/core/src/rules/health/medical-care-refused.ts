import { observationRule } from '../define.js';

/** `health.medical-care-refused`: fires when a worker records it. */
export const healthMedicalCareRefused = observationRule('health.medical-care-refused');
