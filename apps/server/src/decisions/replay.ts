/**
 * Answers for repeated submissions. A decision's stored answer leaves out the sealed record (it is
 * in the chain already, byte for byte as sealed); a replay reads it back from there, so the retried
 * submission gets the first answer whole.
 */
import { type DbOrTx, findIdempotencyKeys, getChainEntries, type IdempotencyRow } from '@sightline/store';
import { conflict } from '../http/errors.js';
import type { IdempotentRequest } from '../http/idempotency.js';

export type Replay = { ok: { statusCode: number; response: unknown } } | { error: unknown };

const keyOf = (idem: { userId: string; key: string }) => `${idem.userId}\u0000${idem.key}`;

/** What is stored for a decision's answer: everything but the record. */
export function storedAnswer<V extends { record?: unknown }>(view: V): Omit<V, 'record'> {
  const { record: _record, ...rest } = view;
  return rest;
}

/**
 * The stored answers for the requests whose idempotency key was used before: the first answer again
 * (with its record read back from the chain), or a 409 when the key was used for a different
 * request. Requests with a fresh key are not in the map.
 */
export async function findReplays(db: DbOrTx, requests: readonly IdempotentRequest[]): Promise<Map<IdempotentRequest, Replay>> {
  const replays = new Map<IdempotentRequest, Replay>();
  if (requests.length === 0) return replays;
  const stored = new Map((await findIdempotencyKeys(db, requests)).map((row) => [keyOf(row), row]));
  if (stored.size === 0) return replays;
  const matching: { request: IdempotentRequest; row: IdempotencyRow }[] = [];
  for (const request of requests) {
    const row = stored.get(keyOf(request));
    if (!row) continue;
    if (row.route === request.route && row.requestHash === request.requestHash) matching.push({ request, row });
    else {
      replays.set(request, {
        error: conflict('This Idempotency-Key was already used for a different request: make a new key for a new submission'),
      });
    }
  }
  const withoutRecord = (response: unknown): response is { id: string } =>
    typeof response === 'object' &&
    response !== null &&
    !('record' in response) &&
    typeof (response as { id?: unknown }).id === 'string';
  const ids = matching.flatMap(({ row }) => (withoutRecord(row.response) ? [row.response.id] : []));
  const entries = new Map((await getChainEntries(db, ids)).map((e) => [e.id, e]));
  for (const { request, row } of matching) {
    const entry = withoutRecord(row.response) ? entries.get(row.response.id) : undefined;
    const response = entry && typeof row.response === 'object' ? { ...row.response, record: entry.record } : row.response;
    replays.set(request, { ok: { statusCode: row.statusCode, response } });
  }
  return replays;
}

export { keyOf as idempotencyKeyOf };
