/**
 * Cases (a contact at the front door, a child in need / child protection decision, an escalation),
 * their versions, the people confirmed as part of them, drafts, chronology entries and plans.
 * Every change is a new row: a case or draft write adds version n+1, and the unique
 * (id, version) pair turns a stale write into a conflict instead of a lost update.
 */
import type { CaseFacts } from '@sightline/core';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { people } from './people.js';
import { agencies, partnerships, teams, users } from './org.js';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const pathways = ['contact', 'cin-cp', 'escalation'] as const;

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    pathway: text('pathway', { enum: pathways }).notNull(),
    /** The agency that holds the case (the front door). */
    ownerAgencyId: uuid('owner_agency_id')
      .notNull()
      .references(() => agencies.id),
    ownerTeamId: uuid('owner_team_id').references(() => teams.id),
    /** The agency that made the contact (a school, a GP...), when it uses Sightline. */
    referrerAgencyId: uuid('referrer_agency_id').references(() => agencies.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('cases_partnership_idx').on(t.partnershipId), index('cases_referrer_idx').on(t.referrerAgencyId)],
);

/** One machine event as the web app sent it (`{ type, ...payload }`). */
export type MachineEvent = { type: string } & Record<string, unknown>;

/** Identifiers of a person as a worker entered them, used to find them on record. */
export interface PersonIdentifiers {
  kind?: 'child' | 'unborn' | 'adult' | undefined;
  givenName?: string | undefined;
  familyName?: string | undefined;
  otherNames?: { givenName?: string | undefined; familyName?: string | undefined; note?: string | undefined }[] | undefined;
  dateOfBirth?: string | null | undefined;
  expectedDate?: string | null | undefined;
  sex?: string | null | undefined;
  nhsNumber?: string | null | undefined;
  address?: string | null | undefined;
  postcode?: string | null | undefined;
}

export interface CaseIdentities {
  subject: PersonIdentifiers | null;
  /** Keyed by the case facts' `household[].id`. */
  household: Record<string, PersonIdentifiers>;
}

export const caseVersions = pgTable(
  'case_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    version: integer('version').notNull(),
    facts: jsonb('facts').$type<CaseFacts>().notNull(),
    events: jsonb('events').$type<MachineEvent[]>().notNull().default([]),
    /** Names and identifiers for matching, kept beside the facts (the facts carry labels only). */
    identities: jsonb('identities').$type<CaseIdentities>().notNull().default({ subject: null, household: {} }),
    note: text('note'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [unique('case_versions_case_version_uq').on(t.caseId, t.version)],
);

export const caseLinkRoles = ['subject', 'household-member'] as const;

/** A person confirmed by a worker as the subject of a case or one of its household members. */
export const caseLinks = pgTable(
  'case_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    role: text('role', { enum: caseLinkRoles }).notNull(),
    /** For a household member: the `household[].id` in the case facts this person is. */
    memberId: text('member_id'),
    /** Why the worker confirmed this match (the reasons shown to them). */
    reasons: jsonb('reasons').$type<string[]>().notNull().default([]),
    supersedesId: uuid('supersedes_id'),
    retracted: boolean('retracted').notNull().default(false),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('case_links_case_idx').on(t.caseId), index('case_links_person_idx').on(t.personId)],
);

export const drafts = pgTable(
  'drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    caseId: uuid('case_id').references(() => cases.id),
    kind: text('kind').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('drafts_owner_idx').on(t.ownerId)],
);

export const draftVersions = pgTable(
  'draft_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    draftId: uuid('draft_id')
      .notNull()
      .references(() => drafts.id),
    version: integer('version').notNull(),
    body: jsonb('body').$type<unknown>().notNull(),
    /** True when this version discards the draft. */
    discarded: boolean('discarded').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [unique('draft_versions_draft_version_uq').on(t.draftId, t.version)],
);

export const chronologyKinds = ['observation', 'measure', 'event'] as const;

export interface ChronologyMeasure {
  name: string;
  value: number | null;
  unit?: string | undefined;
  period?: string | undefined;
}

export interface ChronologyEvent {
  type: 'appointment' | 'school' | 'police' | 'health' | 'move' | 'other';
  /** For appointments: kept, or the child was not brought. */
  outcome?: 'kept' | 'was-not-brought' | 'cancelled' | 'access-refused' | undefined;
}

export const chronologyEntries = pgTable(
  'chronology_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    caseId: uuid('case_id').references(() => cases.id),
    /** Loose date as practitioners write it (YYYY, YYYY-MM, YYYY-MM-DD...). */
    occurredOn: text('occurred_on').notNull(),
    kind: text('kind', { enum: chronologyKinds }).notNull(),
    domain: text('domain'),
    description: text('description').notNull(),
    codes: jsonb('codes').$type<string[]>().notNull().default([]),
    measure: jsonb('measure').$type<ChronologyMeasure>(),
    event: jsonb('event').$type<ChronologyEvent>(),
    sourceAgency: text('source_agency').notNull(),
    /** The child's own words, as they said them, when the entry records them (a school's logged concern). */
    childsWords: text('childs_words'),
    supersedesId: uuid('supersedes_id'),
    retracted: boolean('retracted').notNull().default(false),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('chronology_person_idx').on(t.personId),
    // An entry is corrected or retracted once: two people superseding the same entry at once is a conflict.
    uniqueIndex('chronology_supersedes_uq').on(t.supersedesId),
  ],
);

export const planKinds = ['early-help', 'child-in-need', 'child-protection'] as const;
export const cpCategories = ['neglect', 'physical', 'emotional', 'sexual', 'multiple'] as const;

export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind', { enum: planKinds }).notNull(),
    category: text('category', { enum: cpCategories }),
    startedOn: text('started_on').notNull(),
    endedOn: text('ended_on'),
    detail: text('detail'),
    agencyName: text('agency_name'),
    supersedesId: uuid('supersedes_id'),
    retracted: boolean('retracted').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('plans_person_idx').on(t.personId)],
);
