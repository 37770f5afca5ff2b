/** The access log: every read and write of a case, person, decision or escalation. */
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { accessLog, agencies, users } from '../schema/index.js';

export type AccessLogRow = typeof accessLog.$inferSelect;
export type AccessEntry = Omit<AccessLogRow, 'id' | 'at'>;

export async function appendAccess(db: DbOrTx, entries: readonly AccessEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(accessLog).values([...entries]);
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
