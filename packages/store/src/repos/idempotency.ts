/** Idempotency keys: a retried submission gets the first answer and writes nothing. */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../database.js';
import { idempotencyKeys } from '../schema/index.js';

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
