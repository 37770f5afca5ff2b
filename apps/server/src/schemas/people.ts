/** Request schemas for people, relationships, households, plans and chronology. */
import { concernDomainSchema, householdFactorsSchema, looseDateSchema, observationCodeListSchema } from '@sightline/core';
import { chronologyKinds, cpCategories, isValidNhsNumber, personKinds, planKinds, relationshipKinds } from '@sightline/store';
import { z } from 'zod';
import { isoDateSchema, reasonSchema } from './common.js';

const name = z.string().trim().min(1, { error: 'Enter a name' }).max(100);
const optionalName = z.string().trim().max(100).optional();

export const otherNameSchema = z
  .strictObject({ givenName: optionalName, familyName: optionalName, note: z.string().max(200).optional() })
  .refine((n) => Boolean(n.givenName || n.familyName), { error: 'Give a given name or a family name' });

export const nhsNumberSchema = z
  .string()
  .max(20)
  .refine(isValidNhsNumber, { error: 'Not a valid NHS number: 10 digits with a correct check digit' });

export const postcodeSchema = z
  .string()
  .trim()
  .max(10)
  .regex(/^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$/, { error: 'Not a UK postcode' });

const personFields = {
  kind: z.enum(personKinds),
  givenName: name,
  familyName: name,
  otherNames: z.array(otherNameSchema).max(20).default([]),
  dateOfBirth: isoDateSchema.nullable().default(null),
  expectedDate: isoDateSchema.nullable().default(null),
  sex: z.string().trim().max(50).nullable().default(null),
  nhsNumber: nhsNumberSchema.nullable().default(null),
  address: z.string().trim().max(300).nullable().default(null),
  postcode: postcodeSchema.nullable().default(null),
};

export const personInputSchema = z.strictObject(personFields);

/** What a worker knows about a person so far: any of the details, for finding them on record. */
export const personIdentifiersSchema = z.strictObject({
  kind: personFields.kind.optional(),
  givenName: optionalName,
  familyName: optionalName,
  otherNames: z.array(otherNameSchema).max(20).optional(),
  dateOfBirth: isoDateSchema.nullable().optional(),
  expectedDate: isoDateSchema.nullable().optional(),
  sex: z.string().trim().max(50).nullable().optional(),
  nhsNumber: nhsNumberSchema.nullable().optional(),
  address: z.string().trim().max(300).nullable().optional(),
  postcode: postcodeSchema.nullable().optional(),
});

export const matchQuerySchema = personIdentifiersSchema.refine(
  (q) => Boolean(q.familyName || q.dateOfBirth || q.nhsNumber || q.postcode || q.expectedDate),
  { error: 'Give at least a family name, date of birth, NHS number or postcode' },
);

export const personVersionBody = z.strictObject({
  expectedVersion: z.int().min(1),
  person: personInputSchema,
  reason: reasonSchema,
});

export const relationshipBody = z.strictObject({
  relatedPersonId: z.uuid({ error: 'Not a valid id' }),
  kind: z.enum(relationshipKinds),
  detail: z.string().trim().max(1000).nullable().default(null),
});

export const retractionBody = z.strictObject({ reason: reasonSchema });

export const factorsBody = z.strictObject({
  factors: householdFactorsSchema,
  notes: z.array(z.string().max(2000)).max(50).default([]),
});

export const householdBody = z.strictObject({
  address: z.string().trim().max(300).nullable().default(null),
  postcode: postcodeSchema.nullable().default(null),
  members: z
    .array(
      z.strictObject({
        personId: z.uuid({ error: 'Not a valid id' }),
        role: z.string().trim().min(1).max(100),
        startedOn: looseDateSchema.nullable().default(null),
      }),
    )
    .min(1, { error: 'Add at least one member' })
    .max(30),
});

const planFields = {
  kind: z.enum(planKinds),
  category: z.enum(cpCategories).nullable().default(null),
  startedOn: looseDateSchema,
  endedOn: looseDateSchema.nullable().default(null),
  detail: z.string().max(4000).nullable().default(null),
  agencyName: z.string().max(300).nullable().default(null),
};

const checkPlanCategory = (p: { kind: string; category: string | null }) => p.kind === 'child-protection' || p.category === null;
const categoryRule = { error: 'Only a child protection plan has a category', path: ['category'] };

export const planBody = z.strictObject(planFields).refine(checkPlanCategory, categoryRule);

export const planCorrectionBody = z.strictObject({ ...planFields, reason: reasonSchema }).refine(checkPlanCategory, categoryRule);

const chronologyFields = {
  occurredOn: looseDateSchema,
  kind: z.enum(chronologyKinds),
  domain: concernDomainSchema.nullable().default(null),
  description: z.string().trim().min(1, { error: 'Describe what happened' }).max(4000),
  codes: observationCodeListSchema.default([]),
  measure: z
    .strictObject({
      name: z.string().trim().min(1).max(100),
      value: z.number().finite().nullable(),
      unit: z.string().max(50).optional(),
      period: z.string().max(100).optional(),
    })
    .nullable()
    .default(null),
  event: z
    .strictObject({
      type: z.enum(['appointment', 'school', 'police', 'health', 'move', 'other']),
      outcome: z.enum(['kept', 'was-not-brought', 'cancelled', 'access-refused']).optional(),
    })
    .nullable()
    .default(null),
  sourceAgency: z.string().trim().min(1, { error: 'Say who recorded it' }).max(300),
  caseId: z.uuid({ error: 'Not a valid id' }).nullable().default(null),
};

export const chronologyBody = z.strictObject(chronologyFields);
export const chronologyCorrectionBody = z.strictObject({ ...chronologyFields, reason: reasonSchema });
