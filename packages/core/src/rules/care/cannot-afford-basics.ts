import { observationRule } from '../define.js';

/** `care.cannot-afford-basics`: fires when a worker records it. */
export const careCannotAffordBasics = observationRule('care.cannot-afford-basics');
