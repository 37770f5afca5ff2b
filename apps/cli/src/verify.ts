import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { verifyDatabase } from '@sightline/store';

/**
 * Checks every partnership's decision chain in a database: a PGlite folder (`--data`) or
 * PostgreSQL (`DATABASE_URL`). Returns the lines to print and whether the chain is whole.
 */
export async function verifyChainCommand(options: {
  dataDir?: string | undefined;
  url?: string | undefined;
}): Promise<{ ok: boolean; text: string }> {
  if (!options.dataDir && !options.url) {
    return { ok: false, text: 'Give a database: --data <pglite folder>, or set DATABASE_URL.\n' };
  }
  if (!options.url && !existsSync(join(resolve(options.dataDir as string), 'PG_VERSION'))) {
    return { ok: false, text: `There is no PGlite database in ${options.dataDir}.\n` };
  }
  const where = options.url ? 'the PostgreSQL database in DATABASE_URL' : `the PGlite folder ${options.dataDir}`;
  const report = await verifyDatabase(options.url ? { url: options.url } : { dataDir: resolve(options.dataDir as string) });
  if (report.ok) {
    return {
      ok: true,
      text: `Decision chain intact: ${report.records} records in ${report.partnerships} partnership chain(s) in ${where}.\n`,
    };
  }
  const b = report.firstBroken;
  return {
    ok: false,
    text: `Decision chain BROKEN in ${where}: first broken record is sequence ${b.sequence} (entry ${b.entryId}) of partnership ${b.partnershipId}: ${b.reason}\n`,
  };
}
