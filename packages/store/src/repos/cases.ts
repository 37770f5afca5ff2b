/** Cases, their versions and the people confirmed as part of them. */
import type { CaseFacts } from '@sightline/core';
import { and, asc, desc, eq, inArray, isNull, notInArray, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { type CaseIdentities, caseLinks, cases, caseVersions, type MachineEvent } from '../schema/index.js';
import type { VersionedWrite } from './people.js';
import { currentRows, firstRow } from './rows.js';

export type CaseRow = typeof cases.$inferSelect;
export type CaseVersionRow = typeof caseVersions.$inferSelect;
export type CaseLinkRow = typeof caseLinks.$inferSelect;

export interface CaseContent {
  facts: CaseFacts;
  events: MachineEvent[];
  identities: CaseIdentities;
  note: string | null;
}

export interface CaseWithVersion {
  case: CaseRow;
  version: CaseVersionRow;
}

/** Opens a case at version 1 (call inside a transaction). */
export async function createCase(
  tx: DbOrTx,
  input: {
    partnershipId: string;
    ownerAgencyId: string;
    ownerTeamId: string | null;
    referrerAgencyId: string | null;
    createdBy: string;
    content: CaseContent;
    /** Only for importing or seeding history: when the case was opened. */
    createdAt?: Date | undefined;
  },
): Promise<CaseWithVersion> {
  const createdAt = input.createdAt ? { createdAt: input.createdAt } : {};
  const row = firstRow(
    await tx
      .insert(cases)
      .values({
        partnershipId: input.partnershipId,
        pathway: input.content.facts.pathway,
        ownerAgencyId: input.ownerAgencyId,
        ownerTeamId: input.ownerTeamId,
        referrerAgencyId: input.referrerAgencyId,
        createdBy: input.createdBy,
        ...createdAt,
      })
      .returning(),
    'createCase',
  );
  const version = firstRow(
    await tx
      .insert(caseVersions)
      .values({ caseId: row.id, version: 1, ...input.content, createdBy: input.createdBy, ...createdAt })
      .returning(),
    'createCase version',
  );
  return { case: row, version };
}

export async function getCaseRow(db: DbOrTx, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row;
}

/** The case and its current version, in one query. */
export async function getCase(db: DbOrTx, id: string): Promise<CaseWithVersion | undefined> {
  const [row] = await db
    .select({ case: cases, version: caseVersions })
    .from(cases)
    .innerJoin(caseVersions, eq(caseVersions.caseId, cases.id))
    .where(eq(cases.id, id))
    .orderBy(desc(caseVersions.version))
    .limit(1);
  return row;
}

/** Several cases with their current versions, in one query; ids not found are left out. */
export async function getCases(db: DbOrTx, ids: readonly string[]): Promise<Map<string, CaseWithVersion>> {
  const found = new Map<string, CaseWithVersion>();
  const distinct = [...new Set(ids)];
  if (distinct.length <= 1) {
    // One case (the usual group): the simpler query plans faster than DISTINCT ON.
    const one = distinct[0] === undefined ? undefined : await getCase(db, distinct[0]);
    if (one) found.set(one.case.id, one);
    return found;
  }
  const rows = await db
    .selectDistinctOn([caseVersions.caseId], { case: cases, version: caseVersions })
    .from(cases)
    .innerJoin(caseVersions, eq(caseVersions.caseId, cases.id))
    .where(inArray(cases.id, distinct))
    .orderBy(caseVersions.caseId, desc(caseVersions.version));
  for (const row of rows) found.set(row.case.id, row);
  return found;
}

export async function getCaseVersion(db: DbOrTx, id: string, version: number): Promise<CaseVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(caseVersions)
    .where(and(eq(caseVersions.caseId, id), eq(caseVersions.version, version)));
  return row;
}

/** Saves version n+1 when `expectedVersion` is still the current one; otherwise writes nothing. */
export async function addCaseVersion(
  tx: DbOrTx,
  input: { caseId: string; expectedVersion: number; content: CaseContent; createdBy: string },
): Promise<VersionedWrite<CaseVersionRow>> {
  const [latest] = await tx
    .select({ version: caseVersions.version })
    .from(caseVersions)
    .where(eq(caseVersions.caseId, input.caseId))
    .orderBy(desc(caseVersions.version))
    .limit(1);
  const currentVersion = latest?.version ?? 0;
  if (currentVersion !== input.expectedVersion) return { ok: false, currentVersion };
  const row = firstRow(
    await tx
      .insert(caseVersions)
      .values({ caseId: input.caseId, version: currentVersion + 1, ...input.content, createdBy: input.createdBy })
      .returning(),
    'addCaseVersion',
  );
  return { ok: true, value: row };
}

export interface CaseListFilter {
  partnershipId: string;
  /** Cases held by, or referred by, any of these agencies. */
  agencyIds: readonly string[];
  /** Only cases referred by these agencies (a DSL's view). */
  referredOnly?: boolean | undefined;
  pathway?: CaseRow['pathway'] | undefined;
  /**
   * A team-scoped worker's team: cases those agencies hold for another team are left out (cases
   * no team holds yet stay in).
   */
  teamId?: string | null | undefined;
  limit: number;
}

/** Cases an agency holds or referred, newest first, with their current versions. */
export async function listCases(db: DbOrTx, filter: CaseListFilter): Promise<CaseWithVersion[]> {
  if (filter.agencyIds.length === 0) return [];
  const conditions: SQL[] = [eq(cases.partnershipId, filter.partnershipId)];
  const agencyIds = [...filter.agencyIds];
  const byAgency = filter.referredOnly
    ? inArray(cases.referrerAgencyId, agencyIds)
    : or(inArray(cases.ownerAgencyId, agencyIds), inArray(cases.referrerAgencyId, agencyIds));
  if (byAgency) conditions.push(byAgency);
  if (filter.pathway) conditions.push(eq(cases.pathway, filter.pathway));
  if (filter.teamId) {
    const ownTeam = or(
      notInArray(cases.ownerAgencyId, agencyIds),
      isNull(cases.ownerTeamId),
      eq(cases.ownerTeamId, filter.teamId),
    );
    if (ownTeam) conditions.push(ownTeam);
  }
  const rows = await db
    .select()
    .from(cases)
    .where(and(...conditions))
    .orderBy(desc(cases.createdAt))
    .limit(filter.limit);
  if (rows.length === 0) return [];
  const versions = await db
    .select()
    .from(caseVersions)
    .where(
      inArray(
        caseVersions.caseId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(caseVersions.version));
  const latest = new Map<string, CaseVersionRow>();
  for (const v of versions) latest.set(v.caseId, v);
  return rows.flatMap((row) => {
    const version = latest.get(row.id);
    return version ? [{ case: row, version }] : [];
  });
}

export async function addCaseLink(
  db: DbOrTx,
  input: {
    caseId: string;
    personId: string;
    role: CaseLinkRow['role'];
    memberId: string | null;
    reasons: string[];
    createdBy: string;
    supersedesId?: string | null;
    retracted?: boolean;
  },
): Promise<CaseLinkRow> {
  return firstRow(await db.insert(caseLinks).values(input).returning(), 'addCaseLink');
}

export async function getCaseLink(db: DbOrTx, id: string): Promise<CaseLinkRow | undefined> {
  const [row] = await db.select().from(caseLinks).where(eq(caseLinks.id, id));
  return row;
}

/** Links in force for a case. */
export async function listCaseLinks(db: DbOrTx, caseId: string): Promise<CaseLinkRow[]> {
  return currentRows(await db.select().from(caseLinks).where(eq(caseLinks.caseId, caseId)).orderBy(asc(caseLinks.createdAt)));
}

/** Links in force for each of these cases (a case with none maps to an empty list). */
export async function listLinksForCases(db: DbOrTx, caseIds: readonly string[]): Promise<Map<string, CaseLinkRow[]>> {
  const byCase = new Map<string, CaseLinkRow[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return byCase;
  const rows = await db
    .select()
    .from(caseLinks)
    .where(inArray(caseLinks.caseId, [...new Set(caseIds)]))
    .orderBy(asc(caseLinks.createdAt));
  for (const row of currentRows(rows)) byCase.get(row.caseId)?.push(row);
  return byCase;
}

/** Links in force between any of `personIds` and any case. */
export async function listLinksForPeople(db: DbOrTx, personIds: readonly string[]): Promise<CaseLinkRow[]> {
  if (personIds.length === 0) return [];
  const ids = [...new Set(personIds)];
  const rows = await db.select().from(caseLinks).where(inArray(caseLinks.personId, ids));
  return currentRows(rows);
}

export async function getCaseRows(db: DbOrTx, ids: readonly string[]): Promise<CaseRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(cases)
    .where(inArray(cases.id, [...new Set(ids)]));
}
