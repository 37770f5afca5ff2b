/** Escalations of professional disagreements and their stage events. */
import type { Disagreement } from '@sightline/core';
import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { escalationEvents, escalations } from '../schema/index.js';
import { firstRow } from './rows.js';

export type EscalationRow = typeof escalations.$inferSelect;
export type EscalationEventRow = typeof escalationEvents.$inferSelect;

export interface EscalationWithEvents extends EscalationRow {
  events: EscalationEventRow[];
}

export interface EscalationEventInput {
  kind: EscalationEventRow['kind'];
  stage: number | null;
  openedOn: string | null;
  dueOn: string | null;
  between: string | null;
  note: string;
  /** The escalation machine's event, for an escalation that follows the pathway. */
  event?: EscalationEventRow['event'];
  createdBy: string;
}

export async function createEscalation(
  tx: DbOrTx,
  input: {
    partnershipId: string;
    caseId: string | null;
    childPersonId: string | null;
    raisedBy: string;
    raisingAgencyId: string;
    againstAgencyId: string;
    disagreement: Disagreement;
    events: EscalationEventInput[];
  },
): Promise<EscalationWithEvents> {
  const { events, ...values } = input;
  const row = firstRow(await tx.insert(escalations).values(values).returning(), 'createEscalation');
  const inserted =
    events.length > 0
      ? await tx
          .insert(escalationEvents)
          .values(events.map((e) => ({ ...e, escalationId: row.id })))
          .returning()
      : [];
  return { ...row, events: inserted };
}

/**
 * Appends a step. Its time is the moment the row is written (`clock_timestamp()`, not the
 * transaction's start), so steps taken under `lockEscalation` keep the order they were taken in.
 */
export async function addEscalationEvent(
  db: DbOrTx,
  input: EscalationEventInput & { escalationId: string },
): Promise<EscalationEventRow> {
  return firstRow(
    await db
      .insert(escalationEvents)
      .values({ ...input, createdAt: sql`clock_timestamp()` })
      .returning(),
    'addEscalationEvent',
  );
}

/**
 * Inside a transaction: holds the escalation until the transaction ends, so a step is checked
 * against every step before it and two steps sent at once are taken one after the other. (A row
 * lock, not an update: the append-only trigger is not involved.)
 */
export async function lockEscalation(tx: DbOrTx, id: string): Promise<void> {
  await tx.execute(sql`select 1 from ${escalations} where ${escalations.id} = ${id} for update`);
}

export async function getEscalation(db: DbOrTx, id: string): Promise<EscalationWithEvents | undefined> {
  const [row] = await db.select().from(escalations).where(eq(escalations.id, id));
  if (!row) return undefined;
  const events = await db
    .select()
    .from(escalationEvents)
    .where(eq(escalationEvents.escalationId, id))
    .orderBy(asc(escalationEvents.createdAt));
  return { ...row, events };
}

/** Escalations raised by, or against, any of these agencies; newest first. */
export async function listEscalations(
  db: DbOrTx,
  filter: { partnershipId: string; agencyIds: readonly string[]; raisedOnly?: boolean; limit: number },
): Promise<EscalationWithEvents[]> {
  if (filter.agencyIds.length === 0) return [];
  const ids = [...filter.agencyIds];
  const conditions: SQL[] = [eq(escalations.partnershipId, filter.partnershipId)];
  const scope = filter.raisedOnly
    ? inArray(escalations.raisingAgencyId, ids)
    : or(inArray(escalations.raisingAgencyId, ids), inArray(escalations.againstAgencyId, ids));
  if (scope) conditions.push(scope);
  const rows = await db
    .select()
    .from(escalations)
    .where(and(...conditions))
    .orderBy(desc(escalations.createdAt))
    .limit(filter.limit);
  if (rows.length === 0) return [];
  const events = await db
    .select()
    .from(escalationEvents)
    .where(
      inArray(
        escalationEvents.escalationId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(escalationEvents.createdAt));
  return rows.map((r) => ({ ...r, events: events.filter((e) => e.escalationId === r.id) }));
}
