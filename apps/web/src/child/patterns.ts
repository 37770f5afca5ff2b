/**
 * Patterns on a child's page, as figures: the latest attendance, the share of appointments the
 * child was brought to, reliever inhalers dispensed in the last 6 months; and which timescales
 * are running or overdue.
 */
import { addDays, addMonths, addWorkingDays, type Framework } from '@sightline/core';
import type { ChronologyEntry, Plan } from '../api/types.js';

/** The latest attendance figure recorded, with its date. */
export function latestAttendance(entries: readonly ChronologyEntry[]): { value: number; on: string } | null {
  const found = entries
    .filter((e) => e.kind === 'measure' && e.measure && /attendance/i.test(e.measure.name) && e.measure.value !== null)
    .sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))[0];
  return found?.measure?.value != null ? { value: found.measure.value, on: found.occurredOn } : null;
}

/** Appointments kept out of those the child should have been brought to (cancellations by the service do not count). */
export function appointmentsKept(entries: readonly ChronologyEntry[]): { kept: number; due: number; share: number | null } {
  const appointments = entries.filter((e) => e.event?.type === 'appointment');
  const kept = appointments.filter((e) => e.event?.outcome === 'kept').length;
  const notBrought = appointments.filter((e) => e.event?.outcome === 'was-not-brought').length;
  const due = kept + notBrought;
  return { kept, due, share: due === 0 ? null : kept / due };
}

/** Reliever inhalers dispensed in the 6 months up to `today`. */
export function relieversIn6Months(entries: readonly ChronologyEntry[], today: string): number | null {
  const from = addMonths(today, -6);
  const found = entries.filter(
    (e) => e.kind === 'measure' && e.measure && /reliever/i.test(e.measure.name) && e.occurredOn > from && e.occurredOn <= today,
  );
  if (found.length === 0) return null;
  return found.reduce((sum, e) => sum + (e.measure?.value ?? 0), 0);
}

/** A timescale on a child's page. */
export interface RunningTimescale {
  title: string;
  dueOn: string;
  overdue: boolean;
}

/** The timescales a plan starts, with their due dates, from the framework. */
export function planTimescales(plan: Plan, framework: Framework, today: string): RunningTimescale[] {
  if (!plan.startedOn || plan.endedOn) return [];
  const start = plan.startedOn;
  const tz = (id: string) => framework.timescales.find((t) => t.id === id);
  const out: RunningTimescale[] = [];
  const push = (title: string, dueOn: string) => out.push({ title, dueOn, overdue: today > dueOn });
  if (plan.kind === 'child-protection') {
    const core = tz('core-group');
    if (core) push('First core group meeting', addWorkingDays(start, core.amount, framework.calendar.triggerDay));
    const review = tz('review-conference');
    if (review) push('First review conference', addMonths(start, review.amount));
  }
  if (plan.kind === 'child-in-need') {
    const visit = tz('cin-visit');
    if (visit) {
      let due = addDays(start, visit.amount);
      while (due < today) due = addDays(due, visit.amount);
      out.push({ title: 'Next visit to see the child (at least every 6 weeks)', dueOn: due, overdue: false });
    }
  }
  return out;
}
