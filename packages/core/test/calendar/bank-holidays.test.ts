import { describe, expect, it } from 'vitest';
import {
  BANK_HOLIDAYS_ENGLAND_AND_WALES,
  bankHolidayOn,
  FIRST_COVERED_YEAR,
  isBankHoliday,
  isWeekend,
  isWorkingDay,
  LAST_COVERED_YEAR,
} from '../../src/calendar/index.js';

describe('England and Wales bank holiday table', () => {
  it('covers 2015 to 2030, in date order, with no date twice', () => {
    expect([FIRST_COVERED_YEAR, LAST_COVERED_YEAR]).toEqual([2015, 2030]);
    const dates = BANK_HOLIDAYS_ENGLAND_AND_WALES.map((h) => h.date);
    expect(dates[0]?.slice(0, 4)).toBe('2015');
    expect(dates.at(-1)?.slice(0, 4)).toBe('2030');
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('lists only weekdays, with a title for each', () => {
    for (const holiday of BANK_HOLIDAYS_ENGLAND_AND_WALES) {
      expect(isWeekend(holiday.date), holiday.date).toBe(false);
      expect(holiday.title.length).toBeGreaterThan(0);
    }
  });

  it('has the eight regular bank holidays every year, and more only in 2022 and 2023', () => {
    for (let year = FIRST_COVERED_YEAR; year <= LAST_COVERED_YEAR; year++) {
      const count = BANK_HOLIDAYS_ENGLAND_AND_WALES.filter((h) => h.date.startsWith(`${year}-`)).length;
      expect(count, String(year)).toBe(year === 2022 ? 10 : year === 2023 ? 9 : 8);
    }
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(BANK_HOLIDAYS_ENGLAND_AND_WALES)).toBe(true);
    expect(BANK_HOLIDAYS_ENGLAND_AND_WALES.every((h) => Object.isFrozen(h))).toBe(true);
  });

  it.each([
    ['2015-04-03', 'Good Friday'],
    ['2015-04-06', 'Easter Monday'],
    ['2016-03-25', 'Good Friday'],
    ['2016-03-28', 'Easter Monday'],
    ['2019-04-19', 'Good Friday'],
    ['2019-04-22', 'Easter Monday'],
    ['2024-03-29', 'Good Friday'],
    ['2024-04-01', 'Easter Monday'],
    ['2027-03-26', 'Good Friday'],
    ['2027-03-29', 'Easter Monday'],
    ['2030-04-19', 'Good Friday'],
    ['2030-04-22', 'Easter Monday'],
  ])('knows Easter: %s is %s', (date, title) => {
    expect(bankHolidayOn(date)?.title).toBe(title);
  });

  it.each([
    ['2015-12-28', 'Boxing Day (substitute day)'],
    ['2016-12-27', 'Christmas Day (substitute day)'],
    ['2017-01-02', 'New Year’s Day (substitute day)'],
    ['2020-12-28', 'Boxing Day (substitute day)'],
    ['2021-12-27', 'Christmas Day (substitute day)'],
    ['2021-12-28', 'Boxing Day (substitute day)'],
    ['2022-01-03', 'New Year’s Day (substitute day)'],
    ['2022-12-26', 'Boxing Day'],
    ['2022-12-27', 'Christmas Day (substitute day)'],
    ['2023-01-02', 'New Year’s Day (substitute day)'],
    ['2026-12-28', 'Boxing Day (substitute day)'],
    ['2027-12-27', 'Christmas Day (substitute day)'],
    ['2027-12-28', 'Boxing Day (substitute day)'],
  ])('knows the substitute day %s (%s)', (date, title) => {
    expect(bankHolidayOn(date)?.title).toBe(title);
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each([
    ['2020-05-08', 'Early May bank holiday (VE day)'],
    ['2022-06-02', 'Spring bank holiday'],
    ['2022-06-03', 'Platinum Jubilee bank holiday'],
    ['2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'],
    ['2023-05-08', 'Bank holiday for the coronation of King Charles III'],
  ])('knows the one-off or moved day %s (%s)', (date, title) => {
    expect(bankHolidayOn(date)?.title).toBe(title);
  });

  it('does not keep the usual day when a holiday was moved', () => {
    expect(isBankHoliday('2020-05-04')).toBe(false); // early May moved to Friday 8 May for VE day
    expect(isWorkingDay('2020-05-04')).toBe(true);
    expect(isBankHoliday('2022-05-30')).toBe(false); // spring bank holiday moved to 2 June
    expect(isWorkingDay('2022-05-30')).toBe(true);
  });

  it('does not list a weekend holiday on its own date, only its substitute', () => {
    expect(isBankHoliday('2022-12-25')).toBe(false); // a Sunday
    expect(isWeekend('2022-12-25')).toBe(true);
    expect(isWorkingDay('2022-12-25')).toBe(false);
    expect(isBankHoliday('2021-01-01')).toBe(true); // a Friday
  });

  it('treats ordinary weekdays as working days', () => {
    expect(isWorkingDay('2024-12-24')).toBe(true);
    expect(isWorkingDay('2024-12-27')).toBe(true);
    expect(isWorkingDay('2024-12-28')).toBe(false); // Saturday
  });
});
