import { type Assessment, assess, type CaseFacts, type Framework } from '@sightline/core';
import { useMemo } from 'react';

/** The date a case is assessed on: its `asOf`, or today when it has none. */
export function assessmentDate(facts: CaseFacts, today: string): string {
  return facts.asOf ?? today;
}

/** Runs the core's `assess` in the browser; re-runs only when the facts or framework change. */
export function useAssessment(facts: CaseFacts, framework: Framework, today: string): Assessment {
  return useMemo(() => assess(facts, framework, assessmentDate(facts, today)), [facts, framework, today]);
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
