/** Plans and chronology entries about people. Corrections and retractions are new rows. */
import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { type ChronologyEvent, type ChronologyMeasure, chronologyEntries, plans } from '../schema/index.js';
import { currentRows, firstRow } from './rows.js';

export type PlanRow = typeof plans.$inferSelect;
export type ChronologyRow = typeof chronologyEntries.$inferSelect;

export interface PlanInput {
  kind: PlanRow['kind'];
  category: PlanRow['category'];
  startedOn: string;
  endedOn: string | null;
  detail: string | null;
  agencyName: string | null;
}

export async function addPlan(
  db: DbOrTx,
  input: PlanInput & { personId: string; createdBy: string | null; supersedesId?: string | null; retracted?: boolean },
): Promise<PlanRow> {
  return firstRow(await db.insert(plans).values(input).returning(), 'addPlan');
}

export async function getPlan(db: DbOrTx, id: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id));
  return row;
}

/** Plans in force for any of `personIds`, oldest first. */
export async function listPlans(db: DbOrTx, personIds: readonly string[]): Promise<PlanRow[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .select()
    .from(plans)
    .where(inArray(plans.personId, [...new Set(personIds)]))
    .orderBy(asc(plans.createdAt));
  return currentRows(rows);
}

export interface ChronologyInput {
  occurredOn: string;
  kind: ChronologyRow['kind'];
  domain: string | null;
  description: string;
  codes: string[];
  measure: ChronologyMeasure | null;
  event: ChronologyEvent | null;
  sourceAgency: string;
  caseId: string | null;
}

export async function addChronologyEntry(
  db: DbOrTx,
  input: ChronologyInput & {
    personId: string;
    createdBy: string;
    childsWords?: string | null;
    supersedesId?: string | null;
    retracted?: boolean;
  },
): Promise<ChronologyRow> {
  return firstRow(await db.insert(chronologyEntries).values(input).returning(), 'addChronologyEntry');
}

export async function getChronologyEntry(db: DbOrTx, id: string): Promise<ChronologyRow | undefined> {
  const [row] = await db.select().from(chronologyEntries).where(eq(chronologyEntries.id, id));
  return row;
}

/** Chronology entries in force for any of `personIds`, in the order they happened. */
export async function listChronology(db: DbOrTx, personIds: readonly string[]): Promise<ChronologyRow[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .select()
    .from(chronologyEntries)
    .where(inArray(chronologyEntries.personId, [...new Set(personIds)]))
    .orderBy(asc(chronologyEntries.occurredOn), asc(chronologyEntries.createdAt));
  return currentRows(rows);
}
