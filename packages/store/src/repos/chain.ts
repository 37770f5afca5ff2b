/**
 * The per-partnership decision chain. Appends take a transaction-scoped advisory lock on the
 * partnership, so two submissions never chain onto the same previous record; the unique
 * (partnership, seq) pair is the backstop.
 */
import { canonicalJson, type DecisionRecord } from '@sightline/core';
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { chainEntries } from '../schema/index.js';
import { arrayParam, rowsOf, toDate } from './bulk.js';
import { firstRow } from './rows.js';

export type ChainEntryRow = typeof chainEntries.$inferSelect;

export interface ChainEntry extends ChainEntryRow {
  record: DecisionRecord;
}

function parse(row: ChainEntryRow): ChainEntry {
  return { ...row, record: JSON.parse(row.recordJson) as DecisionRecord };
}

/** The advisory lock call that serialises a partnership's chain appends until the transaction ends. */
const chainLock = (partnershipId: string) => sql`pg_advisory_xact_lock(hashtext(${`sightline-chain:${partnershipId}`}))`;

/** Serialises chain appends for one partnership until the transaction ends. */
export async function lockPartnershipChain(tx: DbOrTx, partnershipId: string): Promise<void> {
  await tx.execute(sql`select ${chainLock(partnershipId)}`);
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
 * Which version of a stored row this is: PostgreSQL's `xmin`, the transaction that wrote it. Any
 * change to the row (an UPDATE, or a DELETE and INSERT, even with the append-only triggers switched
 * off) writes a new row version with a new `xmin`.
 */
const rowVersion = sql<string>`${chainEntries}.xmin::text`;

/**
 * A partnership's last record without its body: sequence number, hash and row version (so a
 * caller holding the record it wrote can tell the row was not changed since); null before the first.
 */
export async function chainHead(
  db: DbOrTx,
  partnershipId: string,
): Promise<{ seq: number; hash: string; rowVersion: string } | null> {
  const [row] = await db
    .select({ seq: chainEntries.seq, hash: chainEntries.hash, rowVersion })
    .from(chainEntries)
    .where(eq(chainEntries.partnershipId, partnershipId))
    .orderBy(desc(chainEntries.seq))
    .limit(1);
  return row ?? null;
}

/** A record already sealed onto the chain's head, with what its row needs besides the record. */
export interface SealedEntry {
  /** The new row's id when the caller needs it before writing (default: a new random UUID). */
  id?: string | undefined;
  kind: ChainEntryRow['kind'];
  caseId: string;
  caseVersion: number;
  decisionId: string | null;
  actorId: string;
  record: DecisionRecord;
  /** The record's canonical JSON when the caller has it already (default: computed here). */
  recordJson?: string | undefined;
}

/** A chain entry just written, with its row version (see `chainHead`). */
export interface WrittenEntry extends ChainEntry {
  rowVersion: string;
}

/**
 * Inserts records the caller has already sealed in chain order (each onto the one before, the first
 * onto the current head) in one statement, whatever their number, together with `alsoInsert`
 * (other INSERTs, e.g. from `idempotencyInsert` and `accessInsert`, run as parts of the same
 * statement). Call it inside the transaction that holds the chain (the advisory lock on
 * PostgreSQL). Or call it outside any transaction with `onto`, the head the caller sealed onto and
 * wrote itself, and `lockChain` on PostgreSQL: the statement then takes the lock itself, and checks
 * that head is still the head, unchanged, before any row is written. Either way the unique
 * (partnership, seq) pair refuses a record sealed onto a stale head; a refused statement writes
 * nothing.
 */
export async function insertSealedEntries(
  tx: DbOrTx,
  partnershipId: string,
  entries: readonly SealedEntry[],
  alsoInsert: readonly SQL[] = [],
  options: { lockChain?: boolean; onto?: { seq: number; hash: string; rowVersion: string } } = {},
): Promise<WrittenEntry[]> {
  if (entries.length === 0) return [];
  const values = entries.map((e) => ({
    id: e.id ?? randomUUID(),
    partnershipId,
    seq: e.record.sequence,
    kind: e.kind,
    caseId: e.caseId,
    caseVersion: e.caseVersion,
    decisionId: e.decisionId,
    recordJson: e.recordJson ?? canonicalJson(e.record),
    prevHash: e.record.prevHash,
    hash: e.record.hash,
    actorId: e.actorId,
  }));
  // The short columns go as one array parameter each (`unnest`), so the statement's size and the
  // work of building it do not grow with every column of every row. Each record's JSON is its own
  // parameter in a VALUES list beside them: as an element of a text[] parameter it would be escaped
  // and unescaped character by character on the way in. It goes as UTF-8 bytes (binary format,
  // copied whole) and the database turns them back into the same text, checking they are UTF-8;
  // PGlite's protocol writer copies a text parameter a character at a time.
  const column = <K extends keyof (typeof values)[number]>(key: K) => values.map((v) => v[key]);
  const recordsSql = sql.join(
    values.map((v, i) => sql`(${i + 1}::int, ${Buffer.from(v.recordJson, 'utf8')}::bytea)`),
    sql`, `,
  );
  const rowsSql = sql`
    select r.id, ${partnershipId}::uuid, r.seq, r.kind, r.case_id, r.case_version, r.decision_id,
      convert_from(j.bytes, 'UTF8'), r.prev_hash, r.hash, r.actor_id
    from unnest(
      ${arrayParam(column('id'), 'uuid')}, ${arrayParam(column('seq'), 'int')}, ${arrayParam(column('kind'), 'text')},
      ${arrayParam(column('caseId'), 'uuid')}, ${arrayParam(column('caseVersion'), 'int')},
      ${arrayParam(column('decisionId'), 'uuid')}, ${arrayParam(column('prevHash'), 'text')},
      ${arrayParam(column('hash'), 'text')}, ${arrayParam(column('actorId'), 'uuid')}
    ) with ordinality as r (id, seq, kind, case_id, case_version, decision_id, prev_hash, hash, actor_id, n)
    join (values ${recordsSql}) as j (n, bytes) on j.n = r.n`;
  const columns = sql`id, partnership_id, seq, kind, case_id, case_version, decision_id, record_json, prev_hash, hash, actor_id`;
  // The guards run in order (each selects from the one before) and every row to insert is joined to
  // the last one's single row, so no row is written before the lock is held and the head checked.
  const guards: SQL[] = [];
  if (options.lockChain) guards.push(sql`select ${chainLock(partnershipId)} as passed`);
  if (options.onto) {
    const { seq, hash, rowVersion } = options.onto;
    const check = sql`sightline_chain_head_is(${partnershipId}::uuid, ${seq}::int, ${hash}::text, ${rowVersion}::text)`;
    guards.push(guards.length > 0 ? sql`select ${check} as passed from guard_0` : sql`select ${check} as passed`);
  }
  const lastGuard = sql.raw(`guard_${guards.length - 1}`);
  const insertChain =
    guards.length > 0
      ? sql`
    insert into ${chainEntries} (${columns})
    select rows.* from (${rowsSql}) as rows cross join ${lastGuard}
    returning id, created_at, xmin::text as row_version`
      : sql`
    insert into ${chainEntries} (${columns})
    ${rowsSql}
    returning id, created_at, xmin::text as row_version`;
  const parts = [
    ...guards.map((guard, i) => sql`${sql.raw(`guard_${i}`)} as (${guard})`),
    sql`chain as (${insertChain})`,
    ...alsoInsert.map((insert, i) => sql`${sql.raw(`also_${i}`)} as (${insert})`),
  ];
  const statement = parts.length === 1 ? insertChain : sql`with ${sql.join(parts, sql`, `)} select * from chain`;
  const rows = rowsOf<{ id: string; created_at: unknown; row_version: string }>(await tx.execute(statement));
  const byId = new Map(rows.map((row) => [row.id, row]));
  // The record is the one just sealed, not read back.
  return values.map((value, i) => {
    const row = byId.get(value.id);
    if (!row) throw new Error(`insertSealedEntries: the database returned no row for sequence ${value.seq}`);
    return {
      ...value,
      createdAt: toDate(row.created_at),
      rowVersion: row.row_version,
      record: (entries[i] as SealedEntry).record,
    };
  });
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
  const { kind, caseId, caseVersion, decisionId, actorId } = input;
  const entries = await insertSealedEntries(tx, input.partnershipId, [
    { kind, caseId, caseVersion, decisionId, actorId, record },
  ]);
  return firstRow(entries, 'appendChainEntry');
}

export async function getChainEntry(db: DbOrTx, id: string): Promise<ChainEntry | undefined> {
  const [row] = await db.select().from(chainEntries).where(eq(chainEntries.id, id));
  return row ? parse(row) : undefined;
}

/** Chain entries by id (any order); ids not found are left out. */
export async function getChainEntries(db: DbOrTx, ids: readonly string[]): Promise<ChainEntry[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(chainEntries)
    .where(inArray(chainEntries.id, [...new Set(ids)]));
  return rows.map(parse);
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
