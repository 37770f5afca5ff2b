/**
 * Demo accounts for embedded mode: one per role, clearly marked, with a shared demo password. The
 * server refuses to start in production while any exist (see `main.ts`).
 */
import {
  countDemoUsers,
  createAgency,
  createPartnership,
  createTeam,
  createUser,
  type Db,
  findUserForLogin,
  type Role,
} from '@sightline/store';
import { hashPassword } from '../auth/passwords.js';

/** The demo password, printed in the README. Never used outside embedded demo mode. */
export const DEMO_PASSWORD = 'demo-password-not-secret';

export const demoAccounts: readonly { username: string; displayName: string; role: Role; agency: 'front-door' | 'school' }[] = [
  { username: 'duty.worker', displayName: 'Demo duty worker', role: 'duty-worker', agency: 'front-door' },
  { username: 'dsl', displayName: 'Demo designated safeguarding lead', role: 'dsl', agency: 'school' },
  { username: 'supervisor', displayName: 'Demo supervisor', role: 'supervisor', agency: 'front-door' },
  { username: 'auditor', displayName: 'Demo auditor', role: 'auditor', agency: 'front-door' },
  { username: 'admin', displayName: 'Demo administrator', role: 'administrator', agency: 'front-door' },
];

export interface DemoOrganisation {
  partnershipId: string;
  frontDoorId: string;
  schoolId: string;
  healthId: string;
  /** User id by username. */
  users: Record<string, string>;
}

/** Creates the demo partnership, its agencies and one user per role, unless they exist. Returns null if they did. */
export async function seedDemoOrganisation(db: Db): Promise<DemoOrganisation | null> {
  if ((await countDemoUsers(db)) > 0) return null;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const partnership = await createPartnership(tx, {
      name: 'Demo safeguarding partnership (synthetic data)',
      frameworkId: 'england-default',
    });
    const frontDoor = await createAgency(tx, {
      partnershipId: partnership.id,
      name: 'Demo children’s front door',
      kind: 'local-authority',
    });
    const school = await createAgency(tx, { partnershipId: partnership.id, name: 'Demo Primary School', kind: 'school' });
    const health = await createAgency(tx, { partnershipId: partnership.id, name: 'Demo GP practice', kind: 'health' });
    const team = await createTeam(tx, { agencyId: frontDoor.id, name: 'Demo duty team' });
    const users: Record<string, string> = {};
    for (const account of demoAccounts) {
      const atFrontDoor = account.agency === 'front-door';
      const made = await createUser(tx, {
        agencyId: atFrontDoor ? frontDoor.id : school.id,
        teamId: atFrontDoor && account.role !== 'administrator' ? team.id : null,
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        passwordHash,
        isDemo: true,
      });
      users[account.username] = made.id;
    }
    return { partnershipId: partnership.id, frontDoorId: frontDoor.id, schoolId: school.id, healthId: health.id, users };
  });
}

/** Whether the demo duty worker exists (used to find the demo organisation again). */
export async function demoUserId(db: Db, username: string): Promise<string | null> {
  return (await findUserForLogin(db, username))?.user.id ?? null;
}
