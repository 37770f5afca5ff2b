/**
 * Who works in Sightline: partnerships (the area whose agencies share one threshold framework and
 * one decision chain), their agencies and teams, users with one role each, and sessions.
 */
import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const roles = ['duty-worker', 'dsl', 'supervisor', 'auditor', 'administrator'] as const;
export type Role = (typeof roles)[number];

export const agencyKinds = ['local-authority', 'school', 'health', 'police', 'other'] as const;
export type AgencyKind = (typeof agencyKinds)[number];

export const partnerships = pgTable('partnerships', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  frameworkId: text('framework_id').notNull(),
  createdAt: createdAt(),
});

export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: agencyKinds }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('agencies_partnership_idx').on(t.partnershipId)],
);

export const teams = pgTable('teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  agencyId: uuid('agency_id')
    .notNull()
    .references(() => agencies.id),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  agencyId: uuid('agency_id')
    .notNull()
    .references(() => agencies.id),
  teamId: uuid('team_id').references(() => teams.id),
  /** Lower-case login name, unique across the service. */
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: roles }).notNull(),
  /** argon2id PHC string. */
  passwordHash: text('password_hash').notNull(),
  /** A demo account seeded in embedded mode; the server refuses to start in production while one exists. */
  isDemo: boolean('is_demo').notNull().default(false),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
});

/** Deactivating a user is a new row, never an update. */
export const userDeactivations = pgTable('user_deactivations', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  reason: text('reason').notNull(),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
});

export const sessions = pgTable('sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** SHA-256 of the cookie token: a stolen database does not hand out live sessions. */
  tokenHash: text('token_hash').notNull().unique(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  csrfToken: text('csrf_token').notNull(),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** Signing out appends a row; the session row itself never changes. */
export const sessionEnds = pgTable('session_ends', {
  sessionId: uuid('session_id')
    .primaryKey()
    .references(() => sessions.id),
  createdAt: createdAt(),
});
