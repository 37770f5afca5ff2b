/** What every route needs: the database, the clock and the server's settings. */
import type { Database, Db, LiveSession } from '@sightline/store';
import type { CoalescingLoader } from './batching/coalescing-loader.js';
import type { DecisionWriter } from './decisions/writer.js';

export interface AppContext {
  database: Database;
  db: Db;
  /** The server's clock; tests pass a fixed one. */
  now: () => Date;
  /** Whether cookies get the `Secure` flag (on in production). */
  secureCookies: boolean;
  sessionHours: number;
  /** Live sessions by token hash; look-ups that arrive together share one query. */
  sessions: CoalescingLoader<string, LiveSession>;
  /** Decision writes, committed in groups (see decisions/writer.ts). */
  decisions: DecisionWriter;
}
