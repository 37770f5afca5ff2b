import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAYS_ENGLAND_AND_WALES, FIRST_COVERED_YEAR, isWeekend, LAST_COVERED_YEAR } from '../../src/calendar/index.js';

// date-holidays (3.37.0, a devDependency only) computes the same calendar from its own rules and
// proclamation list. If either side changes, this test shows the year and the dates that differ.
const england = new Holidays('GB', 'ENG');

/** Weekday public holidays date-holidays gives for England in a year (substitute days included). */
function dateHolidaysFor(year: number): string[] {
  const dates = england
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => h.date.slice(0, 10))
    .filter((date) => !isWeekend(date));
  return [...new Set(dates)].sort();
}

const years = Array.from({ length: LAST_COVERED_YEAR - FIRST_COVERED_YEAR + 1 }, (_, i) => FIRST_COVERED_YEAR + i);

describe('frozen table agrees with date-holidays', () => {
  it.each(years)('%i', (year) => {
    const ours = BANK_HOLIDAYS_ENGLAND_AND_WALES.filter((h) => h.date.startsWith(`${year}-`)).map((h) => h.date);
    const theirs = dateHolidaysFor(year);
    expect(theirs.length).toBeGreaterThanOrEqual(8);
    expect(ours).toEqual(theirs);
  });

  it('agrees that Wales has the same days as England', () => {
    const wales = new Holidays('GB', 'WLS');
    for (const year of years) {
      const welsh = wales
        .getHolidays(year)
        .filter((h) => h.type === 'public' && !isWeekend(h.date.slice(0, 10)))
        .map((h) => h.date.slice(0, 10));
      expect([...new Set(welsh)].sort(), String(year)).toEqual(dateHolidaysFor(year));
    }
  });
});
