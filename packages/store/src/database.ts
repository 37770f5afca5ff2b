/**
 * Opens the store: embedded PGlite (a data folder on disk, or `memory://`) or a PostgreSQL server
 * through a connection URL, and brings it up to date with the same migrations either way.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.js';
import { pgliteSerializers } from './pglite-options.js';
import { PGliteThreadClient } from './pglite-thread/client.js';

/** What queries see: both drivers' databases assign to this type. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; queries accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /**
   * Whether the database does its work apart from the caller's thread (a PostgreSQL server, or
   * PGlite on its own thread), so the caller can prepare more work while a statement runs.
   */
  separateThread: boolean;
  /** Where the data lives, without credentials: a folder, `memory://`, or host/database. */
  location: string;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** `postgres://…`: use a PostgreSQL server. Without it, PGlite. */
  url?: string | undefined;
  /** PGlite data folder (created if missing), or `memory://`. Default `memory://`. */
  dataDir?: string | undefined;
  /**
   * PGlite only: run the database on a worker thread of its own (see `pglite-thread/client.ts`), so
   * its work and the caller's share two cores. Default false: on the caller's thread.
   */
  pgliteThread?: boolean | undefined;
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
  return openPglite(options.dataDir ?? 'memory://', options.pgliteThread ?? false);
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
    separateThread: true,
    location: `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}${schemaName ? ` (schema ${schemaName})` : ''}`,
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string, thread: boolean): Promise<Database> {
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const client = thread
    ? await PGliteThreadClient.start(dataDir)
    : await PGlite.create(dataDir, { serializers: pgliteSerializers });
  try {
    // The thread client offers the part of PGlite's interface drizzle uses (see pglite-thread/client.ts).
    const db = drizzlePglite(client as unknown as PGlite, { schema });
    await migratePglite(db, { migrationsFolder });
    return { db, kind: 'pglite', separateThread: thread, location: dataDir, close: () => client.close() };
  } catch (error) {
    await client.close();
    throw error;
  }
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
