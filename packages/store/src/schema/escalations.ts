/**
 * Escalations (professional disagreements) and their stages. Each stage opened, answered or
 * resolved is a new event row carrying its working-day deadline.
 */
import type { Disagreement } from '@sightline/core';
import type { MachineEvent } from './cases.js';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { agencies, partnerships, users } from './org.js';
import { people } from './people.js';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const escalations = pgTable(
  'escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    /** The case whose decision is challenged, where it is on record. */
    caseId: uuid('case_id').references(() => cases.id),
    childPersonId: uuid('child_person_id').references(() => people.id),
    raisedBy: uuid('raised_by')
      .notNull()
      .references(() => users.id),
    raisingAgencyId: uuid('raising_agency_id')
      .notNull()
      .references(() => agencies.id),
    /** The agency whose decision is challenged. */
    againstAgencyId: uuid('against_agency_id')
      .notNull()
      .references(() => agencies.id),
    disagreement: jsonb('disagreement').$type<Disagreement>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('escalations_agency_idx').on(t.raisingAgencyId)],
);

export const escalationEventKinds = ['stage-opened', 'response', 'resolved', 'urgent-referral'] as const;

export const escalationEvents = pgTable(
  'escalation_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    escalationId: uuid('escalation_id')
      .notNull()
      .references(() => escalations.id),
    kind: text('kind', { enum: escalationEventKinds }).notNull(),
    stage: integer('stage'),
    /** YYYY-MM-DD the stage opened, and its deadline in working days. */
    openedOn: text('opened_on'),
    dueOn: text('due_on'),
    between: text('between'),
    note: text('note').notNull(),
    /** The escalation machine's event this row records, when the escalation follows the pathway; the server replays them. */
    event: jsonb('event').$type<MachineEvent>(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('escalation_events_escalation_idx').on(t.escalationId)],
);
