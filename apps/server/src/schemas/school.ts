/** Request schemas for a school's pupil roll and its concern log (the pupils' school chronology). */
import { concernDomainSchema, observationCodeListSchema } from '@sightline/core';
import { z } from 'zod';
import { isoDateSchema, reasonSchema } from './common.js';

const name = z.string().trim().min(1, { error: 'Enter a name' }).max(100);

const percentage = z
  .number({ error: 'Give a percentage as a number' })
  .min(0, { error: 'A percentage cannot be below 0' })
  .max(100, { error: 'A percentage cannot be above 100' });

const period = z.string().trim().min(1, { error: 'Say what period the figures cover' }).max(100);

/** The figures a school keeps: each a percentage over the period, or null when not recorded. */
const figureFields = {
  period,
  attendancePct: percentage.nullable().default(null),
  latenessPct: percentage.nullable().default(null),
  unauthorisedAbsencePct: percentage.nullable().default(null),
};

export const pupilBody = z.strictObject({
  givenName: name,
  familyName: name,
  dateOfBirth: isoDateSchema.nullable().default(null),
  /** For a pupil whose date of birth is not known yet. */
  ageYears: z.int({ error: 'Give the age in whole years' }).min(2).max(19).nullable().default(null),
  yearGroup: z.string().trim().max(50).nullable().default(null),
});

const concernFields = {
  occurredOn: isoDateSchema,
  domain: concernDomainSchema,
  description: z.string().trim().min(1, { error: 'Describe what you saw or were told' }).max(4000),
  codes: observationCodeListSchema.default([]),
  /** What the child said, in their own words; null when they said nothing. */
  childsWords: z.string().trim().max(4000).nullable().default(null),
};

export const concernBody = z.strictObject({
  ...concernFields,
  /** The latest figures, recorded with the concern in the same write. */
  figures: z.strictObject(figureFields).nullable().default(null),
});

export const measuresBody = z
  .strictObject({ occurredOn: isoDateSchema, ...figureFields })
  .refine((m) => m.attendancePct !== null || m.latenessPct !== null || m.unauthorisedAbsencePct !== null, {
    error: 'Give at least one figure',
    path: ['attendancePct'],
  });

export const requestForSupportBody = z.strictObject({
  caseId: z.uuid({ error: 'Not a valid id' }),
});

export const schoolCorrectionBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('observation'), ...concernFields, reason: reasonSchema }),
  z.strictObject({
    kind: z.literal('measure'),
    occurredOn: isoDateSchema,
    value: percentage.nullable(),
    period,
    reason: reasonSchema,
  }),
]);
