/**
 * A school's pupil roll: the pupils a school (an agency) keeps a concern log for. Each pupil is a
 * person record held by that school alone (`people.held_by_agency_id`), and their logged concerns,
 * figures and requests for support are chronology entries on that person. The front door learns of
 * a pupil only through a request for support the school sends. Append-only like every table.
 */
import { index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies, users } from './org.js';
import { people } from './people.js';

export const schoolPupils = pgTable(
  'school_pupils',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The school whose roll this is. */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** Age in whole years as given when the pupil was added, for a pupil whose date of birth is not known. */
    ageYears: integer('age_years'),
    yearGroup: text('year_group'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [unique('school_pupils_person_uq').on(t.personId), index('school_pupils_agency_idx').on(t.agencyId)],
);
