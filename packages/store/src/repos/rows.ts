/** Helpers for append-only tables where a correction or retraction is a new row pointing at the old one. */

interface Supersedable {
  id: string;
  supersedesId: string | null;
  retracted: boolean;
}

/**
 * The rows still in force: not replaced by a later row and not retracted.
 * @example currentRows([{id:'a',supersedesId:null,retracted:false},{id:'b',supersedesId:'a',retracted:false}]) // [b]
 */
export function currentRows<T extends Supersedable>(rows: readonly T[]): T[] {
  const replaced = new Set(rows.map((r) => r.supersedesId).filter((id): id is string => id !== null));
  return rows.filter((r) => !replaced.has(r.id) && !r.retracted);
}

/** The first element, or an error saying which insert returned nothing. */
export function firstRow<T>(rows: readonly T[], what: string): T {
  const row = rows[0];
  if (row === undefined) throw new Error(`${what}: the database returned no row`);
  return row;
}
