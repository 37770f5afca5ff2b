/**
 * Opens the store: embedded PGlite (a data folder on disk, or `memory://`) or a PostgreSQL server
 * through a connection URL, and brings it up to date with the same migrations either way.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite, types } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.js';

/** What queries see: both drivers' databases assign to this type. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; queries accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, without credentials: a folder, `memory://`, or host/database. */
  location: string;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** `postgres://…`: use a PostgreSQL server. Without it, PGlite. */
  url?: string | undefined;
  /** PGlite data folder (created if missing), or `memory://`. Default `memory://`. */
  dataDir?: string | undefined;
  /** PostgreSQL only: keep every table in this schema (created if missing). Tests use a fresh one per file. */
  schema?: string | undefined;
  /** PostgreSQL pool size. Default 10. */
  poolSize?: number | undefined;
}

/** The migrations folder shipped beside `src/` and `dist/`. */
export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

const schemaNamePattern = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens and migrates the database.
 * @example const { db, close } = await openDatabase({ dataDir: 'apps/server/.data/pglite' });
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.schema, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? 'memory://');
}

async function openPostgres(url: string, schemaName: string | undefined, poolSize: number): Promise<Database> {
  if (schemaName !== undefined && !schemaNamePattern.test(schemaName)) throw new Error(`Not a schema name: ${schemaName}`);
  if (schemaName) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schemaName}"`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schemaName ? { options: `-c search_path=${schemaName}` } : {}),
  });
  const db = drizzlePg(pool, { schema });
  await migratePg(db, { migrationsFolder, ...(schemaName ? { migrationsSchema: schemaName } : {}) });
  const parsed = new URL(url);
  return {
    db,
    kind: 'postgres',
    location: `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}${schemaName ? ` (schema ${schemaName})` : ''}`,
    close: () => pool.end(),
  };
}

/**
 * PGlite's own bytea serializer turns bytes into hex text; bytes passed as they are go to the
 * database in binary format, copied whole. The store sends large text (a sealed record's JSON) as
 * UTF-8 bytes for that reason: PGlite's protocol writer measures and copies a text parameter one
 * character at a time. Text in bytea's own text form passes through as text.
 */
function byteaAsIs(value: unknown): string {
  if (value instanceof Uint8Array || typeof value === 'string') return value as string;
  throw new TypeError('A bytea parameter must be a Uint8Array (or bytea text)');
}

async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, { serializers: { [types.BYTEA]: byteaAsIs } });
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  return { db, kind: 'pglite', location: dataDir, close: () => client.close() };
}

/**
 * Drops a schema and everything in it. Only for tests that made a fresh schema with `openDatabase`.
 */
export async function dropSchema(url: string, schemaName: string): Promise<void> {
  if (!schemaNamePattern.test(schemaName)) throw new Error(`Not a schema name: ${schemaName}`);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP SCHEMA IF EXISTS "${schemaName}" CASCADE`);
  } finally {
    await admin.end();
  }
}

/** Runs a raw SQL statement; for tools (tamper tests, benchmarks), not for application code. */
export async function runRawSql(db: DbOrTx, statement: string): Promise<Record<string, unknown>[]> {
  const result = await db.execute(sql.raw(statement));
  return (result as unknown as { rows: Record<string, unknown>[] }).rows;
}
