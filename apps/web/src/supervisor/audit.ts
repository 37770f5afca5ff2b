/**
 * The audit queue's data and filters. The server works out each decision's flags (an override, a
 * decision below the recommendation, repeat contacts, a timescale missed) and applies the filters
 * (GET /api/audit/decisions); this module turns the chosen filters into that query.
 */
import type { AuditDecision } from '../api/types.js';

/** One row of the audit queue. */
export type AuditRow = AuditDecision;

/** The filters a supervisor can apply: flags, a worker id and a team id ('' for everyone). */
export interface AuditFilters {
  flags: ('override' | 'below' | 'repeat' | 'overdue')[];
  worker: string;
  team: string;
}

/** The query string parameters for GET /api/audit/decisions that these filters ask for. */
export function auditQuery(filters: AuditFilters, cursor: string | null = null): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.flags.includes('override')) query.override = 'true';
  if (filters.flags.includes('below')) query.below = 'true';
  if (filters.flags.includes('repeat')) query.repeatContacts = 'true';
  if (filters.flags.includes('overdue')) query.overdue = 'true';
  if (filters.worker) query.worker = filters.worker;
  if (filters.team) query.team = filters.team;
  if (cursor) query.cursor = cursor;
  return query;
}

/** The workers seen so far, by id, sorted by name: the worker filter's choices. */
export function workersOf(rows: readonly AuditRow[], known: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const all = new Map(known);
  for (const r of rows) all.set(r.worker.id, r.worker.name);
  return new Map([...all].sort(([, a], [, b]) => a.localeCompare(b)));
}
