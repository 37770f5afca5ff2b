/** People on record: identities with versions, search, relationships, households and factors. */
import type { HouseholdFactors } from '@sightline/core';
import { and, asc, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { personSearchKeys, searchKeysFor } from '../matching/keys.js';
import { MATCH_THRESHOLD, type MatchScore, type RecordedIdentity, scorePerson } from '../matching/score.js';
import type { PersonIdentifiers } from '../schema/cases.js';
import {
  householdMembers,
  households,
  type OtherName,
  type PersonKind,
  people,
  personFactors,
  personSearchKeys as personSearchKeysTable,
  personVersions,
  type RelationshipKind,
  relationships,
} from '../schema/index.js';
import { currentRows, firstRow } from './rows.js';

export type PersonVersionRow = typeof personVersions.$inferSelect;
export type RelationshipRow = typeof relationships.$inferSelect;

/** A person's details as entered. */
export interface PersonInput {
  kind: PersonKind;
  givenName: string;
  familyName: string;
  otherNames: OtherName[];
  dateOfBirth: string | null;
  expectedDate: string | null;
  sex: string | null;
  nhsNumber: string | null;
  address: string | null;
  postcode: string | null;
}

export interface PersonRecord {
  id: string;
  partnershipId: string;
  /** The one agency that keeps this record to itself, or null for the shared register. */
  heldByAgencyId: string | null;
  isSynthetic: boolean;
  createdAt: Date;
  current: PersonVersionRow;
  versions: PersonVersionRow[];
}

async function insertVersion(
  tx: DbOrTx,
  personId: string,
  version: number,
  input: PersonInput,
  reason: string | null,
  createdBy: string | null,
): Promise<PersonVersionRow> {
  const row = firstRow(
    await tx
      .insert(personVersions)
      .values({ personId, version, ...input, reason, createdBy })
      .returning(),
    'insert person version',
  );
  const keys = personSearchKeys(input);
  if (keys.length > 0) {
    await tx.insert(personSearchKeysTable).values(keys.map((key) => ({ personId, personVersionId: row.id, key })));
  }
  return row;
}

/** Puts a new person on record (call inside a transaction: three tables are written). */
export async function createPerson(
  tx: DbOrTx,
  input: {
    partnershipId: string;
    createdBy: string | null;
    createdByAgencyId: string | null;
    /** Only for a record one agency keeps to itself (a school's pupil); left out of the shared register. */
    heldByAgencyId?: string | null | undefined;
    isSynthetic?: boolean | undefined;
    person: PersonInput;
  },
): Promise<PersonRecord> {
  const person = firstRow(
    await tx
      .insert(people)
      .values({
        partnershipId: input.partnershipId,
        createdBy: input.createdBy,
        createdByAgencyId: input.createdByAgencyId,
        heldByAgencyId: input.heldByAgencyId ?? null,
        isSynthetic: input.isSynthetic ?? false,
      })
      .returning(),
    'createPerson',
  );
  const version = await insertVersion(tx, person.id, 1, input.person, null, input.createdBy);
  return { ...person, current: version, versions: [version] };
}

export async function getPerson(db: DbOrTx, id: string): Promise<PersonRecord | undefined> {
  const [person] = await db.select().from(people).where(eq(people.id, id));
  if (!person) return undefined;
  const versions = await db
    .select()
    .from(personVersions)
    .where(eq(personVersions.personId, id))
    .orderBy(asc(personVersions.version));
  const current = versions.at(-1);
  if (!current) return undefined;
  return { ...person, current, versions };
}

/** The current version of each person in `ids`. */
export async function getCurrentVersions(db: DbOrTx, ids: readonly string[]): Promise<Map<string, PersonVersionRow>> {
  const result = new Map<string, PersonVersionRow>();
  if (ids.length === 0) return result;
  const rows = await db
    .select()
    .from(personVersions)
    .where(inArray(personVersions.personId, [...new Set(ids)]))
    .orderBy(asc(personVersions.version));
  for (const row of rows) result.set(row.personId, row);
  return result;
}

export type VersionedWrite<T> = { ok: true; value: T } | { ok: false; currentVersion: number };

/** Records corrected details as version n+1; a stale `expectedVersion` writes nothing. */
export async function addPersonVersion(
  tx: DbOrTx,
  input: { personId: string; expectedVersion: number; person: PersonInput; reason: string; createdBy: string },
): Promise<VersionedWrite<PersonVersionRow>> {
  const [latest] = await tx
    .select({ version: personVersions.version })
    .from(personVersions)
    .where(eq(personVersions.personId, input.personId))
    .orderBy(desc(personVersions.version))
    .limit(1);
  const currentVersion = latest?.version ?? 0;
  if (currentVersion !== input.expectedVersion) return { ok: false, currentVersion };
  const row = await insertVersion(tx, input.personId, currentVersion + 1, input.person, input.reason, input.createdBy);
  return { ok: true, value: row };
}

export interface MatchCandidate extends MatchScore {
  personId: string;
  current: PersonVersionRow;
}

/**
 * People on the partnership's register who may be the person described: looked up by name (other
 * names and spellings too), date of birth, NHS number and postcode, then scored. Best first.
 * Records an agency keeps to itself (a school's pupils) are never candidates.
 */
export async function findMatches(
  db: DbOrTx,
  partnershipId: string,
  query: PersonIdentifiers,
  options: { limit?: number; exclude?: readonly string[] } = {},
): Promise<MatchCandidate[]> {
  const keys = searchKeysFor(query);
  if (keys.length === 0) return [];
  const hits = await db
    .selectDistinct({ personId: personSearchKeysTable.personId })
    .from(personSearchKeysTable)
    .innerJoin(people, eq(people.id, personSearchKeysTable.personId))
    .where(and(inArray(personSearchKeysTable.key, keys), eq(people.partnershipId, partnershipId), isNull(people.heldByAgencyId)))
    .limit(500);
  const excluded = new Set(options.exclude ?? []);
  const ids = hits.map((h) => h.personId).filter((id) => !excluded.has(id));
  if (ids.length === 0) return [];
  const versions = await db
    .select()
    .from(personVersions)
    .where(inArray(personVersions.personId, ids))
    .orderBy(asc(personVersions.version));
  const byPerson = new Map<string, PersonVersionRow[]>();
  for (const v of versions) byPerson.set(v.personId, [...(byPerson.get(v.personId) ?? []), v]);
  const candidates: MatchCandidate[] = [];
  for (const [personId, rows] of byPerson) {
    const current = rows.at(-1);
    if (!current) continue;
    const identities: RecordedIdentity[] = rows.map((r) => ({ ...r, current: r === current }));
    const result = scorePerson(query, identities);
    if (result.score >= MATCH_THRESHOLD) candidates.push({ personId, current, ...result });
  }
  candidates.sort((a, b) => b.score - a.score || a.personId.localeCompare(b.personId));
  return candidates.slice(0, options.limit ?? 20);
}

export async function addRelationship(
  db: DbOrTx,
  input: { personId: string; relatedPersonId: string; kind: RelationshipKind; detail: string | null; createdBy: string | null },
): Promise<RelationshipRow> {
  return firstRow(await db.insert(relationships).values(input).returning(), 'addRelationship');
}

export async function getRelationship(db: DbOrTx, id: string): Promise<RelationshipRow | undefined> {
  const [row] = await db.select().from(relationships).where(eq(relationships.id, id));
  return row;
}

/** Retracting a relationship adds a row that supersedes it. */
export async function retractRelationship(
  db: DbOrTx,
  input: { id: string; reason: string; createdBy: string },
): Promise<RelationshipRow | undefined> {
  const old = await getRelationship(db, input.id);
  if (!old) return undefined;
  return firstRow(
    await db
      .insert(relationships)
      .values({
        personId: old.personId,
        relatedPersonId: old.relatedPersonId,
        kind: old.kind,
        detail: input.reason,
        supersedesId: old.id,
        retracted: true,
        createdBy: input.createdBy,
      })
      .returning(),
    'retractRelationship',
  );
}

/** Relationships in force that involve any of `personIds`, in either direction. */
export async function listRelationships(db: DbOrTx, personIds: readonly string[]): Promise<RelationshipRow[]> {
  if (personIds.length === 0) return [];
  const ids = [...new Set(personIds)];
  const direct = await db
    .select()
    .from(relationships)
    .where(or(inArray(relationships.personId, ids), inArray(relationships.relatedPersonId, ids)));
  // Retraction rows point at their original; fetch any that point at these rows (they share people, so they are here).
  return currentRows(direct);
}

export async function addPersonFactors(
  db: DbOrTx,
  input: { personId: string; factors: HouseholdFactors; notes: string[]; createdBy: string | null },
): Promise<void> {
  await db.insert(personFactors).values(input);
}

/** The factors last recorded for each person. */
export async function latestFactors(
  db: DbOrTx,
  personIds: readonly string[],
): Promise<Map<string, { factors: HouseholdFactors; notes: string[]; createdAt: Date }>> {
  const result = new Map<string, { factors: HouseholdFactors; notes: string[]; createdAt: Date }>();
  if (personIds.length === 0) return result;
  const rows = await db
    .select()
    .from(personFactors)
    .where(inArray(personFactors.personId, [...new Set(personIds)]))
    .orderBy(asc(personFactors.createdAt));
  for (const row of rows) result.set(row.personId, { factors: row.factors, notes: row.notes, createdAt: row.createdAt });
  return result;
}

export interface HouseholdMemberInput {
  personId: string;
  role: string;
  startedOn: string | null;
}

export async function createHousehold(
  tx: DbOrTx,
  input: {
    partnershipId: string;
    address: string | null;
    postcode: string | null;
    members: HouseholdMemberInput[];
    createdBy: string | null;
  },
): Promise<{ id: string }> {
  const household = firstRow(
    await tx
      .insert(households)
      .values({
        partnershipId: input.partnershipId,
        address: input.address,
        postcode: input.postcode,
        createdBy: input.createdBy,
      })
      .returning({ id: households.id }),
    'createHousehold',
  );
  if (input.members.length > 0) {
    await tx.insert(householdMembers).values(
      input.members.map((m) => ({
        householdId: household.id,
        personId: m.personId,
        role: m.role,
        startedOn: m.startedOn,
        createdBy: input.createdBy,
      })),
    );
  }
  return household;
}

export interface HouseholdView {
  id: string;
  partnershipId: string;
  address: string | null;
  postcode: string | null;
  members: { id: string; personId: string; role: string; startedOn: string | null; endedOn: string | null }[];
}

/** Households any of `personIds` belong to, with their members in force. */
export async function listHouseholdsFor(db: DbOrTx, personIds: readonly string[]): Promise<HouseholdView[]> {
  if (personIds.length === 0) return [];
  const mine = await db
    .selectDistinct({ householdId: householdMembers.householdId })
    .from(householdMembers)
    .where(inArray(householdMembers.personId, [...new Set(personIds)]));
  const ids = mine.map((m) => m.householdId);
  if (ids.length === 0) return [];
  const rows = await db.select().from(households).where(inArray(households.id, ids));
  const members = currentRows(await db.select().from(householdMembers).where(inArray(householdMembers.householdId, ids)));
  return rows.map((h) => ({
    id: h.id,
    partnershipId: h.partnershipId,
    address: h.address,
    postcode: h.postcode,
    members: members
      .filter((m) => m.householdId === h.id)
      .map((m) => ({ id: m.id, personId: m.personId, role: m.role, startedOn: m.startedOn, endedOn: m.endedOn })),
  }));
}
