import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkingDays,
  isWorkingDay,
  type TriggerDay,
  workingDaysBetween,
} from '../../src/calendar/index.js';

// Start dates from 2015-01-01 to 2029-06-30, so that up to 300 working days stay inside 2030.
const startDate = fc.integer({ min: 0, max: 5294 }).map((offset) => addDays('2015-01-01', offset));
const workingStart = startDate.filter(isWorkingDay);
const convention = fc.constantFrom<TriggerDay>(0, 1);
const count = fc.integer({ min: 1, max: 300 });

describe('working-day properties', () => {
  it('workingDaysBetween undoes addWorkingDays from a working-day start', () => {
    fc.assert(
      fc.property(workingStart, count, convention, (start, n, c) => {
        expect(workingDaysBetween(start, addWorkingDays(start, n, c), c)).toBe(n);
      }),
    );
  });

  it('also from a weekend or bank holiday start', () => {
    fc.assert(
      fc.property(startDate, count, convention, (start, n, c) => {
        expect(workingDaysBetween(start, addWorkingDays(start, n, c), c)).toBe(n);
      }),
    );
  });

  it('a deadline always falls on a working day, later for a longer timescale', () => {
    fc.assert(
      fc.property(startDate, count, convention, (start, n, c) => {
        const due = addWorkingDays(start, n, c);
        expect(isWorkingDay(due)).toBe(true);
        expect(addWorkingDays(start, n + 1, c) > due).toBe(true);
        expect(due >= start).toBe(true);
      }),
    );
  });

  it('counting the start as day 1 brings a deadline one working day earlier, only when the start is a working day', () => {
    fc.assert(
      fc.property(startDate, count, (start, n) => {
        const expected = isWorkingDay(start) ? addWorkingDays(start, n - 1, 0) : addWorkingDays(start, n, 0);
        expect(addWorkingDays(start, n, 1)).toBe(expected);
      }),
    );
  });

  it('working days over two back-to-back spans add up', () => {
    fc.assert(
      fc.property(startDate, fc.nat(270), fc.nat(270), (a, gap1, gap2) => {
        const b = addDays(a, gap1);
        const c = addDays(b, gap2);
        expect(workingDaysBetween(a, b, 0) + workingDaysBetween(b, c, 0)).toBe(workingDaysBetween(a, c, 0));
      }),
    );
  });
});

describe('calendar arithmetic properties', () => {
  // 1600-01-01 to 2400-12-31 covers the Gregorian century rules; the built-in Date is the oracle here only.
  const anyDay = fc.integer({ min: -135_140, max: 157_419 });

  it('addDays agrees with UTC Date arithmetic and undoes itself', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -20_000, max: 20_000 }), (dayNumber, n) => {
        const date = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
        const expected = new Date((dayNumber + n) * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(date, n)).toBe(expected);
        expect(addDays(addDays(date, n), -n)).toBe(date);
      }),
    );
  });

  it('addMonths moves the month by n and keeps the day, clamped to the month end', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -240, max: 240 }), (dayNumber, n) => {
        const date = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
        const result = addMonths(date, n);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm - (y * 12 + m)).toBe(n);
        const monthEnd = new Date(Date.UTC(ry, rm, 0)).getUTCDate();
        expect(rd).toBe(Math.min(d, monthEnd));
      }),
    );
  });
});
