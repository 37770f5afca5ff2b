/**
 * "When did it happen": a date and a time typed as text, turned into the ISO date and time the
 * machine's events carry. A moment in the future is refused.
 */
import { z } from 'zod';
import { todayIso } from '../../analysis/useAssessment.js';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The form fields for a moment, with today and now as defaults. */
export function momentDefaults(now = new Date()): { date: string; time: string } {
  return {
    date: todayIso(now),
    time: `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`,
  };
}

/** The ISO date and time of a local date and time. */
export function momentIso(date: string, time: string): string {
  return new Date(`${date}T${time}:00`).toISOString();
}

/** Checks a date and time typed on the page; adds an issue to the field that is wrong. */
export function checkMoment(value: { date: string; time: string }, ctx: z.RefinementCtx, now = new Date()): void {
  const date = value.date.trim();
  const time = value.time.trim();
  const real = datePattern.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`));
  if (!real) {
    ctx.addIssue({ code: 'custom', path: ['date'], message: 'Enter the date as YYYY-MM-DD, like 2025-03-14' });
    return;
  }
  if (!timePattern.test(time)) {
    ctx.addIssue({ code: 'custom', path: ['time'], message: 'Enter the time as HH:MM on the 24-hour clock, like 14:05' });
    return;
  }
  if (Date.parse(momentIso(date, time)) > now.getTime() + 60_000) {
    ctx.addIssue({ code: 'custom', path: ['date'], message: 'The date and time cannot be in the future' });
  }
}

/** The date and time fields as a zod object. */
export const momentFields = { date: z.string(), time: z.string() };
