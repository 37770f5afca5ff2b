/**
 * People on record (children, unborn children, adults) with their identifiers, households and
 * relationships. A person's details are versioned: a correction is a new version that points at the
 * one it replaces, so what was on record on any date can still be read.
 */
import type { HouseholdFactors } from '@sightline/core';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies, partnerships, users } from './org.js';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const personKinds = ['child', 'unborn', 'adult'] as const;
export type PersonKind = (typeof personKinds)[number];

/** Another name a person is or was known by (a previous surname, a different spelling). */
export interface OtherName {
  givenName?: string | undefined;
  familyName?: string | undefined;
  note?: string | undefined;
}

export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  partnershipId: uuid('partnership_id')
    .notNull()
    .references(() => partnerships.id),
  createdBy: uuid('created_by').references(() => users.id),
  createdByAgencyId: uuid('created_by_agency_id').references(() => agencies.id),
  /**
   * Set when the record belongs to one agency alone (a school's own pupil, see `school_pupils`):
   * only that agency sees it, and the partnership's register (search, read, link) leaves it out.
   * Null for the partnership's shared register.
   */
  heldByAgencyId: uuid('held_by_agency_id').references(() => agencies.id),
  /** Marks synthetic people seeded for the demo. */
  isSynthetic: boolean('is_synthetic').notNull().default(false),
  createdAt: createdAt(),
});

export const personVersions = pgTable(
  'person_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    version: integer('version').notNull(),
    kind: text('kind', { enum: personKinds }).notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    otherNames: jsonb('other_names').$type<OtherName[]>().notNull().default([]),
    /** YYYY-MM-DD, or null when not known. */
    dateOfBirth: text('date_of_birth'),
    /** For an unborn child: the expected date of delivery, YYYY-MM-DD. */
    expectedDate: text('expected_date'),
    sex: text('sex'),
    nhsNumber: text('nhs_number'),
    address: text('address'),
    postcode: text('postcode'),
    /** Why this version replaced the one before (null for the first). */
    reason: text('reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [unique('person_versions_person_version_uq').on(t.personId, t.version)],
);

/** Search keys for finding people by name, other names, date of birth, address and NHS number. */
export const personSearchKeys = pgTable(
  'person_search_keys',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    personVersionId: uuid('person_version_id')
      .notNull()
      .references(() => personVersions.id),
    key: text('key').notNull(),
  },
  (t) => [index('person_search_keys_key_idx').on(t.key), index('person_search_keys_person_idx').on(t.personId)],
);

/** Parents' and carers' factors (substance misuse, mental health...), as last recorded. */
export const personFactors = pgTable(
  'person_factors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    factors: jsonb('factors').$type<HouseholdFactors>().notNull(),
    notes: jsonb('notes').$type<string[]>().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('person_factors_person_idx').on(t.personId)],
);

export const relationshipKinds = ['parent', 'step-parent', 'carer', 'sibling', 'half-sibling', 'partner', 'other'] as const;
export type RelationshipKind = (typeof relationshipKinds)[number];

/**
 * "`personId` is the `kind` of `relatedPersonId`": e.g. personId is the parent of relatedPersonId.
 * Retracting or correcting one is a new row whose `supersedesId` points at it.
 */
export const relationships = pgTable(
  'relationships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    relatedPersonId: uuid('related_person_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind', { enum: relationshipKinds }).notNull(),
    detail: text('detail'),
    supersedesId: uuid('supersedes_id'),
    retracted: boolean('retracted').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('relationships_person_idx').on(t.personId), index('relationships_related_idx').on(t.relatedPersonId)],
);

export const households = pgTable('households', {
  id: uuid('id').primaryKey().defaultRandom(),
  partnershipId: uuid('partnership_id')
    .notNull()
    .references(() => partnerships.id),
  address: text('address'),
  postcode: text('postcode'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
});

export const householdMembers = pgTable(
  'household_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    role: text('role').notNull(),
    startedOn: text('started_on'),
    endedOn: text('ended_on'),
    supersedesId: uuid('supersedes_id'),
    retracted: boolean('retracted').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('household_members_household_idx').on(t.householdId), index('household_members_person_idx').on(t.personId)],
);
