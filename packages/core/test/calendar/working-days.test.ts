import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkingDays,
  describeConvention,
  isWeekend,
  isWorkingDay,
  workingDaysBetween,
} from '../../src/calendar/index.js';

describe('addWorkingDays', () => {
  it('1 working day from a referral received on the Friday before a bank holiday Monday', () => {
    // Friday 3 May 2024; Monday 6 May 2024 is the early May bank holiday.
    expect(addWorkingDays('2024-05-03', 1, 0)).toBe('2024-05-07');
    expect(addWorkingDays('2024-05-03', 1, 1)).toBe('2024-05-03');
  });

  it('1 working day from a referral received on the Thursday before Easter', () => {
    // Good Friday 29 March and Easter Monday 1 April 2024.
    expect(addWorkingDays('2024-03-28', 1, 0)).toBe('2024-04-02');
    expect(addWorkingDays('2024-03-28', 2, 1)).toBe('2024-04-02');
  });

  it('a clock that starts at the weekend runs from the next working day under both conventions', () => {
    // Saturday 4 May 2024, before the bank holiday Monday.
    expect(addWorkingDays('2024-05-04', 1, 0)).toBe('2024-05-07');
    expect(addWorkingDays('2024-05-04', 1, 1)).toBe('2024-05-07');
    expect(addWorkingDays('2024-05-04', 0, 0)).toBe('2024-05-04');
  });

  it('45 working days with no bank holiday in the way', () => {
    // Monday 8 January 2024: nine weeks of five working days, nothing excluded before Good Friday.
    expect(addWorkingDays('2024-01-08', 45, 0)).toBe('2024-03-11');
    expect(addWorkingDays('2024-01-08', 45, 1)).toBe('2024-03-08');
  });

  it('45 working days across Easter, early May, the Coronation and spring bank holiday 2023', () => {
    // Monday 27 March 2023. Five bank holidays fall inside, so the due date is a week later than
    // counting weekdays alone would give (Friday 26 May).
    expect(addWorkingDays('2023-03-27', 45, 0)).toBe('2023-06-05');
    expect(addWorkingDays('2023-03-27', 45, 1)).toBe('2023-06-02');
  });

  it('15 working days from a strategy discussion across Christmas 2022', () => {
    // Friday 16 December 2022; 26 and 27 December and 2 January are bank holidays.
    expect(addWorkingDays('2022-12-16', 15, 0)).toBe('2023-01-11');
    expect(addWorkingDays('2022-12-16', 15, 1)).toBe('2023-01-10');
  });

  it('15 working days across Christmas 2020, with Friday holidays and the Boxing Day substitute', () => {
    // Friday 18 December 2020; 25 and 28 December and 1 January are bank holidays.
    expect(addWorkingDays('2020-12-18', 15, 0)).toBe('2021-01-13');
  });

  it('0 working days with day 0 counting is the start itself', () => {
    expect(addWorkingDays('2024-05-06', 0, 0)).toBe('2024-05-06');
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days elapsed under each convention', () => {
    expect(workingDaysBetween('2022-12-16', '2023-01-11', 0)).toBe(15);
    expect(workingDaysBetween('2022-12-16', '2023-01-11', 1)).toBe(16);
    expect(workingDaysBetween('2023-03-27', '2023-06-05', 0)).toBe(45);
  });

  it('counts nothing, or only the day itself, between a date and itself', () => {
    expect(workingDaysBetween('2024-05-03', '2024-05-03', 0)).toBe(0);
    expect(workingDaysBetween('2024-05-03', '2024-05-03', 1)).toBe(1);
    expect(workingDaysBetween('2024-05-06', '2024-05-06', 1)).toBe(0); // bank holiday
  });

  it('counts no working days over a long weekend', () => {
    expect(workingDaysBetween('2024-05-03', '2024-05-06', 0)).toBe(0);
  });
});

describe('calendar arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
  });

  it('adds months and clamps to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-05-15', 3)).toBe('2024-08-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-10-15', -12)).toBe('2023-10-15');
    expect(addMonths('2024-05-15', 0)).toBe('2024-05-15');
  });

  it('knows weekends without needing the bank holiday table', () => {
    expect(isWeekend('2024-06-01')).toBe(true); // Saturday
    expect(isWeekend('2024-06-02')).toBe(true); // Sunday
    expect(isWeekend('2024-06-03')).toBe(false);
    expect(isWeekend('2031-01-04')).toBe(true);
    expect(addDays('2031-01-04', 2)).toBe('2031-01-06');
    expect(addMonths('2030-11-30', 3)).toBe('2031-02-28');
  });
});

describe('describeConvention', () => {
  it('says in plain English how days were counted', () => {
    expect(describeConvention(0)).toBe(
      'The day the clock started counts as day 0; deadlines fall on the n-th working day after it (weekends and England and Wales bank holidays excluded).',
    );
    expect(describeConvention(1)).toMatch(/^The day the clock started counts as day 1 if it is a working day;/);
    expect(describeConvention(1)).toContain('weekends and England and Wales bank holidays excluded');
  });
});

describe('bad input', () => {
  it.each(['2024-02-30', '2024-2-3', '20240203', '2024-13-01', '2024-00-10', '', '2024-05-03T00:00:00Z'])(
    'rejects the malformed date %j and names the argument',
    (bad) => {
      expect(() => addWorkingDays(bad, 1, 0)).toThrow(
        new RangeError(`start must be a real calendar date written as YYYY-MM-DD (got ${JSON.stringify(bad)}).`),
      );
      expect(() => isWeekend(bad)).toThrow(/^date must be a real calendar date/);
      expect(() => workingDaysBetween('2024-01-01', bad, 0)).toThrow(/^to must be a real calendar date/);
    },
  );

  it('rejects a date that is not a string', () => {
    expect(() => isWorkingDay(20240503 as unknown as string)).toThrow(RangeError);
  });

  it('refuses to count working days outside 2015 to 2030, saying why', () => {
    expect(() => addWorkingDays('2014-12-31', 1, 0)).toThrow(
      /^start is 2014-12-31, outside 2015 to 2030: the bank holidays of that year are not known/,
    );
    expect(() => isWorkingDay('2031-01-06')).toThrow(/^date is 2031-01-06, outside 2015 to 2030/);
    expect(() => workingDaysBetween('2030-12-01', '2031-01-10', 0)).toThrow(/^to is 2031-01-10, outside 2015 to 2030/);
    expect(() => addWorkingDays('2030-12-20', 45, 0)).toThrow(/^n: 45 working days from 2030-12-20 run past 2030/);
  });

  it('rejects counts and conventions that make no sense', () => {
    expect(() => addWorkingDays('2024-05-03', -1, 0)).toThrow(/^n must be 0 or more/);
    expect(() => addWorkingDays('2024-05-03', 1.5, 0)).toThrow(/^n must be a whole number/);
    expect(() => addWorkingDays('2024-05-03', 0, 1)).toThrow(/^n must be at least 1 when the start day counts as day 1/);
    expect(() => addWorkingDays('2024-05-03', 1, 2 as 0)).toThrow(/^triggerDay must be 0 or 1/);
    expect(() => workingDaysBetween('2024-05-03', '2024-05-02', 0)).toThrow(/^to \(2024-05-02\) must not be before from/);
    expect(() => addDays('2024-05-03', Number.NaN)).toThrow(/^n must be a whole number/);
    expect(() => addMonths('2024-05-03', 0.5)).toThrow(/^n must be a whole number/);
  });
});
