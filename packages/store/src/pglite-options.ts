/** PGlite's options as the store opens it, on the server's thread or on its own (`pglite-thread/`). */
import { types } from '@electric-sql/pglite';

/**
 * PGlite's own bytea serializer turns bytes into hex text; bytes passed as they are go to the
 * database in binary format, copied whole. The store sends large text (a sealed record's JSON) as
 * UTF-8 bytes for that reason: PGlite's protocol writer measures and copies a text parameter one
 * character at a time. Text in bytea's own text form passes through as text.
 */
function byteaAsIs(value: unknown): string {
  if (value instanceof Uint8Array || typeof value === 'string') return value as string;
  throw new TypeError('A bytea parameter must be a Uint8Array (or bytea text)');
}

export const pgliteSerializers = { [types.BYTEA]: byteaAsIs };
