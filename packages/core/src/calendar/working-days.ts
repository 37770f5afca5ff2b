/**
 * Working-day arithmetic for England and Wales: Saturdays, Sundays and bank holidays are not working
 * days. Pure functions on YYYY-MM-DD strings; nothing here reads the clock.
 *
 * Functions that need to know the bank holidays (isBankHoliday, isWorkingDay, addWorkingDays,
 * workingDaysBetween, bankHolidayOn) accept dates from FIRST_COVERED_YEAR to LAST_COVERED_YEAR only
 * and throw a RangeError for any other year. Plain calendar arithmetic (isWeekend, addDays,
 * addMonths) works for any date that can be written as YYYY-MM-DD.
 */

import { BANK_HOLIDAYS_ENGLAND_AND_WALES, type BankHoliday, LAST_COVERED_YEAR } from './bank-holidays.js';
import {
  assertWholeNumber,
  coveredDayNumberOf,
  dayNumberOf,
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  parseIsoDate,
  toDayNumber,
  weekdayOf,
} from './iso-date.js';

/**
 * How the day a clock starts on is counted. 0: it is day 0, and an n-working-day deadline is the n-th
 * working day after it. 1: it is day 1 when it is a working day (the children in need census validator
 * built for DfE returns counts this way), so an n-working-day deadline is the n-th working day counting from it.
 */
export type TriggerDay = 0 | 1;

const LAST_COVERED_DAY = toDayNumber({ year: LAST_COVERED_YEAR, month: 12, day: 31 });
const holidaysByDay = new Map<number, BankHoliday>(
  BANK_HOLIDAYS_ENGLAND_AND_WALES.map((holiday) => [dayNumberOf(holiday.date, 'holiday date'), holiday]),
);

function assertTriggerDay(value: unknown): asserts value is TriggerDay {
  if (value !== 0 && value !== 1) throw new RangeError(`triggerDay must be 0 or 1 (got ${String(value)}).`);
}

function isWeekendDay(dayNumber: number): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
}

function isWorkingDayNumber(dayNumber: number): boolean {
  return !isWeekendDay(dayNumber) && !holidaysByDay.has(dayNumber);
}

/** True when the date is a Saturday or a Sunday. */
export function isWeekend(date: string): boolean {
  return isWeekendDay(dayNumberOf(date, 'date'));
}

/** The England and Wales bank holiday on this date, if there is one. */
export function bankHolidayOn(date: string): BankHoliday | undefined {
  return holidaysByDay.get(coveredDayNumberOf(date, 'date'));
}

/** True when the date is an England and Wales bank holiday (substitute days included). */
export function isBankHoliday(date: string): boolean {
  return bankHolidayOn(date) !== undefined;
}

/** True when the date is neither a weekend day nor an England and Wales bank holiday. */
export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(coveredDayNumberOf(date, 'date'));
}

/** The date n calendar days after (or, for negative n, before) the given date. */
export function addDays(date: string, n: number): string {
  assertWholeNumber(n, 'n');
  return formatIsoDate(fromDayNumber(dayNumberOf(date, 'date') + n));
}

/**
 * The date n calendar months after (or, for negative n, before) the given date. When that month is
 * shorter, the result is its last day: 31 January plus one month is 28 or 29 February.
 */
export function addMonths(date: string, n: number): string {
  assertWholeNumber(n, 'n');
  const { year, month, day } = parseIsoDate(date, 'date');
  const monthIndex = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return formatIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/**
 * The due date of an n-working-day timescale whose clock started on `start`.
 * With triggerDay 0 the start is day 0 and the due date is the n-th working day after it (n = 0 gives
 * the start itself). With triggerDay 1 the start counts as day 1 when it is a working day, so the due
 * date is the n-th working day on or after it (n must then be at least 1).
 */
export function addWorkingDays(start: string, n: number, triggerDay: TriggerDay): string {
  let day = coveredDayNumberOf(start, 'start');
  assertWholeNumber(n, 'n');
  assertTriggerDay(triggerDay);
  if (n < 0) throw new RangeError(`n must be 0 or more working days (got ${n}).`);
  if (triggerDay === 1 && n === 0) throw new RangeError('n must be at least 1 when the start day counts as day 1.');
  let counted = triggerDay === 1 && isWorkingDayNumber(day) ? 1 : 0;
  while (counted < n) {
    day += 1;
    if (day > LAST_COVERED_DAY) {
      throw new RangeError(
        `n: ${n} working days from ${start} run past ${LAST_COVERED_YEAR}, and the bank holidays after that are not known here.`,
      );
    }
    if (isWorkingDayNumber(day)) counted += 1;
  }
  return formatIsoDate(fromDayNumber(day));
}

/**
 * Working days elapsed from `from` to `to`, counted the same way as addWorkingDays, so that
 * workingDaysBetween(d, addWorkingDays(d, n, c), c) is n. With triggerDay 0 it counts the working
 * days after `from` up to and including `to`; with triggerDay 1 it also counts `from` itself when it
 * is a working day. `to` must not be before `from`.
 */
export function workingDaysBetween(from: string, to: string, triggerDay: TriggerDay): number {
  const first = coveredDayNumberOf(from, 'from');
  const last = coveredDayNumberOf(to, 'to');
  assertTriggerDay(triggerDay);
  if (last < first) throw new RangeError(`to (${to}) must not be before from (${from}).`);
  let count = 0;
  for (let day = triggerDay === 1 ? first : first + 1; day <= last; day += 1) {
    if (isWorkingDayNumber(day)) count += 1;
  }
  return count;
}

/** A plain-English sentence, for a decision record, saying how working days were counted. */
export function describeConvention(triggerDay: TriggerDay): string {
  assertTriggerDay(triggerDay);
  const excluded = 'weekends and England and Wales bank holidays excluded';
  return triggerDay === 0
    ? `The day the clock started counts as day 0; deadlines fall on the n-th working day after it (${excluded}).`
    : `The day the clock started counts as day 1 if it is a working day; deadlines fall on the n-th working day counting that day (${excluded}).`;
}
