import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createPartnership, createUser, migrationsFolder, runRawSql } from '../src/index.js';
import { openTestDatabase, type TestDatabase } from './test-database.js';

const expectedTables = [
  'access_log',
  'agencies',
  'case_links',
  'case_versions',
  'cases',
  'chain_entries',
  'chronology_entries',
  'draft_versions',
  'drafts',
  'escalation_events',
  'escalations',
  'household_members',
  'households',
  'idempotency_keys',
  'partnerships',
  'people',
  'person_factors',
  'person_search_keys',
  'person_versions',
  'plans',
  'relationships',
  'school_pupils',
  'session_ends',
  'sessions',
  'teams',
  'user_deactivations',
  'users',
];

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.dispose();
});

describe('migrations from an empty database', () => {
  it('create every table in the current schema', async () => {
    const rows = await runRawSql(
      database.db,
      "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like '%drizzle%' order by table_name",
    );
    expect(rows.map((r) => r.table_name)).toEqual(expectedTables);
  });

  it('never name the public schema, so they run unchanged in any schema', () => {
    for (const file of readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql'))) {
      expect(readFileSync(join(migrationsFolder, file), 'utf8'), file).not.toMatch(/"public"\./);
    }
  });

  it('make every table append-only: updates, deletes and truncation are refused by the database', async () => {
    const partnership = await createPartnership(database.db, { name: 'Append-only test', frameworkId: 'england-default' });
    const agency = await createAgency(database.db, {
      partnershipId: partnership.id,
      name: 'Front door',
      kind: 'local-authority',
    });
    await createUser(database.db, {
      agencyId: agency.id,
      username: 'append.only',
      displayName: 'A',
      role: 'auditor',
      passwordHash: 'x',
    });
    await expect(runRawSql(database.db, `update users set display_name = 'B' where username = 'append.only'`)).rejects.toThrow();
    await expect(runRawSql(database.db, `delete from users where username = 'append.only'`)).rejects.toThrow();
    await expect(runRawSql(database.db, 'truncate access_log')).rejects.toThrow();
    const [row] = await runRawSql(database.db, `select display_name from users where username = 'append.only'`);
    expect(row?.display_name).toBe('A');
  });

  it('put an append-only trigger on every table', async () => {
    const rows = await runRawSql(
      database.db,
      "select distinct event_object_table as t from information_schema.triggers where trigger_schema = current_schema() and trigger_name like '%_append_only' order by 1",
    );
    expect(rows.map((r) => r.t)).toEqual(expectedTables);
  });
});
