/**
 * Who may see what. Roles are scoped to an agency: the front door sees the cases it holds and the
 * ones referred to it; a school's DSL sees only what their school referred and its outcomes;
 * nobody sees another partnership's records. Out-of-scope records answer 404, so their existence
 * is not revealed.
 */
import type { CaseRow, Role, UserContext } from '@sightline/store';

/** Roles that work at the front door on behalf of their agency. */
const caseWorkers: readonly Role[] = ['duty-worker', 'supervisor'];

/** Whether the user may read this case. */
export function canReadCase(
  user: UserContext,
  row: Pick<CaseRow, 'partnershipId' | 'ownerAgencyId' | 'referrerAgencyId'>,
): boolean {
  if (row.partnershipId !== user.partnershipId) return false;
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
export function canWriteCase(
  user: UserContext,
  row: Pick<CaseRow, 'partnershipId' | 'ownerAgencyId' | 'referrerAgencyId'>,
  decided: boolean,
): boolean {
  if (!canReadCase(user, row)) return false;
  if (caseWorkers.includes(user.role)) return row.ownerAgencyId === user.agency.id;
  if (user.role === 'dsl') return !decided;
  return false;
}

/** Whether the user may decide on the case. */
export function canDecideCase(
  user: UserContext,
  row: Pick<CaseRow, 'partnershipId' | 'ownerAgencyId' | 'referrerAgencyId'>,
): boolean {
  return caseWorkers.includes(user.role) && row.partnershipId === user.partnershipId && row.ownerAgencyId === user.agency.id;
}

/** Whether the user may see identities of household members and match suggestions for the case. */
export function seesIdentities(user: UserContext): boolean {
  return user.role !== 'dsl';
}
