import { observationRule } from '../define.js';

/** `care.utilities-cut-off`: fires when a worker records it. */
export const careUtilitiesCutOff = observationRule('care.utilities-cut-off');
