import { observationRule } from '../define.js';

/** `health.medication-ingestion`: fires when a worker records it. */
export const healthMedicationIngestion = observationRule('health.medication-ingestion');
