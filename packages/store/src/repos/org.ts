/** Partnerships, agencies, teams, users and sessions. */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import {
  type AgencyKind,
  agencies,
  partnerships,
  type Role,
  sessionEnds,
  sessions,
  teams,
  userDeactivations,
  users,
} from '../schema/index.js';
import { firstRow } from './rows.js';

export type PartnershipRow = typeof partnerships.$inferSelect;
export type AgencyRow = typeof agencies.$inferSelect;
export type TeamRow = typeof teams.$inferSelect;
export type UserRow = typeof users.$inferSelect;

/** A user with what every permission check needs. */
export interface UserContext {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  isDemo: boolean;
  partnershipId: string;
  agency: { id: string; name: string; kind: AgencyKind };
  team: { id: string; name: string } | null;
  deactivated: boolean;
}

export async function createPartnership(db: DbOrTx, input: { name: string; frameworkId: string }): Promise<PartnershipRow> {
  return firstRow(await db.insert(partnerships).values(input).returning(), 'createPartnership');
}

export async function getPartnership(db: DbOrTx, id: string): Promise<PartnershipRow | undefined> {
  const [row] = await db.select().from(partnerships).where(eq(partnerships.id, id));
  return row;
}

export async function createAgency(
  db: DbOrTx,
  input: { partnershipId: string; name: string; kind: AgencyKind },
): Promise<AgencyRow> {
  return firstRow(await db.insert(agencies).values(input).returning(), 'createAgency');
}

export async function getAgency(db: DbOrTx, id: string): Promise<AgencyRow | undefined> {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
  return row;
}

export async function listAgencies(db: DbOrTx, partnershipId: string): Promise<AgencyRow[]> {
  return db.select().from(agencies).where(eq(agencies.partnershipId, partnershipId)).orderBy(asc(agencies.name));
}

export async function createTeam(db: DbOrTx, input: { agencyId: string; name: string }): Promise<TeamRow> {
  return firstRow(await db.insert(teams).values(input).returning(), 'createTeam');
}

/** An agency's teams, by name. */
export async function listTeams(db: DbOrTx, agencyId: string): Promise<TeamRow[]> {
  return db.select().from(teams).where(eq(teams.agencyId, agencyId)).orderBy(asc(teams.name));
}

export async function getTeam(db: DbOrTx, id: string): Promise<TeamRow | undefined> {
  const [row] = await db.select().from(teams).where(eq(teams.id, id));
  return row;
}

export interface NewUser {
  agencyId: string;
  teamId?: string | null | undefined;
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  isDemo?: boolean | undefined;
  createdBy?: string | null | undefined;
}

export async function createUser(db: DbOrTx, input: NewUser): Promise<UserRow> {
  const values = {
    agencyId: input.agencyId,
    teamId: input.teamId ?? null,
    username: input.username.toLowerCase(),
    displayName: input.displayName,
    role: input.role,
    passwordHash: input.passwordHash,
    isDemo: input.isDemo ?? false,
    createdBy: input.createdBy ?? null,
  };
  return firstRow(await db.insert(users).values(values).returning(), 'createUser');
}

const userContextColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  isDemo: users.isDemo,
  passwordHash: users.passwordHash,
  partnershipId: agencies.partnershipId,
  agencyId: agencies.id,
  agencyName: agencies.name,
  agencyKind: agencies.kind,
  teamId: teams.id,
  teamName: teams.name,
  deactivatedAt: userDeactivations.createdAt,
};

type UserContextRow = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  isDemo: boolean;
  passwordHash: string;
  partnershipId: string;
  agencyId: string;
  agencyName: string;
  agencyKind: AgencyKind;
  teamId: string | null;
  teamName: string | null;
  deactivatedAt: Date | null;
};

function toUserContext(row: UserContextRow): UserContext {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    isDemo: row.isDemo,
    partnershipId: row.partnershipId,
    agency: { id: row.agencyId, name: row.agencyName, kind: row.agencyKind },
    team: row.teamId !== null && row.teamName !== null ? { id: row.teamId, name: row.teamName } : null,
    deactivated: row.deactivatedAt !== null,
  };
}

function selectUserContext(db: DbOrTx) {
  return db
    .select(userContextColumns)
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .leftJoin(teams, eq(teams.id, users.teamId))
    .leftJoin(userDeactivations, eq(userDeactivations.userId, users.id));
}

/** A user and their password hash, by login name (case-insensitive). */
export async function findUserForLogin(
  db: DbOrTx,
  username: string,
): Promise<{ user: UserContext; passwordHash: string } | undefined> {
  const [row] = await selectUserContext(db).where(eq(users.username, username.toLowerCase()));
  return row ? { user: toUserContext(row), passwordHash: row.passwordHash } : undefined;
}

export async function getUserContext(db: DbOrTx, id: string): Promise<UserContext | undefined> {
  const [row] = await selectUserContext(db).where(eq(users.id, id));
  return row ? toUserContext(row) : undefined;
}

export async function listUsers(db: DbOrTx, partnershipId: string): Promise<UserContext[]> {
  const rows = await selectUserContext(db).where(eq(agencies.partnershipId, partnershipId)).orderBy(asc(users.username));
  return rows.map(toUserContext);
}

export async function deactivateUser(db: DbOrTx, input: { userId: string; reason: string; createdBy: string }): Promise<void> {
  await db.insert(userDeactivations).values(input);
}

/** How many demo accounts exist (the server refuses to start in production while any do). */
export async function countDemoUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(eq(users.isDemo, true));
  return row?.n ?? 0;
}

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function createSession(
  db: DbOrTx,
  input: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<{ id: string }> {
  return firstRow(await db.insert(sessions).values(input).returning({ id: sessions.id }), 'createSession');
}

export type LiveSession = { sessionId: string; csrfToken: string; user: UserContext };

/** The live session for a token hash: not ended, not expired at `now`, and its user not deactivated. One query. */
export async function findLiveSession(db: DbOrTx, tokenHash: string, now: Date): Promise<LiveSession | undefined> {
  return (await findLiveSessions(db, [tokenHash], now)).get(tokenHash);
}

/**
 * The live sessions (not ended, not expired at `now`, user not deactivated) among these token
 * hashes, in one query, keyed by token hash.
 */
export async function findLiveSessions(db: DbOrTx, tokenHashes: readonly string[], now: Date): Promise<Map<string, LiveSession>> {
  const live = new Map<string, LiveSession>();
  if (tokenHashes.length === 0) return live;
  const rows = await db
    .select({
      ...userContextColumns,
      sessionId: sessions.id,
      tokenHash: sessions.tokenHash,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .leftJoin(teams, eq(teams.id, users.teamId))
    .leftJoin(userDeactivations, eq(userDeactivations.userId, users.id))
    .leftJoin(sessionEnds, eq(sessionEnds.sessionId, sessions.id))
    .where(
      and(
        tokenHashes.length === 1
          ? eq(sessions.tokenHash, tokenHashes[0] as string)
          : inArray(sessions.tokenHash, [...new Set(tokenHashes)]),
        isNull(sessionEnds.sessionId),
      ),
    );
  for (const row of rows) {
    if (row.expiresAt.getTime() <= now.getTime() || row.deactivatedAt !== null) continue;
    live.set(row.tokenHash, { sessionId: row.sessionId, csrfToken: row.csrfToken, user: toUserContext(row) });
  }
  return live;
}

export async function endSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.insert(sessionEnds).values({ sessionId }).onConflictDoNothing();
}
