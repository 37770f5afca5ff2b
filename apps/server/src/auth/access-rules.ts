/**
 * Who may see what. Roles are scoped to an agency: the front door sees the cases it holds and the
 * ones referred to it; a school's DSL sees only what their school referred and its outcomes;
 * nobody sees another partnership's records. Within the front door, a duty worker or supervisor
 * who belongs to a team is further scoped to that team: they see and act on cases their team
 * holds and on cases no team holds yet (referrals waiting at the front door), never on another
 * team's. Users without a team (auditors, administrators, agency-wide workers) keep agency-wide
 * scope. Out-of-scope records answer 404, so their existence is not revealed.
 */
import type { CaseRow, Role, UserContext } from '@sightline/store';

/** Roles that work at the front door on behalf of their agency. */
const caseWorkers: readonly Role[] = ['duty-worker', 'supervisor'];

/** The parts of a case row that decide who may see it. */
export type ScopedCase = Pick<CaseRow, 'partnershipId' | 'ownerAgencyId' | 'ownerTeamId' | 'referrerAgencyId'>;

/**
 * The team a case worker is confined to, or null when they work agency-wide (no team, or a role
 * that is not team-scoped).
 */
export function scopingTeamOf(user: UserContext): string | null {
  return caseWorkers.includes(user.role) ? (user.team?.id ?? null) : null;
}

/** Whether the case is outside the user's team: held by another team of the user's own agency. */
export function isOtherTeamsCase(user: UserContext, row: Pick<CaseRow, 'ownerAgencyId' | 'ownerTeamId'>): boolean {
  const team = scopingTeamOf(user);
  if (team === null || row.ownerTeamId === null) return false;
  return row.ownerAgencyId === user.agency.id && row.ownerTeamId !== team;
}

/** Whether the user may read this case. */
export function canReadCase(user: UserContext, row: ScopedCase): boolean {
  if (row.partnershipId !== user.partnershipId) return false;
  if (isOtherTeamsCase(user, row)) return false;
  const ownAgency = row.ownerAgencyId === user.agency.id || row.referrerAgencyId === user.agency.id;
  switch (user.role) {
    case 'duty-worker':
    case 'supervisor':
    case 'auditor':
      return ownAgency;
    case 'dsl':
      return row.referrerAgencyId === user.agency.id;
    case 'administrator':
      return false;
  }
}

/** Whether the user may save a new version of the case (facts, links). */
export function canWriteCase(user: UserContext, row: ScopedCase, decided: boolean): boolean {
  if (!canReadCase(user, row)) return false;
  if (caseWorkers.includes(user.role)) return row.ownerAgencyId === user.agency.id;
  if (user.role === 'dsl') return !decided;
  return false;
}

/** Whether the user may decide on the case. */
export function canDecideCase(user: UserContext, row: ScopedCase): boolean {
  return (
    caseWorkers.includes(user.role) &&
    row.partnershipId === user.partnershipId &&
    row.ownerAgencyId === user.agency.id &&
    !isOtherTeamsCase(user, row)
  );
}

/** Whether the user may see identities of household members and match suggestions for the case. */
export function seesIdentities(user: UserContext): boolean {
  return user.role !== 'dsl';
}

/**
 * Whether the person is on the partnership's shared register for this user. A record one agency
 * keeps to itself (a school's pupil) is never on it: the register's routes answer 404 for it.
 */
export function isOnRegister(user: UserContext, person: { partnershipId: string; heldByAgencyId: string | null }): boolean {
  return person.partnershipId === user.partnershipId && person.heldByAgencyId === null;
}

/**
 * Whether the user keeps this pupil's school log: a DSL of the school whose roll the pupil is on.
 * Anyone else (another school's DSL, the front door) gets 404: the front door learns of a pupil
 * only through a request for support the school sends.
 */
export function keepsPupilLog(user: UserContext, pupil: { partnershipId: string; agencyId: string }): boolean {
  return user.role === 'dsl' && pupil.partnershipId === user.partnershipId && pupil.agencyId === user.agency.id;
}
