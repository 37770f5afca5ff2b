/** What every route needs: the database, the clock and the server's settings. */
import type { Database, Db } from '@sightline/store';

export interface AppContext {
  database: Database;
  db: Db;
  /** The server's clock; tests pass a fixed one. */
  now: () => Date;
  /** Whether cookies get the `Secure` flag (on in production). */
  secureCookies: boolean;
  sessionHours: number;
}
