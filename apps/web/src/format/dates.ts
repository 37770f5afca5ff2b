/** Dates as people read them: "Tuesday 14 November 2023", "14 Nov 2023". */
import { addWorkingDays, type Framework, workingDaysBetween } from '@sightline/core';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "14 November 2023" from YYYY-MM-DD (other forms are returned as given). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'Not known';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** "Tuesday 14 November 2023". */
export function formatDay(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  return `${days[d.getUTCDay()] ?? ''} ${formatDate(iso)}`;
}

/** "14 November 2023 at 10:32" in the browser's time zone. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${formatDate(local)} at ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The local date (YYYY-MM-DD) of a timestamp. */
export function localDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** How long is left on a working-day timescale that started on `start`. */
export interface TimeLeft {
  dueOn: string;
  /** Working days left after today (0 = due today, negative = overdue). */
  workingDaysLeft: number;
  overdue: boolean;
  words: string;
}

/** Time left on an n-working-day timescale from `start` as of `today`, in the framework's counting convention. */
export function timeLeft(start: string, n: number, framework: Framework, today: string): TimeLeft {
  const trigger = framework.calendar.triggerDay;
  const dueOn = addWorkingDays(start, n, trigger);
  if (today > dueOn) {
    const late = workingDaysBetween(dueOn, today, 0);
    return { dueOn, workingDaysLeft: -late, overdue: true, words: `Overdue by ${late} working day${late === 1 ? '' : 's'}` };
  }
  if (today === dueOn) return { dueOn, workingDaysLeft: 0, overdue: false, words: 'Due today' };
  const left = workingDaysBetween(today, dueOn, 0);
  return { dueOn, workingDaysLeft: left, overdue: false, words: `${left} working day${left === 1 ? '' : 's'} left` };
}
