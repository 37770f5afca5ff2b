/**
 * The decision chain: one append-only sequence per partnership. Each row holds the canonical JSON
 * of a sealed record exactly as it was hashed, its hash and the previous record's hash. A sign-off
 * is its own record in the chain, pointing at the decision it signs off.
 */
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { partnerships, users } from './org.js';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const chainEntryKinds = ['decision', 'sign-off'] as const;

export const chainEntries = pgTable(
  'chain_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: chainEntryKinds }).notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    caseVersion: integer('case_version').notNull(),
    /** For a sign-off: the decision entry it signs off. */
    decisionId: uuid('decision_id'),
    /** The sealed record's canonical JSON, byte for byte as hashed. */
    recordJson: text('record_json').notNull(),
    prevHash: text('prev_hash'),
    hash: text('hash').notNull(),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    unique('chain_entries_partnership_seq_uq').on(t.partnershipId, t.seq),
    index('chain_entries_case_idx').on(t.caseId),
    index('chain_entries_decision_idx').on(t.decisionId),
  ],
);

/** A submission's idempotency key and the answer it got, written in the same transaction as the work. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    key: text('key').notNull(),
    route: text('route').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    response: jsonb('response').$type<unknown>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
