/** Idempotency keys: a retried submission gets the first answer and writes nothing. */
import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { idempotencyKeys } from '../schema/index.js';
import { arrayParam } from './bulk.js';

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect;

export async function findIdempotencyKey(db: DbOrTx, userId: string, key: string): Promise<IdempotencyRow | undefined> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
  return row;
}

/** Stores the answer; call in the same transaction as the work it answers for. */
export async function saveIdempotencyKey(
  db: DbOrTx,
  input: { userId: string; key: string; route: string; requestHash: string; statusCode: number; response: unknown },
): Promise<void> {
  await db.insert(idempotencyKeys).values(input);
}

/** The stored answers for any of these (user, key) pairs. */
export async function findIdempotencyKeys(
  db: DbOrTx,
  pairs: readonly { userId: string; key: string }[],
): Promise<IdempotencyRow[]> {
  if (pairs.length === 0) return [];
  const byUser = new Map<string, Set<string>>();
  for (const { userId, key } of pairs) byUser.set(userId, (byUser.get(userId) ?? new Set()).add(key));
  const conditions = [...byUser].map(([userId, keys]) =>
    and(eq(idempotencyKeys.userId, userId), inArray(idempotencyKeys.key, [...keys])),
  );
  return db
    .select()
    .from(idempotencyKeys)
    .where(conditions.length === 1 ? conditions[0] : or(...conditions));
}

export interface IdempotencyAnswer {
  userId: string;
  key: string;
  route: string;
  requestHash: string;
  statusCode: number;
  response: unknown;
  /** `response` as JSON text when the caller has it already (it is stored as that text's value). */
  responseJson?: string | undefined;
}

/** The INSERT that stores these answers (for `insertSealedEntries`' `alsoInsert`, or on its own). */
export function idempotencyInsert(rows: readonly IdempotencyAnswer[]): SQL {
  const column = <K extends keyof IdempotencyAnswer>(key: K) => rows.map((r) => r[key]);
  return sql`
    insert into ${idempotencyKeys} (user_id, key, route, request_hash, status_code, response)
    select user_id, key, route, request_hash, status_code, response::jsonb from unnest(
      ${arrayParam(column('userId'), 'uuid')}, ${arrayParam(column('key'), 'text')}, ${arrayParam(column('route'), 'text')},
      ${arrayParam(column('requestHash'), 'text')}, ${arrayParam(column('statusCode'), 'int')},
      ${arrayParam(
        rows.map((r) => r.responseJson ?? JSON.stringify(r.response)),
        'text',
      )}) as t(user_id, key, route, request_hash, status_code, response)`;
}

/** Stores several answers in one statement; call in the same transaction as the work they answer for. */
export async function saveIdempotencyKeys(db: DbOrTx, rows: readonly IdempotencyAnswer[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(idempotencyInsert(rows));
}
