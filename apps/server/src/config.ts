/** Server settings from the environment. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** PostgreSQL schema to use instead of the connection's default (created if missing). */
  databaseSchema: string | undefined;
  pgliteDataDir: string;
  /** Run embedded PGlite on a worker thread of its own (PGLITE_THREAD=0 keeps it on the server's thread). */
  pgliteThread: boolean;
  production: boolean;
  webDist: string;
  scenariosDir: string | null;
  /** Seed synthetic families in embedded demo mode (SEED_FAMILIES=0 turns it off). */
  seedFamilies: boolean;
  trustProxy: boolean;
}

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Reads PORT, HOST, DATABASE_URL, DATABASE_SCHEMA, PGLITE_DATA_DIR, PGLITE_THREAD, NODE_ENV, WEB_DIST, SCENARIOS_DIR, SEED_FAMILIES and TRUST_PROXY. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  // src/config.ts and dist/config.js both sit one level below apps/server.
  const scenarioCandidates = [env.SCENARIOS_DIR, here('../../../../shared/scenarios'), here('../../../test/scenarios/shared')];
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    pgliteDataDir: env.PGLITE_DATA_DIR ?? here('../.data/pglite'),
    pgliteThread: env.PGLITE_THREAD !== '0',
    production: env.NODE_ENV === 'production',
    webDist: env.WEB_DIST ?? here('../../web/dist'),
    scenariosDir: scenarioCandidates.find((d): d is string => typeof d === 'string' && d !== '' && existsSync(d)) ?? null,
    seedFamilies: env.SEED_FAMILIES !== '0',
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  };
}
