/** A `YYYY-MM-DD` string, as the archive writes and shows dates. */
export type CalendarDate = string;

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a `YYYY-MM-DD` string naming a day that exists
 * (so `2023-02-29` and `2023-13-01` are not).
 */
export function isCalendarDate(value: string): value is CalendarDate {
  const match = pattern.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  // Impossible days roll over into the next month; a round trip exposes that. setUTCFullYear,
  // unlike Date.UTC, reads years 0 to 99 as written rather than as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The year of a date known to the day, the month or the year, as written (`2023`). */
export function calendarYear(value: CalendarDate | PartialDate): string {
  return value.slice(0, 4);
}

/**
 * A date known to the day, the month or only the year, written `YYYY-MM-DD`,
 * `YYYY-MM` or `YYYY`: how precisely a source states when it was published.
 * Such strings sort in time order, a less precise date before the days it holds.
 */
export type PartialDate = string;

/** How precisely a {@link PartialDate} is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** Whether `value` is a real day, month or year written as a {@link PartialDate}. */
export function isPartialDate(value: string): value is PartialDate {
  if (/^\d{4}$/.test(value)) return true;
  if (/^\d{4}-\d{2}$/.test(value)) return isCalendarDate(`${value}-01`);
  return isCalendarDate(value);
}

/** The precision of a date: `day`, `month` or `year`. */
export function datePrecision(value: PartialDate): DatePrecision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** Built once: creating an Intl formatter per call cost more than any other function in a large build. */
const readerFormats: Record<DatePrecision, Intl.DateTimeFormat> = {
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
};

/**
 * Dates as formatted so far: a large build formats the same dates hundreds of
 * thousands of times (lists, notes, timelines), and an archive holds at most
 * one entry per day, month or year it covers.
 */
const formattedDates = new Map<PartialDate, string>();

/**
 * Formats a date for readers, in English and in UTC, as precisely as it is
 * known: "6 November 2023", "November 2023", "2023".
 */
export function formatCalendarDate(value: PartialDate): string {
  let formatted = formattedDates.get(value);
  if (formatted === undefined) {
    const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    formatted = readerFormats[datePrecision(value)].format(date);
    formattedDates.set(value, formatted);
  }
  return formatted;
}
