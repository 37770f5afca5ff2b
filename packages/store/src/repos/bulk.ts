/**
 * Multi-row inserts as one statement with one array parameter per column (`unnest`). Building a
 * multi-row VALUES list through the query builder costs far more than the insert itself (on PGlite,
 * several times the database's own work), and the statement text here does not grow with the rows.
 */
import { type SQL, sql } from 'drizzle-orm';

/** One column's values as a single array parameter, cast to `type[]`. */
export function arrayParam(values: readonly unknown[], type: 'uuid' | 'text' | 'int'): SQL {
  return sql`${sql.param([...values])}::${sql.raw(type)}[]`;
}

/** The rows a raw statement returned, from either driver's result. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** A timestamp column read through a raw statement (a Date or PostgreSQL's text form, by driver). */
export function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}
