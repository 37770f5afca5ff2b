import { observationRule } from '../define.js';

/** `unborn.late-or-concealed`: fires when a worker records it. */
export const unbornLateOrConcealed = observationRule('unborn.late-or-concealed');
