import { isCalendarDate, type PartialDate } from './calendar-date.ts';
import { monthNumber } from './month-names.ts';

/**
 * A date as a text writes it: always a month, a day when the text gives one,
 * a year only when the text gives one (`Sept 29` has none, and gets none).
 */
export interface WrittenDate {
  /** The year, when written. */
  year?: number;
  /** The month, 1 to 12. */
  month: number;
  /** The day of the month, when written. */
  day?: number;
}

/** A date found in a line, with where it is written. */
export interface FoundDate {
  /** The date it writes. */
  date: WrittenDate;
  /** Offset of its first character in the line (a JavaScript string index). */
  start: number;
  /** Offset just after its last character, a trailing `.` included (`24. septembra 2023.`). */
  end: number;
}

/** Not inside a word or a number. */
const before = String.raw`(?<![\p{L}\p{N}])`;
const ordinal = String.raw`(?:st|nd|rd|th)?`;
const word = String.raw`(\p{L}+)`;
/** The word for "year" that Serbian and Russian write after one: `2023. godine`, `2023 года`, `2023 г.`. */
const yearWord = String.raw`(?:\s+(?:godine|god\.|године|год\.|года|г\.)(?!\p{L}))?`;

/** How each shape is written, and how its groups make a date; `null` vetoes a match. */
const shapes: readonly {
  pattern: RegExp;
  read: (groups: string[]) => (Omit<WrittenDate, 'month'> & { month?: number }) | null;
}[] = [
  {
    // 2023-09-24, 2023.09.24, 2023/09/24: year first is never day-month ambiguous.
    pattern: new RegExp(String.raw`${before}(?<!\d[./-])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?!\d|[./-]\d)`, 'gu'),
    read: ([year, , month, day]) => ({ year: Number(year), month: Number(month), day: Number(day) }),
  },
  {
    // 24.09.2023, 24-09-2023, 24/09/2023, 24.09.2023. (Serbian closes dates with a dot).
    pattern: new RegExp(
      String.raw`${before}(?<!\d[./-])(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?!\d|[./-]\d)\.?${yearWord}`,
      'gu',
    ),
    read: ([day, separator, month, year]) => {
      // Day first, as Europe and most agencies write. Slashes alone may be American (09/24/2023):
      // read them month first only when the day-first reading is impossible.
      if (separator === '/' && Number(month) > 12 && Number(day) <= 12) {
        return { year: Number(year), month: Number(day), day: Number(month) };
      }
      return { year: Number(year), month: Number(month), day: Number(day) };
    },
  },
  {
    // 29. 9. 2023., 29. 09. 2023: Serbian, Croatian and Bosnian pages often space a date's parts.
    pattern: new RegExp(String.raw`${before}(\d{1,2})\. (\d{1,2})\. (\d{4})(?!\d)\.?${yearWord}`, 'gu'),
    read: ([day, month, year]) => ({ year: Number(year), month: Number(month), day: Number(day) }),
  },
  {
    // 29 September 2023, 24. septembra 2023. godine, 29 сентября 2023 года, 29 de septiembre de 2023,
    // 24. September, 3rd of October 2023.
    pattern: new RegExp(
      String.raw`${before}(\d{1,2})${ordinal}\.?\s+(?:of\s+|de\s+)?${word}\.?(?:(?:,?\s+|\s+de\s+)(\d{4})(?!\d)\.?${yearWord})?`,
      'gu',
    ),
    read: ([day, month, year]) => ({
      year: year ? Number(year) : undefined,
      month: monthNumber(month ?? ''),
      day: Number(day),
    }),
  },
  {
    // Sept 29, Sep. 29, 2023, September 29 2023, Oct 02, 2023.
    pattern: new RegExp(
      String.raw`${before}${word}\.?\s+(\d{1,2})${ordinal}(?![\p{L}\p{N}])(?![.:]\d)(?:(?:,\s*|\s+)(\d{4})(?!\d))?`,
      'gu',
    ),
    read: ([month, day, year]) => ({
      year: year ? Number(year) : undefined,
      month: monthNumber(month ?? ''),
      day: Number(day),
    }),
  },
  {
    // September 2023, septembar 2023.: known to the month.
    pattern: new RegExp(String.raw`${before}${word}\.?,?\s+(\d{4})(?!\d)\.?${yearWord}`, 'gu'),
    read: ([month, year]) => ({ year: Number(year), month: monthNumber(month ?? '') }),
  },
];

/** Years a news page plausibly writes; four digits outside this are something else (a count, a code). */
const minYear = 1000;
const maxYear = 2999;

/** Whether the parts name a real month, and a real day when there is one (29 February without a year is allowed). */
function isRealDate(date: WrittenDate): boolean {
  if (date.year !== undefined && (date.year < minYear || date.year > maxYear)) return false;
  if (!Number.isInteger(date.month) || date.month < 1 || date.month > 12) return false;
  if (date.day === undefined) return true;
  const year = String(date.year ?? 2000).padStart(4, '0');
  return isCalendarDate(`${year}-${pad(date.month)}-${pad(date.day)}`);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Finds the dates written in a line, in order, with their offsets: numeric
 * (`2023-09-24`, `2023.09.24`, `24.09.2023`, `24/09/2023`, `24. 9. 2023.`), and with month
 * names in English, Serbian (Latin or Cyrillic) or German (`Sept 29`,
 * `Sep. 29, 2023`, `29 September 2023`, `24. septembra 2023.`,
 * `24. September 2023`, `September 2023`). Numeric dates are read day first;
 * a slash date is read month first only when it cannot be day first
 * (`09/24/2023`), so an ambiguous US date such as `09/10/2023` is misread as
 * 9 October. Relative times (`2 hours ago`) are not dates. Where shapes
 * overlap, the one starting first, then the longest, wins.
 */
export function findWrittenDates(line: string): FoundDate[] {
  const candidates: FoundDate[] = [];
  for (const { pattern, read } of shapes) {
    for (const match of line.matchAll(pattern)) {
      const parts = read(match.slice(1).map((group) => group ?? ''));
      if (!parts || parts.month === undefined) continue;
      const date: WrittenDate = {
        ...(parts.year !== undefined ? { year: parts.year } : {}),
        month: parts.month,
        ...(parts.day !== undefined ? { day: parts.day } : {}),
      };
      if (isRealDate(date)) candidates.push({ date, start: match.index, end: match.index + match[0].length });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: FoundDate[] = [];
  for (const candidate of candidates) {
    const last = found.at(-1);
    if (!last || candidate.start >= last.end) found.push(candidate);
  }
  return found;
}

/** A time of day after a date: `05:30`, `10:15 AM`, `14.05`. */
const trailingTime = /^[\s,]*(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?)?\s*$/i;

/**
 * Parses text that is one written date (any shape {@link findWrittenDates}
 * knows), optionally followed by a time of day (`2023.09.24 05:30`); undefined
 * for anything else, such as `Updated: 2 hours ago` or a sentence.
 */
export function parseWrittenDate(text: string): WrittenDate | undefined {
  const trimmed = text.trim();
  const [first] = findWrittenDates(trimmed);
  if (!first || first.start !== 0 || !trailingTime.test(trimmed.slice(first.end))) return undefined;
  return first.date;
}

/**
 * The date as the archive writes it, as precisely as it is known
 * (`2023-09-24`, `2023-09`); undefined without a year, which is never guessed.
 */
export function toPartialDate(date: WrittenDate): PartialDate | undefined {
  if (date.year === undefined) return undefined;
  const month = `${String(date.year).padStart(4, '0')}-${pad(date.month)}`;
  return date.day === undefined ? month : `${month}-${pad(date.day)}`;
}
