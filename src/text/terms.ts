import { type CalendarDate, type PartialDate, datePrecision } from './calendar-date.ts';

/** Days from `start` up to but not including `end`; an absent bound is open (all time before or after). */
export interface DayRange {
  start?: CalendarDate;
  end?: CalendarDate;
}

/**
 * A term of office as a glossary writes it, `from` and `to` known to the day,
 * month or year, and the days it held the office for sure and maybe. The day
 * `to` belongs to the successor (Stoltenberg `to: 2024-10-01`, Rutte `from:
 * 2024-10-01`), so terms that meet on a day do not overlap. A term `from:
 * 2021-03` began some day in March: surely by the 31st, maybe on the 1st.
 * An absent `from` means "since before any date the archive is about"; an
 * absent `to`, "still in office".
 */
export interface TermDays {
  surely: DayRange;
  maybe: DayRange;
}

/** The first day of a partial date: `2023` → `2023-01-01`, `2023-11` → `2023-11-01`. */
export function firstDay(value: PartialDate): CalendarDate {
  return datePrecision(value) === 'year' ? `${value}-01-01` : datePrecision(value) === 'month' ? `${value}-01` : value;
}

/** The last day of a partial date: `2023` → `2023-12-31`, `2024-02` → `2024-02-29`. */
export function lastDay(value: PartialDate): CalendarDate {
  const [year = 0, month = 12, day] = value.split('-').map(Number);
  if (day !== undefined) return value;
  // Day 0 of the next month is the last day of this one.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return isoDay(date);
}

/** The days a term surely and maybe covers ({@link TermDays}). */
export function termDays(from: PartialDate | undefined, to: PartialDate | undefined): TermDays {
  return {
    surely: range(from && lastDay(from), to && firstDay(to)),
    maybe: range(from && firstDay(from), to && lastDay(to)),
  };
}

/** Whether a term ends before it begins: `to` wholly before `from` (`to: 2021-02`, `from: 2021-03`). */
export function endsBeforeItBegins(from: PartialDate, to: PartialDate): boolean {
  return lastDay(to) < firstDay(from);
}

/** The days of a period between two partial dates, both included; absent bounds are open. */
export function periodDays(from: PartialDate | undefined, to: PartialDate | undefined): DayRange {
  return range(from && firstDay(from), to && dayAfter(lastDay(to)));
}

/** Whether `outer` holds every day of `inner`. */
export function coversAll(outer: DayRange, inner: DayRange): boolean {
  const startsInTime = outer.start === undefined || (inner.start !== undefined && outer.start <= inner.start);
  const endsInTime = outer.end === undefined || (inner.end !== undefined && inner.end <= outer.end);
  return startsInTime && endsInTime;
}

/** Whether two ranges share a day; an empty range shares none. */
export function overlaps(a: DayRange, b: DayRange): boolean {
  if (isEmpty(a) || isEmpty(b)) return false;
  return before(a.start, b.end) && before(b.start, a.end);
}

function range(start: CalendarDate | undefined, end: CalendarDate | undefined): DayRange {
  return { ...(start && { start }), ...(end && { end }) };
}

function isEmpty({ start, end }: DayRange): boolean {
  return start !== undefined && end !== undefined && end <= start;
}

/** `start < end`, an absent start being the beginning of time and an absent end its end. */
function before(start: CalendarDate | undefined, end: CalendarDate | undefined): boolean {
  return start === undefined || end === undefined || start < end;
}

function dayAfter(value: CalendarDate): CalendarDate {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day + 1);
  return isoDay(date);
}

/** `YYYY-MM-DD` of a UTC date, years below 1000 padded as the archive writes them. */
function isoDay(date: Date): CalendarDate {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
