/**
 * The messages between the server's thread and the thread that runs PGlite (see `client.ts`). Only
 * plain data crosses: the SQL text, its parameters and the result rows are copied by structured
 * clone; a database error crosses as its fields and is rebuilt on the other side.
 */

/** A request to the PGlite thread; `id` pairs it with its reply. */
export type Request =
  | {
      type: 'query';
      id: number;
      /** The transaction to run in (its `begin` request's id), or none. */
      txId: number | null;
      sql: string;
      params: unknown[];
      rowMode: 'array' | 'object';
      /** Type OIDs whose values come back as the database's text, unparsed (see `client.ts`). */
      rawTypes: number[];
    }
  | { type: 'begin'; id: number }
  | { type: 'end'; id: number; txId: number; commit: boolean }
  | { type: 'close'; id: number };

/** What a query gives back: PGlite's `Results`, as plain data. */
export interface QueryResult {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number | undefined;
}

/** An error's own fields (SQLSTATE `code`, `detail`, `constraint`...), its name and message. */
export interface ErrorFields {
  name: string;
  message: string;
  fields: Record<string, unknown>;
}

export type Reply =
  | { type: 'ready' }
  | { type: 'failed'; error: ErrorFields }
  | { id: number; ok: true; result?: QueryResult }
  | { id: number; ok: false; error: ErrorFields };

/** An error as plain data: its name, message and own fields that are plain values. */
export function errorFields(error: unknown): ErrorFields {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value;
  }
  return { name: error.name, message: error.message, fields };
}

/** The error rebuilt on this side of the thread boundary, with the same name, message and fields. */
export function rebuildError({ name, message, fields }: ErrorFields): Error {
  const error = new Error(message);
  error.name = name;
  Object.assign(error, fields);
  return error;
}
