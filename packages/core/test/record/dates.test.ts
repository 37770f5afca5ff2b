import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, isIsoDateTime } from '../../src/record/dates.js';

describe('record dates', () => {
  it('writes full dates and months in words, leaving loose dates alone', () => {
    expect(formatDate('2024-03-15')).toBe('15 March 2024');
    expect(formatDate('2024-03-15', { weekday: true })).toBe('Friday 15 March 2024');
    expect(formatDate('2017-01')).toBe('January 2017');
    expect(formatDate('2014/2015')).toBe('2014/2015');
    expect(formatDate('2023-02-29')).toBe('2023-02-29');
  });

  it('gives the same weekday as the JavaScript calendar', () => {
    const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(formatDate(iso, { weekday: true }).split(' ')[0]).toBe(names[d.getUTCDay()]);
        },
      ),
    );
  });

  it('accepts ISO date-times with an offset and refuses the rest', () => {
    for (const ok of [
      '2024-03-15T14:05:00Z',
      '2024-03-15T14:05Z',
      '2024-02-29T23:59:59.123+01:00',
      '2000-02-29T00:00:00-05:30',
    ]) {
      expect(isIsoDateTime(ok), ok).toBe(true);
    }
    for (const bad of [
      '2024-03-15',
      '2024-03-15T14:05:00',
      '1900-02-29T00:00:00Z',
      '2024-13-01T00:00:00Z',
      '2024-03-15T14:60:00Z',
      ' 2024-03-15T14:05:00Z',
    ]) {
      expect(isIsoDateTime(bad), bad).toBe(false);
    }
    expect(formatDateTime('2024-03-15T09:30:00+01:00')).toBe('15 March 2024 at 09:30 (UTC+01:00)');
  });
});
