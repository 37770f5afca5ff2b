/** One database per test file: in-memory PGlite, or a fresh schema on PostgreSQL when TEST_DATABASE_URL is set. */
import { randomBytes } from 'node:crypto';
import { type Database, dropSchema, openDatabase } from '../src/index.js';

export interface TestDatabase extends Database {
  /** Closes the database and drops the schema it made (PostgreSQL). */
  dispose(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ dataDir: 'memory://' });
    return { ...database, dispose: () => database.close() };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const database = await openDatabase({ url, schema, poolSize: 4 });
  return {
    ...database,
    dispose: async () => {
      await database.close();
      await dropSchema(url, schema);
    },
  };
}
