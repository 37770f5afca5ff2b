/**
 * Checks every partnership's decision chain in a database: each stored record still matches its
 * hash, points at the record before it and carries the next sequence number, and the columns
 * stored beside the record (sequence, hash, previous hash) agree with it.
 */
import { type DecisionRecord, verifyChain } from '@sightline/core';
import { type DbOrTx, openDatabase } from './database.js';
import { type ChainEntry, listChainPage, listChainPartnerships } from './repos/chain.js';

export interface BrokenRecord {
  partnershipId: string;
  entryId: string;
  sequence: number;
  reason: string;
}

export type ChainReport =
  | { ok: true; partnerships: number; records: number }
  | { ok: false; partnerships: number; records: number; firstBroken: BrokenRecord };

function columnsDisagree(entry: ChainEntry): string | null {
  if (entry.seq !== entry.record.sequence)
    return `The stored sequence ${entry.seq} differs from the record's own (${entry.record.sequence})`;
  if (entry.hash !== entry.record.hash) return "The stored hash differs from the record's own hash";
  if ((entry.prevHash ?? null) !== (entry.record.prevHash ?? null))
    return "The stored previous hash differs from the record's own";
  return null;
}

/** Verifies one partnership's chain, reading it in pages. */
export async function verifyPartnershipChain(
  db: DbOrTx,
  partnershipId: string,
  pageSize = 500,
): Promise<{ ok: true; records: number } | { ok: false; records: number; firstBroken: BrokenRecord }> {
  const entries: ChainEntry[] = [];
  let after = 0;
  for (;;) {
    const page = await listChainPage(db, partnershipId, after, pageSize);
    entries.push(...page);
    const last = page.at(-1);
    if (!last || page.length < pageSize) break;
    after = last.seq;
  }
  for (const entry of entries) {
    const reason = columnsDisagree(entry);
    if (reason)
      return {
        ok: false,
        records: entries.length,
        firstBroken: { partnershipId, entryId: entry.id, sequence: entry.seq, reason },
      };
  }
  const verdict = verifyChain(entries.map((e) => e.record as DecisionRecord));
  if (verdict.ok) return { ok: true, records: entries.length };
  const broken = entries[verdict.index];
  return {
    ok: false,
    records: entries.length,
    firstBroken: { partnershipId, entryId: broken?.id ?? '', sequence: verdict.sequence, reason: verdict.reason },
  };
}

/** Verifies every chain in the database; stops at the first broken record. */
export async function verifyAllChains(db: DbOrTx): Promise<ChainReport> {
  const partnerships = await listChainPartnerships(db);
  let records = 0;
  for (const partnershipId of partnerships) {
    const result = await verifyPartnershipChain(db, partnershipId);
    records += result.records;
    if (!result.ok) return { ok: false, partnerships: partnerships.length, records, firstBroken: result.firstBroken };
  }
  return { ok: true, partnerships: partnerships.length, records };
}

/**
 * Opens a database (a PGlite folder or a PostgreSQL URL), verifies every chain and closes it. Stop
 * a server using the same PGlite folder first: PGlite allows one process at a time.
 */
export async function verifyDatabase(options: { url?: string | undefined; dataDir?: string | undefined }): Promise<ChainReport> {
  const database = await openDatabase(options);
  try {
    return await verifyAllChains(database.db);
  } finally {
    await database.close();
  }
}
