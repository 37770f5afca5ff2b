import { observationRule } from '../define.js';

/** `health.immunisations-or-checks-missed`: fires when a worker records it. */
export const healthImmunisationsOrChecksMissed = observationRule('health.immunisations-or-checks-missed');
