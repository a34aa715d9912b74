import { isCalendarDate, type PartialDate } from './calendar-date.ts';
import { foldText } from './fold.ts';
import { monthNumber } from './month-names.ts';
import { latinize } from './transliterate.ts';

/**
 * A date as a text writes it: a month, a day when the text gives one, a year
 * only when the text gives one (`Sept 29` has none, and gets none). A numeric
 * date whose order of day and month the text leaves open (`10/03/2023`) has
 * its year alone: neither month nor day.
 */
export interface WrittenDate {
  /** The year, when written. */
  year?: number;
  /** The month, 1 to 12; absent only when the text leaves open which of two numbers it is. */
  month?: number;
  /** The day of the month, when written (never without a month). */
  day?: number;
}

/** One way to read a written date: always with a month. */
type Reading = WrittenDate & { month: number };

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

/** The abbreviated month names of Russian agencies' datelines, in order (`сент` is written too). */
const russianAbbreviations = ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

/** A reading whose month may be a word that names none (`Room 12`): no reading then. */
function named(date: WrittenDate): Reading[] {
  return date.month === undefined ? [] : [{ ...date, month: date.month }];
}

/**
 * How each shape is written, and the ways its groups can be read: none vetoes
 * a match, two leave the order of day and month open.
 */
const shapes: readonly {
  pattern: RegExp;
  read: (groups: string[]) => Reading[];
}[] = [
  {
    // 2023-09-24, 2023.09.24, 2023/09/24: year first is never day-month ambiguous.
    pattern: new RegExp(String.raw`${before}(?<!\d[./-])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?!\d|[./-]\d)`, 'gu'),
    read: ([year, , month, day]) => [{ year: Number(year), month: Number(month), day: Number(day) }],
  },
  {
    // 24.09.2023, 24-09-2023, 24/09/2023, 24.09.2023. (Serbian closes dates with a dot).
    pattern: new RegExp(
      String.raw`${before}(?<!\d[./-])(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?!\d|[./-]\d)\.?${yearWord}`,
      'gu',
    ),
    read: ([first, separator, second, year]) => {
      const dayFirst = { year: Number(year), month: Number(second), day: Number(first) };
      // Dots are written day first everywhere. Slashes and dashes are written day first in Europe
      // and month first in the US (09/24/2023): both readings, of which an impossible one drops.
      if (separator === '.') return [dayFirst];
      return [dayFirst, { year: Number(year), month: Number(first), day: Number(second) }];
    },
  },
  {
    // 29. 9. 2023., 29. 09. 2023: Serbian, Croatian and Bosnian pages often space a date's parts.
    pattern: new RegExp(String.raw`${before}(\d{1,2})\. (\d{1,2})\. (\d{4})(?!\d)\.?${yearWord}`, 'gu'),
    read: ([day, month, year]) => [{ year: Number(year), month: Number(month), day: Number(day) }],
  },
  {
    // 29 September 2023, 24. septembra 2023. godine, 29 сентября 2023 года, 29 de septiembre de 2023,
    // 24. September, 3rd of October 2023.
    pattern: new RegExp(
      String.raw`${before}(\d{1,2})${ordinal}\.?\s+(?:of\s+|de\s+)?${word}\.?(?:(?:,?\s+|\s+de\s+)(\d{4})(?!\d)\.?${yearWord})?`,
      'gu',
    ),
    read: ([day, month, year]) =>
      named({ ...(year ? { year: Number(year) } : {}), month: monthNumber(month ?? ''), day: Number(day) }),
  },
  {
    // Sept 29, Sep. 29, 2023, September 29 2023, Oct 02, 2023.
    pattern: new RegExp(
      String.raw`${before}${word}\.?\s+(\d{1,2})${ordinal}(?![\p{L}\p{N}])(?![.:]\d)(?:(?:,\s*|\s+)(\d{4})(?!\d))?`,
      'gu',
    ),
    read: ([month, day, year]) =>
      named({ ...(year ? { year: Number(year) } : {}), month: monthNumber(month ?? ''), day: Number(day) }),
  },
  {
    // September 2023, septembar 2023.: known to the month.
    pattern: new RegExp(String.raw`${before}${word}\.?,?\s+(\d{4})(?!\d)\.?${yearWord}`, 'gu'),
    read: ([month, year]) => named({ year: Number(year), month: monthNumber(month ?? '') }),
  },
  {
    // 2023年10月03日, 10月3日: Chinese and Japanese, year first when written.
    pattern: /(?<!\d)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/gu,
    read: ([year, month, day]) => [{ ...(year ? { year: Number(year) } : {}), month: Number(month), day: Number(day) }],
  },
  {
    // 29 сен, 3 окт.: the abbreviated months of Russian agencies' datelines, in Cyrillic only (a Latin
    // `sen` or `dek` is another word).
    pattern: /(?<![\p{L}\p{N}])(\d{1,2})\s+(янв|фев|мар|апр|мая|июн|июл|авг|сент?|окт|ноя|дек)\.?(?!\p{L})/giu,
    read: ([day, name]) => [
      { month: russianAbbreviations.indexOf((name ?? '').toLowerCase().slice(0, 3)) + 1, day: Number(day) },
    ],
  },
];

/** Years a news page plausibly writes; four digits outside this are something else (a count, a code). */
const minYear = 1000;
const maxYear = 2999;

/** Whether the parts name a real month, and a real day when there is one (29 February without a year is allowed). */
function isRealDate(date: Reading): boolean {
  if (date.year !== undefined && (date.year < minYear || date.year > maxYear)) return false;
  if (!Number.isInteger(date.month) || date.month < 1 || date.month > 12) return false;
  if (date.day === undefined) return true;
  const year = String(date.year ?? 2000).padStart(4, '0');
  return isCalendarDate(`${year}-${pad(date.month)}-${pad(date.day)}`);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Whether two dates have the same year, month and day, each written or not. */
function isSameDate(a: WrittenDate, b: WrittenDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * Words that label a time stamp in the languages other than English that
 * ingest reads, folded (Cyrillic in Latin letters): `Publié le`, `Publicado
 * em`, `Objavljeno`, `Опубликовано`, `um … Uhr`. Every one of these languages
 * writes a numeric date day first, so a label in one settles the order.
 */
const dayFirstLabels = new Set(
  [
    // Serbian, Croatian, Bosnian, Macedonian
    'objavljeno objavljen objavljena azurirano azurirana izmenjeno casova objaveno',
    // German
    'veroffentlicht veroeffentlicht aktualisiert uhr',
    // French, Italian, Spanish, Portuguese
    'publie publiee pubblicato aggiornato publicado actualizado atualizado',
    // Russian, Albanian, Turkish
    'opublikovano obnovleno publikuar perditesuar yayinlanma yayinlandi guncellenme guncellendi',
  ].flatMap((words) => words.split(' ')),
);

/**
 * The date of a numeric date that can be read day first or month first
 * (`10/03/2023`: 10 March, or 3 October as the US writes it), as far as its
 * line settles the order: the same date written elsewhere in the line so that
 * its order is not in doubt (`10/01/2023 October 1, 2023`, as Deutsche Welle
 * writes), or a label in a language that writes the day first (`Publié le
 * 02/10/2023`), or the caller knowing the text's language writes the day first
 * (`writtenDayFirst`). Otherwise only the year is certain, and only the year is given.
 *
 * A US time zone or `AM`/`PM` beside the date does not settle it: Canada writes
 * both orders under `EDT`, Australia writes `EST` for its own eastern time and
 * the day first, and the UK and India write `PM` and the day first. A guess
 * right for most US pages would be a date invented for the others.
 */
function settle(
  [dayFirst, monthFirst]: readonly [Reading, Reading],
  line: string,
  settled: Reading[],
  writtenDayFirst: boolean,
): WrittenDate {
  const written = settled.find((other) => isSameDate(other, dayFirst) || isSameDate(other, monthFirst));
  if (written) return written;
  if (writtenDayFirst) return dayFirst;
  const words = foldText(latinize(line)).match(/\p{L}+/gu) ?? [];
  if (words.some((word) => dayFirstLabels.has(word))) return dayFirst;
  return { year: dayFirst.year };
}

/**
 * Finds the dates written in a line, in order, with their offsets: numeric
 * (`2023-09-24`, `2023.09.24`, `24.09.2023`, `24/09/2023`, `24. 9. 2023.`), and with month
 * names in the languages of `month-names.ts` (`Sept 29`, `Sep. 29, 2023`,
 * `29 September 2023`, `24. septembra 2023.`, `24. September 2023`,
 * `September 2023`), Chinese and Japanese (`2023年10月03日`, `10月3日`), and
 * Russian agencies' abbreviated months (`29 сен`). Dotted dates are read day first. Dates with slashes or
 * dashes are written day first in Europe and month first in the US: one that
 * can be read only one way is read so (`24/09/2023`, `09/24/2023`); one that
 * can be read both ways (`10/03/2023`) is read as its line settles it, else
 * gives its year alone (see {@link settle}); `writtenDayFirst` says the text
 * is in a language that writes the day first. Relative times (`2 hours ago`)
 * are not dates. Where shapes overlap, the one starting first, then the
 * longest, wins.
 */
export function findWrittenDates(line: string, writtenDayFirst = false): FoundDate[] {
  const candidates: { readings: Reading[]; start: number; end: number }[] = [];
  for (const { pattern, read } of shapes) {
    for (const match of line.matchAll(pattern)) {
      const readings = read(match.slice(1).map((group) => group ?? ''))
        .filter(isRealDate)
        .filter((reading, index, all) => all.findIndex((other) => isSameDate(other, reading)) === index);
      if (readings.length > 0) candidates.push({ readings, start: match.index, end: match.index + match[0].length });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof candidates = [];
  for (const candidate of candidates) {
    const last = kept.at(-1);
    if (!last || candidate.start >= last.end) kept.push(candidate);
  }
  const settled = kept.flatMap(({ readings }) => (readings.length === 1 ? readings : []));
  return kept.map(({ readings, start, end }) => {
    const [dayFirst, monthFirst] = readings as [Reading, Reading | undefined];
    const date = monthFirst ? settle([dayFirst, monthFirst], line, settled, writtenDayFirst) : dayFirst;
    return { date, start, end };
  });
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
 * (`2023-09-24`, `2023-09`, `2023`); undefined without a year, which is never guessed.
 */
export function toPartialDate(date: WrittenDate): PartialDate | undefined {
  if (date.year === undefined) return undefined;
  const year = String(date.year).padStart(4, '0');
  if (date.month === undefined) return year;
  const month = `${year}-${pad(date.month)}`;
  return date.day === undefined ? month : `${month}-${pad(date.day)}`;
}
