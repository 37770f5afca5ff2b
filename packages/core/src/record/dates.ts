/**
 * Date helpers for records: checking ISO 8601 date-times and writing dates in plain English.
 * Pure arithmetic only; nothing here reads the clock or depends on the machine's locale or zone.
 */

const MONTHS = [
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
] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** True for an ISO 8601 date and time with seconds optional and an offset or `Z` required. */
export function isIsoDateTime(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value);
  if (m === null) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = numbers(m, [1, 2, 3, 4, 5, 6]);
  const [offsetHour = 0, offsetMinute = 0] = numbers(m, [8, 9]);
  return isCalendarDate(year, month, day) && hour <= 23 && minute <= 59 && second <= 59 && offsetHour <= 23 && offsetMinute <= 59;
}

/**
 * Writes `2024-03-15` as "15 March 2024" (with the weekday first when asked), `2024-03` as
 * "March 2024"; anything else (a year, a loose date) is returned unchanged.
 */
export function formatDate(value: string, options: { weekday?: boolean } = {}): string {
  const m = ISO_DATE.exec(value);
  if (m === null) return value;
  const [year = 0, month = 0] = numbers(m, [1, 2]);
  const monthName = MONTHS[month - 1];
  if (monthName === undefined) return value;
  if (m[3] === undefined) return `${monthName} ${year}`;
  const [day = 0] = numbers(m, [3]);
  if (!isCalendarDate(year, month, day)) return value;
  const date = `${day} ${monthName} ${year}`;
  return options.weekday === true ? `${weekdayOf(year, month, day)} ${date}` : date;
}

/** Writes `2024-03-15T14:05:00Z` as "15 March 2024 at 14:05 (UTC)"; anything else unchanged. */
export function formatDateTime(value: string): string {
  if (!isIsoDateTime(value)) return value;
  const zone = value.endsWith('Z') ? 'UTC' : `UTC${value.slice(-6)}`;
  return `${formatDate(value.slice(0, 10))} at ${value.slice(11, 16)} (${zone})`;
}

function numbers(m: RegExpExecArray, groups: readonly number[]): number[] {
  return groups.map((g) => (m[g] === undefined ? 0 : Number(m[g])));
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Day of the week in the proleptic Gregorian calendar (Sakamoto's method). */
function weekdayOf(year: number, month: number, day: number): string {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  const index = (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (offsets[month - 1] ?? 0) + day) % 7;
  return WEEKDAYS[index] ?? '';
}
