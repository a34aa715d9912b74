import { describe, expect, it } from 'vitest';
import { calendarYear, datePrecision, formatCalendarDate, isCalendarDate, isPartialDate } from './calendar-date.ts';

describe('isCalendarDate', () => {
  it('should accept real days, leap days and years before 100 included', () => {
    for (const date of ['2023-11-06', '2024-02-29', '0099-12-31', '0001-01-01'])
      expect(isCalendarDate(date), date).toBe(true);
  });

  it('should refuse impossible days and other shapes', () => {
    for (const date of ['2023-02-29', '2023-13-01', '2023-04-31', '2023-1-5', '20231-01-01', '2023-11-06T00:00']) {
      expect(isCalendarDate(date), date).toBe(false);
    }
  });
});

describe('formatCalendarDate', () => {
  it('should write dates for readers', () => {
    const table: [string, string][] = [
      ['2023-11-06', '6 November 2023'],
      ['2024-02-29', '29 February 2024'],
      ['0099-12-31', '31 December 99'],
      ['2023-09', 'September 2023'],
      ['2023', '2023'],
    ];
    for (const [date, shown] of table) expect(formatCalendarDate(date), date).toBe(shown);
  });
});

describe('calendarYear', () => {
  it('should give the year as written', () => {
    expect(calendarYear('2023-11-06')).toBe('2023');
    expect(calendarYear('0099-12-31')).toBe('0099');
  });

  it('should give the year of a date known only to the month or the year (it once gave "202" for "2023")', () => {
    expect(calendarYear('2023-09')).toBe('2023');
    expect(calendarYear('2023')).toBe('2023');
  });
});

describe('isPartialDate and datePrecision', () => {
  it('should accept a real day, month or year, and tell which', () => {
    const table: [string, string | false][] = [
      ['2023-09-24', 'day'],
      ['2023-09', 'month'],
      ['2023', 'year'],
      ['2023-13', false],
      ['2023-02-30', false],
      ['23-09', false],
      ['2023-9', false],
      ['September 2023', false],
    ];
    for (const [value, precision] of table) {
      expect(isPartialDate(value), value).toBe(precision !== false);
      if (precision) expect(datePrecision(value), value).toBe(precision);
    }
  });
});
