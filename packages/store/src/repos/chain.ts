/**
 * The per-partnership decision chain. Appends take a transaction-scoped advisory lock on the
 * partnership, so two submissions never chain onto the same previous record; the unique
 * (partnership, seq) pair is the backstop.
 */
import { canonicalJson, type DecisionRecord } from '@sightline/core';
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { chainEntries } from '../schema/index.js';
import { firstRow } from './rows.js';

export type ChainEntryRow = typeof chainEntries.$inferSelect;

export interface ChainEntry extends ChainEntryRow {
  record: DecisionRecord;
}

function parse(row: ChainEntryRow): ChainEntry {
  return { ...row, record: JSON.parse(row.recordJson) as DecisionRecord };
}

/** Serialises chain appends for one partnership until the transaction ends. */
export async function lockPartnershipChain(tx: DbOrTx, partnershipId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sightline-chain:${partnershipId}`}))`);
}

/** The last record in a partnership's chain, or null before the first. */
export async function lastChainEntry(db: DbOrTx, partnershipId: string): Promise<ChainEntry | null> {
  const [row] = await db
    .select()
    .from(chainEntries)
    .where(eq(chainEntries.partnershipId, partnershipId))
    .orderBy(desc(chainEntries.seq))
    .limit(1);
  return row ? parse(row) : null;
}

/**
 * Appends one sealed record. `seal` gets the previous record (null for the first) and returns the
 * new sealed record; call this inside the transaction that also writes anything else the decision
 * needs, so it all lands or none of it does.
 */
export async function appendChainEntry(
  tx: DbOrTx,
  input: {
    partnershipId: string;
    kind: ChainEntryRow['kind'];
    caseId: string;
    caseVersion: number;
    decisionId: string | null;
    actorId: string;
    seal: (previous: DecisionRecord | null) => DecisionRecord;
    /**
     * Take the partnership's advisory lock first (default true). PGlite runs one transaction at a
     * time, so the lock adds nothing there; on PostgreSQL it must be on.
     */
    lock?: boolean;
  },
): Promise<ChainEntry> {
  if (input.lock !== false) await lockPartnershipChain(tx, input.partnershipId);
  const previous = await lastChainEntry(tx, input.partnershipId);
  const record = input.seal(previous?.record ?? null);
  const row = firstRow(
    await tx
      .insert(chainEntries)
      .values({
        partnershipId: input.partnershipId,
        seq: record.sequence,
        kind: input.kind,
        caseId: input.caseId,
        caseVersion: input.caseVersion,
        decisionId: input.decisionId,
        recordJson: canonicalJson(record),
        prevHash: record.prevHash,
        hash: record.hash,
        actorId: input.actorId,
      })
      .returning(),
    'appendChainEntry',
  );
  return parse(row);
}

export async function getChainEntry(db: DbOrTx, id: string): Promise<ChainEntry | undefined> {
  const [row] = await db.select().from(chainEntries).where(eq(chainEntries.id, id));
  return row ? parse(row) : undefined;
}

/** Every chain entry about these cases (decisions and sign-offs), oldest first. */
export async function listChainEntriesForCases(db: DbOrTx, caseIds: readonly string[]): Promise<ChainEntry[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .select()
    .from(chainEntries)
    .where(inArray(chainEntries.caseId, [...new Set(caseIds)]))
    .orderBy(asc(chainEntries.seq));
  return rows.map(parse);
}

/** Sign-off entries for these decisions, oldest first. */
export async function listSignOffs(db: DbOrTx, decisionIds: readonly string[]): Promise<ChainEntry[]> {
  if (decisionIds.length === 0) return [];
  const rows = await db
    .select()
    .from(chainEntries)
    .where(and(eq(chainEntries.kind, 'sign-off'), inArray(chainEntries.decisionId, [...new Set(decisionIds)])))
    .orderBy(asc(chainEntries.seq));
  return rows.map(parse);
}

/** A page of a partnership's chain in sequence order, for verification. */
export async function listChainPage(db: DbOrTx, partnershipId: string, afterSeq: number, limit: number): Promise<ChainEntry[]> {
  const rows = await db
    .select()
    .from(chainEntries)
    .where(and(eq(chainEntries.partnershipId, partnershipId), gt(chainEntries.seq, afterSeq)))
    .orderBy(asc(chainEntries.seq))
    .limit(limit);
  return rows.map(parse);
}

/** Partnerships that have a chain. */
export async function listChainPartnerships(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectDistinct({ id: chainEntries.partnershipId }).from(chainEntries);
  return rows.map((r) => r.id);
}

/** Decision entries in a partnership that have no sign-off yet, newest first. */
export async function listDecisionsWithoutSignOff(db: DbOrTx, partnershipId: string, limit: number): Promise<ChainEntry[]> {
  const rows = await db
    .select()
    .from(chainEntries)
    .where(
      and(
        eq(chainEntries.partnershipId, partnershipId),
        eq(chainEntries.kind, 'decision'),
        sql`not exists (select 1 from chain_entries s where s.decision_id = ${chainEntries.id} and s.kind = 'sign-off')`,
      ),
    )
    .orderBy(desc(chainEntries.seq))
    .limit(limit);
  return rows.map(parse);
}
