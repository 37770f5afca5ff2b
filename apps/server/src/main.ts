/**
 * Starts Sightline: opens the database (PGlite in a folder by default, PostgreSQL through
 * DATABASE_URL), seeds demo users and synthetic families in embedded mode (never in production),
 * refuses to start in production while demo users exist, and serves the API and the built web app.
 */
import { countDemoUsers, openDatabase } from '@sightline/store';
import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { seedDemoOrganisation } from './seed/demo-users.js';
import { seedSyntheticFamilies } from './seed/families.js';

async function main(): Promise<void> {
  const config = readConfig();
  const embedded = config.databaseUrl === undefined;
  const database = await openDatabase({
    url: config.databaseUrl,
    schema: config.databaseSchema,
    dataDir: config.pgliteDataDir,
    pgliteThread: config.pgliteThread,
  });
  if (config.production && (await countDemoUsers(database.db)) > 0) {
    await database.close();
    throw new Error('Refusing to start in production: the database has demo users. Use a database without demo data.');
  }
  let demo = false;
  if (embedded && !config.production) {
    const org = await seedDemoOrganisation(database.db);
    demo = true;
    if (org && config.scenariosDir && config.seedFamilies) {
      const n = await seedSyntheticFamilies(database.db, org, config.scenariosDir);
      console.log(`Seeded demo users and ${n} synthetic families.`);
    } else if (org) {
      console.log('Seeded demo users (no synthetic families).');
    }
  }
  const app = await buildApp({
    database,
    logger: true,
    webDist: config.webDist,
    secureCookies: config.production,
    demo,
    trustProxy: config.trustProxy,
  });
  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
  await app.listen({ port: config.port, host: config.host });
  console.log(`Sightline is serving on http://${config.host}:${config.port} (${database.kind}: ${database.location})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : 'Sightline could not start');
  process.exit(1);
});
