import { observationRule } from '../define.js';

/** `care.persistently-tired`: fires when a worker records it. */
export const carePersistentlyTired = observationRule('care.persistently-tired');
