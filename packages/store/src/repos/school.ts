/**
 * A school's pupil roll and each pupil's school chronology. A pupil is a person record the school
 * keeps to itself (`heldByAgencyId`); their concerns, figures and requests for support are
 * chronology entries on that person, corrected or retracted by new rows like any other entry.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../database.js';
import { chronologyEntries, people, personVersions, schoolPupils, users } from '../schema/index.js';
import { createPerson, type PersonVersionRow } from './people.js';
import type { ChronologyRow } from './records.js';
import { firstRow } from './rows.js';

export type SchoolPupilRow = typeof schoolPupils.$inferSelect;

/** A pupil on a school's roll with their current details. */
export interface SchoolPupil {
  roll: SchoolPupilRow;
  partnershipId: string;
  details: PersonVersionRow;
}

export interface NewSchoolPupil {
  partnershipId: string;
  agencyId: string;
  createdBy: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  ageYears: number | null;
  yearGroup: string | null;
  isSynthetic?: boolean | undefined;
}

/** Puts a pupil on a school's roll as a person only that school sees (call inside a transaction). */
export async function addSchoolPupil(tx: DbOrTx, input: NewSchoolPupil): Promise<SchoolPupil> {
  const person = await createPerson(tx, {
    partnershipId: input.partnershipId,
    createdBy: input.createdBy,
    createdByAgencyId: input.agencyId,
    heldByAgencyId: input.agencyId,
    isSynthetic: input.isSynthetic,
    person: {
      kind: 'child',
      givenName: input.givenName,
      familyName: input.familyName,
      otherNames: [],
      dateOfBirth: input.dateOfBirth,
      expectedDate: null,
      sex: null,
      nhsNumber: null,
      address: null,
      postcode: null,
    },
  });
  const roll = firstRow(
    await tx
      .insert(schoolPupils)
      .values({
        agencyId: input.agencyId,
        personId: person.id,
        ageYears: input.ageYears,
        yearGroup: input.yearGroup,
        createdBy: input.createdBy,
      })
      .returning(),
    'addSchoolPupil',
  );
  return { roll, partnershipId: person.partnershipId, details: person.current };
}

async function withDetails(db: DbOrTx, rows: { roll: SchoolPupilRow; partnershipId: string }[]): Promise<SchoolPupil[]> {
  if (rows.length === 0) return [];
  const versions = await db
    .select()
    .from(personVersions)
    .where(
      inArray(
        personVersions.personId,
        rows.map((r) => r.roll.personId),
      ),
    )
    .orderBy(asc(personVersions.version));
  const current = new Map<string, PersonVersionRow>();
  for (const v of versions) current.set(v.personId, v);
  return rows.flatMap((r) => {
    const details = current.get(r.roll.personId);
    return details ? [{ ...r, details }] : [];
  });
}

/** The pupil whose person id this is, with the school whose roll they are on; undefined if none. */
export async function getSchoolPupil(db: DbOrTx, personId: string): Promise<SchoolPupil | undefined> {
  const rows = await db
    .select({ roll: schoolPupils, partnershipId: people.partnershipId })
    .from(schoolPupils)
    .innerJoin(people, eq(people.id, schoolPupils.personId))
    .where(eq(schoolPupils.personId, personId));
  return (await withDetails(db, rows))[0];
}

/** A school's pupils, by family name then given name. */
export async function listSchoolPupils(db: DbOrTx, agencyId: string): Promise<SchoolPupil[]> {
  const rows = await db
    .select({ roll: schoolPupils, partnershipId: people.partnershipId })
    .from(schoolPupils)
    .innerJoin(people, eq(people.id, schoolPupils.personId))
    .where(eq(schoolPupils.agencyId, agencyId))
    .orderBy(asc(schoolPupils.createdAt));
  const pupils = await withDetails(db, rows);
  const key = (p: SchoolPupil) => `${p.details.familyName}\u0001${p.details.givenName}`.toLocaleLowerCase('en-GB');
  return pupils.sort((a, b) => key(a).localeCompare(key(b), 'en-GB'));
}

/**
 * A pupil already on the school's roll with the same names (ignoring case and outer spaces) and the
 * same date of birth. Without a date of birth two pupils may share a name, so nothing is matched.
 */
export async function findSchoolPupil(
  db: DbOrTx,
  agencyId: string,
  who: { givenName: string; familyName: string; dateOfBirth: string | null },
): Promise<SchoolPupil | undefined> {
  if (who.dateOfBirth === null) return undefined;
  const same = (column: AnyPgColumn, value: string) => sql`lower(trim(${column})) = ${value.trim().toLowerCase()}`;
  const rows = await db
    .selectDistinct({ personId: personVersions.personId })
    .from(personVersions)
    .innerJoin(schoolPupils, eq(schoolPupils.personId, personVersions.personId))
    .where(
      and(
        eq(schoolPupils.agencyId, agencyId),
        eq(personVersions.dateOfBirth, who.dateOfBirth),
        same(personVersions.givenName, who.givenName),
        same(personVersions.familyName, who.familyName),
      ),
    );
  for (const row of rows) {
    const pupil = await getSchoolPupil(db, row.personId);
    // Only the current details count: an earlier spelling that was corrected is not a match.
    if (
      pupil &&
      pupil.details.dateOfBirth === who.dateOfBirth &&
      pupil.details.givenName.trim().toLowerCase() === who.givenName.trim().toLowerCase() &&
      pupil.details.familyName.trim().toLowerCase() === who.familyName.trim().toLowerCase()
    )
      return pupil;
  }
  return undefined;
}

/** A chronology row with the name of the person who recorded it. */
export type ChronologyRowWithAuthor = ChronologyRow & { createdByName: string };

/**
 * Every chronology row for these people, superseded and retracted ones too (the full record, for a
 * chronology that shows what changed), in the order things happened and then were recorded.
 */
export async function listChronologyHistory(db: DbOrTx, personIds: readonly string[]): Promise<ChronologyRowWithAuthor[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .select({ entry: chronologyEntries, createdByName: users.displayName })
    .from(chronologyEntries)
    .innerJoin(users, eq(users.id, chronologyEntries.createdBy))
    .where(inArray(chronologyEntries.personId, [...new Set(personIds)]))
    .orderBy(
      asc(chronologyEntries.occurredOn),
      asc(chronologyEntries.createdAt),
      // Rows written together share a timestamp: the concern before the figures logged with it.
      sql`case ${chronologyEntries.kind} when 'observation' then 0 when 'measure' then 1 else 2 end`,
      asc(chronologyEntries.id),
    );
  return rows.map((r) => ({ ...r.entry, createdByName: r.createdByName }));
}
