/**
 * The escalation machine's events as zod schemas, one per step, so a boundary (the HTTP API, a
 * form) checks a whole event with the same payload schemas the machine's guards use. The machine
 * still decides whether an event applies at that point; these only say it is well formed.
 */
import { z } from 'zod';
import { disagreementSchema } from '../../schema/case.js';
import { isoDateTimeSchema } from '../common/payloads.js';
import {
  checkDeadlineSchema,
  escalateSchema,
  immediateRiskSchema,
  resolutionSchema,
  stageContactSchema,
  stageResponseSchema,
  urgentReferralSchema,
} from './types.js';

/** Recording the disagreement: what is challenged, by whom and why, and when it was raised. */
export const recordDisagreementEventSchema = z.strictObject({
  type: z.literal('RECORD_DISAGREEMENT'),
  disagreement: disagreementSchema,
  at: isoDateTimeSchema,
});

/** A conversation or message with the person who holds the current stage. */
export const recordContactEventSchema = z.strictObject({ type: z.literal('RECORD_CONTACT'), contact: stageContactSchema });

/** What the person who holds the current stage answered, and whether it resolves the concern. */
export const recordResponseEventSchema = z.strictObject({ type: z.literal('RECORD_RESPONSE'), response: stageResponseSchema });

/** Moving the disagreement on to the next stage, and why. */
export const escalateEventSchema = z.strictObject({ type: z.literal('ESCALATE'), ...escalateSchema.shape });

/** The child is at immediate risk now: an urgent referral is due while the escalation carries on. */
export const immediateRiskEventSchema = z.strictObject({ type: z.literal('IMMEDIATE_RISK'), risk: immediateRiskSchema });

/** The urgent referral, or call to the police, that was made. */
export const recordUrgentReferralEventSchema = z.strictObject({
  type: z.literal('RECORD_URGENT_REFERRAL'),
  referral: urgentReferralSchema,
});

/** How the disagreement ended. */
export const resolveEventSchema = z.strictObject({ type: z.literal('RESOLVE'), resolution: resolutionSchema });

/** A clock reading: a stage whose deadline has passed offers the next stage. */
export const clockEventSchema = z.strictObject({
  type: z.enum(['CHECK_DEADLINE', 'TICK']),
  ...checkDeadlineSchema.shape,
});

/**
 * The steps a person takes once the disagreement is recorded, one schema each. Clock readings are
 * left out: the clock belongs to whoever replays the events (the server), not to the person.
 *
 * @example
 * const parsed = escalationStepEventSchema.safeParse(body.event);
 * if (!parsed.success) answer400(parsed.error); // names the field, e.g. `response.resolvesConcern`
 */
export const escalationStepEventSchema = z.discriminatedUnion('type', [
  recordContactEventSchema,
  recordResponseEventSchema,
  escalateEventSchema,
  immediateRiskEventSchema,
  recordUrgentReferralEventSchema,
  resolveEventSchema,
]);
export type EscalationStepEvent = z.infer<typeof escalationStepEventSchema>;

/** Every event the escalation machine accepts. */
export const escalationEventSchema = z.discriminatedUnion('type', [
  recordDisagreementEventSchema,
  clockEventSchema,
  ...escalationStepEventSchema.options,
]);

/**
 * Why the escalation machine would not take a step where the escalation stands, in words the
 * person can act on: the server answers a refused step with it, and the pages say it before
 * sending one the browser's machine would refuse.
 */
export function stepRefusal(type: EscalationStepEvent['type']): string {
  switch (type) {
    case 'ESCALATE':
      return 'The next stage opens when this stage’s deadline has passed, when a response did not resolve the concern, or when the child is at immediate risk, and only if there is a stage after this one.';
    case 'RESOLVE':
      return 'Record the urgent referral first: the disagreement cannot be closed while one is due.';
    case 'RECORD_URGENT_REFERRAL':
      return 'No urgent referral is due: say first that the child is at immediate risk.';
    default:
      return 'This step does not apply to the disagreement as it stands.';
  }
}
