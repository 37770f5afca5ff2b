/**
 * The audit queue's data and filters: each decided contact with the flags a supervisor looks for
 * (an override, a decision below the recommendation, repeat contacts, a timescale missed).
 */
import type { Framework } from '@sightline/core';
import type { CaseSummary, Decision } from '../api/types.js';
import { localDate, timeLeft } from '../format/dates.js';

/** One row of the audit queue. */
export interface AuditRow {
  caseSummary: CaseSummary;
  decision: Decision;
  override: boolean;
  below: boolean;
  repeatContacts: boolean;
  overdue: boolean;
  worker: string;
  team: string | null;
}

/** The filters a supervisor can apply. */
export interface AuditFilters {
  flags: ('override' | 'below' | 'repeat' | 'overdue')[];
  worker: string;
  team: string;
}

/** True when the decision was made after the referral-decision timescale ran out. */
export function decidedLate(caseSummary: CaseSummary, decision: Decision, framework: Framework): boolean {
  const days = framework.timescales.find((t) => t.id === 'referral-decision')?.amount ?? 1;
  const left = timeLeft(localDate(caseSummary.createdAt), days, framework, localDate(decision.createdAt));
  return left.overdue;
}

/** Works out a row's flags. */
export function auditRow(caseSummary: CaseSummary, decision: Decision, framework: Framework): AuditRow {
  const findings = decision.record.assessment.findings;
  const decidedBy = decision.decidedBy as Decision['decidedBy'] & { team?: { name: string } | null };
  return {
    caseSummary,
    decision,
    override: decision.value !== decision.recommendation.value,
    below: decision.belowRecommendation,
    repeatContacts: findings.some((f) => f.code === 'history.repeat-contacts' || f.code === 'history.re-referral-after-closure'),
    overdue: decidedLate(caseSummary, decision, framework),
    worker: decision.decidedBy.displayName,
    team: decidedBy.team?.name ?? null,
  };
}

/** The rows that pass every chosen filter. */
export function applyFilters(rows: AuditRow[], filters: AuditFilters): AuditRow[] {
  return rows.filter((r) => {
    if (filters.flags.includes('override') && !r.override) return false;
    if (filters.flags.includes('below') && !r.below) return false;
    if (filters.flags.includes('repeat') && !r.repeatContacts) return false;
    if (filters.flags.includes('overdue') && !r.overdue) return false;
    if (filters.worker && r.worker !== filters.worker) return false;
    if (filters.team && r.team !== filters.team) return false;
    return true;
  });
}
