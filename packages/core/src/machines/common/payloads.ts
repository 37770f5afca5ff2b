/**
 * zod schemas for the payloads the pathway machines accept that the case schema does not already
 * cover: who did something, when, and with whom. The web app can use them as form resolvers; the
 * machines use them in guards, so a malformed event is refused rather than half-applied.
 */
import { z } from 'zod';
import { isIsoDateTime } from '../../record/dates.js';

/** Text a person must write: not blank once trimmed. */
export const writtenTextSchema = z
  .string()
  .max(4000)
  .refine((text) => text.trim() !== '', { error: 'Write something here' });

/** An ISO 8601 date and time with an offset or `Z`, like `2024-03-15T14:05:00Z`. */
export const isoDateTimeSchema = z
  .string()
  .refine(isIsoDateTime, { error: 'Use an ISO 8601 date and time with an offset, like 2024-03-15T14:05:00Z' });

/** A calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use YYYY-MM-DD' })
  .refine(isCalendarDate, { error: 'Not a real date' });

function isCalendarDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** A date, or a date and time: the clock-reading events accept either. */
export const isoDateOrDateTimeSchema = z.union([isoDateSchema, isoDateTimeSchema]);

/** Who did something: a user id and the role they acted in. */
export const actorSchema = z.strictObject({ userId: writtenTextSchema, role: writtenTextSchema });

/** Someone who took part in a meeting or discussion, by role and agency. */
export const participantSchema = z.strictObject({
  role: writtenTextSchema,
  agency: z.enum([
    'childrens-social-care',
    'police',
    'health',
    'education',
    'early-help',
    'adult-services',
    'probation',
    'family',
    'other',
  ]),
  name: z.string().max(200).nullable().optional(),
});
export type Participant = z.infer<typeof participantSchema>;

/** Each agency in plain words, as a rationale or log says it. */
export const agencyWords: Readonly<Record<Participant['agency'], string>> = {
  'childrens-social-care': 'children’s social care',
  police: 'police',
  health: 'health',
  education: 'education',
  'early-help': 'early help',
  'adult-services': 'adult services',
  probation: 'probation',
  family: 'family',
  other: 'another agency',
};

/** A manager's sign-off of a decision. */
export const signOffSchema = z.strictObject({
  by: actorSchema,
  at: isoDateTimeSchema,
  outcome: z.enum(['agreed', 'disagreed']),
  comment: writtenTextSchema,
});

/** The decision the person makes on a pathway's own scale. */
export const decideSchema = z.strictObject({
  /** The framework's own level id (contact), `nfa`/`cin-plan`/`cp-plan` (cin-cp) or `1`..`4` (escalation). */
  levelId: z.string().min(1),
  /** The worker's analysis, in their own words. */
  analysis: writtenTextSchema,
  /** Required when the decision is below the recommendation; optional otherwise. */
  reason: z.string().max(4000).nullable(),
  by: actorSchema,
});
export type DecideInput = z.infer<typeof decideSchema>;

/** True when a value passes a schema: guards use this so a malformed payload is refused, not thrown. */
export function isValid(schema: z.ZodType, value: unknown): boolean {
  return schema.safeParse(value).success;
}

/**
 * An immediate safety plan, made when safety is scaled at or below the framework's line (2 by
 * default): the plan, what was considered about removal and why, and who agreed it.
 */
export const safetyPlanSchema = z.strictObject({
  plan: writtenTextSchema,
  /** What was considered about the child staying at home or being removed, and what was decided. */
  removalConsidered: writtenTextSchema,
  agreedWith: z.array(participantSchema).min(1, { error: 'Say who agreed the safety plan' }),
  at: isoDateTimeSchema,
  by: actorSchema,
});
export type SafetyPlan = z.infer<typeof safetyPlanSchema>;
