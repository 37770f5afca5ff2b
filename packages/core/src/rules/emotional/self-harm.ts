import { observationRule } from '../define.js';

/** `emotional.self-harm`: fires when a worker records it. */
export const emotionalSelfHarm = observationRule('emotional.self-harm');
