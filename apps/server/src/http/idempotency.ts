/**
 * Idempotency keys for submissions: the first answer is stored in the same transaction as the work,
 * a retry with the same key and body gets that answer again, and the same key with another body is
 * a conflict.
 */
import { canonicalJson } from '@sightline/core';
import { type DbOrTx, findIdempotencyKey, isUniqueViolation, saveIdempotencyKey } from '@sightline/store';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { userOf } from '../auth/session-hook.js';
import { sha256 } from '../auth/tokens.js';
import { routeOf } from '../access-log.js';
import { conflict } from './errors.js';

export interface IdempotentRequest {
  userId: string;
  key: string;
  route: string;
  requestHash: string;
}

export function idempotencyOf(request: FastifyRequest, key: string): IdempotentRequest {
  return {
    userId: userOf(request).id,
    key,
    route: routeOf(request),
    // A route without path parameters has a null-prototype params object: copy it into a plain one.
    requestHash: sha256(canonicalJson({ params: request.params ? { ...request.params } : null, body: request.body ?? null })),
  };
}

/** Sends the stored answer when this key was used before; true when it did. */
export async function replayIfSeen(db: DbOrTx, idem: IdempotentRequest, reply: FastifyReply): Promise<boolean> {
  const seen = await findIdempotencyKey(db, idem.userId, idem.key);
  if (!seen) return false;
  if (seen.route !== idem.route || seen.requestHash !== idem.requestHash) {
    throw conflict('This Idempotency-Key was already used for a different request: make a new key for a new submission');
  }
  await reply.code(seen.statusCode).header('idempotent-replayed', 'true').send(seen.response);
  return true;
}

export async function rememberAnswer(tx: DbOrTx, idem: IdempotentRequest, statusCode: number, response: unknown): Promise<void> {
  await saveIdempotencyKey(tx, { ...idem, statusCode, response });
}

/**
 * Runs the work; if a concurrent retry with the same key committed first (unique violation on the
 * key), answers with that stored answer instead.
 */
export async function runOnce<T>(
  db: DbOrTx,
  idem: IdempotentRequest,
  reply: FastifyReply,
  work: () => Promise<T>,
): Promise<{ done: true; value: T } | { done: false }> {
  try {
    return { done: true, value: await work() };
  } catch (error) {
    if (isUniqueViolation(error) && (await replayIfSeen(db, idem, reply))) return { done: false };
    throw error;
  }
}
