/** Who read or wrote which case, person, decision or escalation, and when. Append-only. */
import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './org.js';

export const accessActions = ['read', 'write'] as const;
export const accessSubjects = ['case', 'person', 'decision', 'escalation', 'draft', 'access-log', 'user'] as const;

export const accessLog = pgTable(
  'access_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    action: text('action', { enum: accessActions }).notNull(),
    subject: text('subject', { enum: accessSubjects }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** The case this access concerns, where there is one (for a case's own log). */
    caseId: uuid('case_id'),
    /** Route template, e.g. `GET /api/cases/:id` (never the URL with its query). */
    route: text('route').notNull(),
  },
  (t) => [index('access_log_case_idx').on(t.caseId), index('access_log_subject_idx').on(t.subjectId)],
);
