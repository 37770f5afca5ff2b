/**
 * Calendar dates written as YYYY-MM-DD, turned into whole day numbers (days since 1970-01-01) and
 * back with integer arithmetic on the proleptic Gregorian calendar. No Date objects, no time zones,
 * no clock: a date means the same day everywhere.
 */

import { FIRST_COVERED_YEAR, LAST_COVERED_YEAR } from './bank-holidays.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date split into its year, month (1-12) and day of the month. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Splits a YYYY-MM-DD string, or throws a RangeError naming the argument when it is not a real date. */
export function parseIsoDate(value: unknown, argument: string): CivilDate {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`${argument} must be a real calendar date written as YYYY-MM-DD (got ${JSON.stringify(value)}).`);
  }
  return { year, month, day };
}

/** Days since 1970-01-01 (negative before it). Howard Hinnant's days_from_civil. */
export function toDayNumber({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date of a day number (the inverse of toDayNumber). Howard Hinnant's civil_from_days. */
export function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Writes a date as YYYY-MM-DD; throws a RangeError when the year needs more than four digits. */
export function formatIsoDate({ year, month, day }: CivilDate): string {
  if (year < 0 || year > 9999) throw new RangeError(`The date falls in the year ${year}, which cannot be written as YYYY-MM-DD.`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day number of a YYYY-MM-DD string, or a RangeError naming the argument. */
export function dayNumberOf(value: unknown, argument: string): number {
  return toDayNumber(parseIsoDate(value, argument));
}

/** The day number a covered argument stands for, or a RangeError saying the holidays of that year are unknown. */
export function coveredDayNumberOf(value: unknown, argument: string): number {
  const date = parseIsoDate(value, argument);
  if (date.year < FIRST_COVERED_YEAR || date.year > LAST_COVERED_YEAR) {
    throw new RangeError(
      `${argument} is ${String(value)}, outside ${FIRST_COVERED_YEAR} to ${LAST_COVERED_YEAR}: ` +
        'the bank holidays of that year are not known here, so working days cannot be counted.',
    );
  }
  return toDayNumber(date);
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Throws a RangeError naming the argument unless it is a whole number. */
export function assertWholeNumber(value: unknown, argument: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new RangeError(`${argument} must be a whole number (got ${String(value)}).`);
  }
}
