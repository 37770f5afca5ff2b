/** The access log: every read and write of a case, person, decision or escalation. */
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { accessLog, agencies, users } from '../schema/index.js';
import { arrayParam } from './bulk.js';

export type AccessLogRow = typeof accessLog.$inferSelect;
export type AccessEntry = Omit<AccessLogRow, 'id' | 'at'>;

/** The INSERT that appends these entries (for `insertSealedEntries`' `alsoInsert`, or on its own). */
export function accessInsert(entries: readonly AccessEntry[]): SQL {
  const column = <K extends keyof AccessEntry>(key: K) => entries.map((e) => e[key]);
  return sql`
    insert into ${accessLog} (user_id, action, subject, subject_id, case_id, route)
    select * from unnest(
      ${arrayParam(column('userId'), 'uuid')}, ${arrayParam(column('action'), 'text')}, ${arrayParam(column('subject'), 'text')},
      ${arrayParam(column('subjectId'), 'uuid')}, ${arrayParam(column('caseId'), 'uuid')}, ${arrayParam(column('route'), 'text')})`;
}

/** Appends entries in one statement. */
export async function appendAccess(db: DbOrTx, entries: readonly AccessEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.execute(accessInsert(entries));
}

export interface AccessLogView extends AccessLogRow {
  user: { id: string; displayName: string; role: string };
}

const columns = {
  id: accessLog.id,
  at: accessLog.at,
  userId: accessLog.userId,
  action: accessLog.action,
  subject: accessLog.subject,
  subjectId: accessLog.subjectId,
  caseId: accessLog.caseId,
  route: accessLog.route,
  displayName: users.displayName,
  role: users.role,
};

/** Access log entries, newest first: for one case, or for a whole partnership (optionally one user). */
export async function listAccess(
  db: DbOrTx,
  filter: { partnershipId: string; caseId?: string | undefined; userId?: string | undefined; limit: number },
): Promise<AccessLogView[]> {
  const conditions: SQL[] = [eq(agencies.partnershipId, filter.partnershipId)];
  if (filter.caseId) conditions.push(eq(accessLog.caseId, filter.caseId));
  if (filter.userId) conditions.push(eq(accessLog.userId, filter.userId));
  const rows = await db
    .select(columns)
    .from(accessLog)
    .innerJoin(users, eq(users.id, accessLog.userId))
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(...conditions))
    .orderBy(desc(accessLog.id))
    .limit(filter.limit);
  return rows.map(({ displayName, role, ...row }) => ({ ...row, user: { id: row.userId, displayName, role } }));
}
