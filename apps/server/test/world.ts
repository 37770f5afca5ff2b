/**
 * A test world: one database per test file (in-memory PGlite, or a fresh PostgreSQL schema when
 * TEST_DATABASE_URL is set), two partnerships with their agencies and one user per role, and the
 * app built around it with a clock the test controls.
 */
import { randomBytes } from 'node:crypto';
import {
  createAgency,
  createPartnership,
  createTeam,
  createUser,
  type Database,
  dropSchema,
  openDatabase,
  type Role,
} from '@sightline/store';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from '../src/app.js';
import { hashPassword } from '../src/auth/passwords.js';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestDatabase extends Database {
  dispose(): Promise<void>;
}

/** `pgliteThread`: on PGlite, run it on its own thread as the server does (ignored on PostgreSQL). */
export async function openTestDatabase(pgliteThread = false): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ dataDir: 'memory://', pgliteThread });
    return { ...database, dispose: () => database.close() };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const database = await openDatabase({ url, schema, poolSize: 5 });
  return {
    ...database,
    dispose: async () => {
      await database.close();
      await dropSchema(url, schema);
    },
  };
}

export interface Org {
  partnershipId: string;
  frontDoorId: string;
  schoolId: string;
  otherSchoolId: string;
}

export interface World {
  app: FastifyInstance;
  database: TestDatabase;
  clock: { now: Date };
  /** Partnership A (the one under test) and partnership B (another area). */
  a: Org;
  b: Org;
  /** User ids by username. */
  users: Record<string, string>;
  close(): Promise<void>;
}

/** Usernames: `duty`, `dsl`, `dsl2` (another school), `supervisor`, `supervisor2`, `auditor`, `admin`; `b.<role>` in partnership B. */
export const roleUsers: Readonly<Record<Role, string>> = {
  'duty-worker': 'duty',
  dsl: 'dsl',
  supervisor: 'supervisor',
  auditor: 'auditor',
  administrator: 'admin',
};

async function seedOrg(db: Database['db'], name: string): Promise<Org & { teamId: string }> {
  const p = await createPartnership(db, { name, frameworkId: 'england-default' });
  const frontDoor = await createAgency(db, { partnershipId: p.id, name: `${name} front door`, kind: 'local-authority' });
  const school = await createAgency(db, { partnershipId: p.id, name: `${name} school`, kind: 'school' });
  const otherSchool = await createAgency(db, { partnershipId: p.id, name: `${name} other school`, kind: 'school' });
  const team = await createTeam(db, { agencyId: frontDoor.id, name: `${name} duty team` });
  return { partnershipId: p.id, frontDoorId: frontDoor.id, schoolId: school.id, otherSchoolId: otherSchool.id, teamId: team.id };
}

export async function createWorld(options: Partial<BuildAppOptions> = {}, pgliteThread = false): Promise<World> {
  const database = await openTestDatabase(pgliteThread);
  const db = database.db;
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const a = await seedOrg(db, 'Alpha');
  const b = await seedOrg(db, 'Beta');
  const users: Record<string, string> = {};
  const add = async (username: string, role: Role, agencyId: string, teamId: string | null) => {
    users[username] = (
      await createUser(db, { username, displayName: `Test ${username}`, role, agencyId, teamId, passwordHash })
    ).id;
  };
  for (const [prefix, org] of [
    ['', a],
    ['b.', b],
  ] as const) {
    await add(`${prefix}duty`, 'duty-worker', org.frontDoorId, org.teamId);
    await add(`${prefix}dsl`, 'dsl', org.schoolId, null);
    await add(`${prefix}dsl2`, 'dsl', org.otherSchoolId, null);
    await add(`${prefix}supervisor`, 'supervisor', org.frontDoorId, org.teamId);
    await add(`${prefix}supervisor2`, 'supervisor', org.frontDoorId, org.teamId);
    await add(`${prefix}auditor`, 'auditor', org.frontDoorId, null);
    await add(`${prefix}admin`, 'administrator', org.frontDoorId, null);
  }
  const clock = { now: new Date('2025-03-14T10:00:00Z') };
  const app = await buildApp({ database, now: () => clock.now, loginLimit: { max: 1000, timeWindowMs: 60_000 }, ...options });
  await app.ready();
  return {
    app,
    database,
    clock,
    a,
    b,
    users,
    close: async () => {
      await app.close();
      await database.dispose();
    },
  };
}
