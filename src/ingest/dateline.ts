import { type FoundDate, type WrittenDate, findWrittenDates } from '../text/written-date.ts';
import { isNewsAgency } from './news-agencies.ts';

/** What a dateline says, and where it ends. */
export interface Dateline {
  /** The place it names first, capitalised as a name (`WASHINGTON` → `Washington`). */
  place: string;
  /** Its date: the first with a year, else the first (`Sept 29`, to be completed by the caller). */
  date?: WrittenDate;
  /** The agency in parentheses (`Reuters` in `(Reuters)`). */
  agency?: string;
  /** Offset just after the dash that closes it and the spaces after that: the paragraph's own text starts here. */
  end: number;
}

/** The dash that closes a dateline: after a space, `)` or `.`, before a space or the end of the line. */
const closingDash = /(?:\s+|(?<=[).]))[-–—]{1,2}(?=\s|$)\s*/u;

/** A place: up to four capitalised words, joined by spaces or slashes (`NEW YORK`, `BELGRADE/PRISTINA`). */
const placeWords = /\p{Lu}[\p{L}\p{M}.'’-]*(?:[ /]\p{Lu}[\p{L}\p{M}.'’-]*){0,3}/uy;

/** A parenthesis: an agency (`(Reuters)`) or a region (`(Kosovo)`). */
const parenthesis = /\(([^()]{1,40})\)/uy;

/** An agency that opens the line, before the place: `(ANSA) - `. */
const leadingAgency = /^\(([^()]{1,40})\)\s*[-–—]{1,2}\s+/u;

/** An agency named after the dash, closed by a full stop, as RIA Novosti writes it: `— РИА Новости. `. */
const agencyAfterDash = /^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})\.\s+/u;

/**
 * A Chinese agency's dateline: the agency and the place in one run of letters, the date and `电`
 * (`新华社普里什蒂纳10月3日电`), optionally its reporters in parentheses. The agency is the
 * shortest opening of the run that is a known one ({@link isNewsAgency}).
 */
const chineseDateline =
  /^(\p{Script=Han}{4,17})((?:\d{4}年)?\d{1,2}月\d{1,2}日)[电讯](?:\s*[(（][^()（）]{1,30}[)）])?\s*/u;

/** The longest name of a Chinese agency, in letters (`中国新闻社`). */
const longestChineseAgency = 5;

/** Datelines are short. */
const maxLength = 100;

/** A dateline of a place alone (`BEOGRAD –`) must open a paragraph of at least this many words. */
const minWordsAfterPlace = 6;

/**
 * Reads the dateline that opens a paragraph: a place, more places or a
 * region, an optional date and an optional agency in parentheses, closed by
 * a dash (`WASHINGTON, Sept 29 (Reuters) - …`, `PRISTINA, Kosovo, Sept 24
 * (AP) — …`, `Banjska (Kosovo), 24. septembra 2023. – …`,
 * `Washington, Oct 2 (AFP) Oct 02, 2023 - …`, `Belgrado, 2 oct (EFE).- …`),
 * or by the agency before it (`(ANSA) - BELGRADO, 02 OTT - …`), or a line of
 * its own with a place and a date (`Pristina, 2. Oktober 2023`). A place alone
 * counts only in capitals (`BEOGRAD – …`). A parenthesis is an agency when it
 * follows a date or names a known agency; otherwise it is a region. A known
 * agency may follow the dash, closed by a full stop (`БРЮССЕЛЬ, 29 сен — РИА
 * Новости. …`), and a Chinese agency opens its own (`新华社普里什蒂纳10月3日电 …`).
 * Undefined for other lines (`Washington, which …`).
 */
export function readDateline(line: string, writtenDayFirst = false): Dateline | undefined {
  const chinese = readChineseDateline(line);
  if (chinese) return chinese;
  const opening = leadingAgency.exec(line);
  if (opening && isNewsAgency(opening[1] ?? '')) {
    const after = opening[0].length;
    const dateline = readPlaceAndDate(line.slice(after), writtenDayFirst);
    return dateline && { ...dateline, agency: dateline.agency ?? (opening[1] as string), end: after + dateline.end };
  }
  return readPlaceAndDate(line, writtenDayFirst);
}

/** {@link readDateline} without an agency before the place. */
function readPlaceAndDate(line: string, writtenDayFirst: boolean): Dateline | undefined {
  const dash = closingDash.exec(line);
  // Without a dash, only a line of its own: a place and a date, the text on the next line.
  const alone = !dash;
  const datelineEnd = dash ? dash.index : line.length;
  if (datelineEnd > maxLength) return undefined;
  // A dot may close the dateline before its dash (`(EFE).-`), as it may close one on a line of its own.
  const prefix = line.slice(0, datelineEnd).replace(/[,:.]$/, '');
  const datesAt = new Map(findWrittenDates(prefix, writtenDayFirst).map((found) => [found.start, found]));
  placeWords.lastIndex = 0;
  const place = placeWords.exec(prefix)?.[0];
  if (!place) return undefined;
  const dates: FoundDate[] = [];
  let agency: string | undefined;
  let cursor = place.length;
  while (cursor < prefix.length) {
    const gap = /\s*,\s*|\s+/y;
    gap.lastIndex = cursor;
    const spaced = gap.exec(prefix);
    if (spaced) cursor += spaced[0].length;
    const found = datesAt.get(cursor);
    parenthesis.lastIndex = cursor;
    placeWords.lastIndex = cursor;
    const inParentheses = found ? null : parenthesis.exec(prefix);
    const region = found || inParentheses || !spaced?.[0].includes(',') ? null : placeWords.exec(prefix);
    if (found) {
      dates.push(found);
      cursor = found.end;
    } else if (inParentheses) {
      const content = (inParentheses[1] ?? '').trim();
      if (dates.length > 0 || isNewsAgency(content)) agency ??= content;
      cursor += inParentheses[0].length;
    } else if (region) {
      cursor += region[0].length;
    } else return undefined;
  }
  let end = dash ? dash.index + dash[0].length : line.length;
  const namedAfter = dash && agency === undefined ? agencyAfterDash.exec(line.slice(end)) : null;
  if (namedAfter && isNewsAgency(namedAfter[1] ?? '')) {
    agency = namedAfter[1];
    end += namedAfter[0].length;
  }
  const isCapitals = !/\p{Ll}/u.test(place) && /\p{Lu}.*\p{Lu}/u.test(place);
  if (dates.length === 0 && (alone || agency === undefined)) {
    if (alone || !isCapitals || line.slice(end).split(/\s+/).length < minWordsAfterPlace) return undefined;
  }
  const date = (dates.find((found) => found.date.year !== undefined) ?? dates[0])?.date;
  return {
    place: isCapitals ? capitalise(place) : place,
    ...(date ? { date } : {}),
    ...(agency ? { agency } : {}),
    end,
  };
}

/** {@link readDateline} for a Chinese agency's dateline (see {@link chineseDateline}). */
function readChineseDateline(line: string): Dateline | undefined {
  const match = chineseDateline.exec(line);
  if (!match) return undefined;
  const [whole, letters = '', written = ''] = match;
  let length = 2;
  while (length <= longestChineseAgency && !isNewsAgency(letters.slice(0, length))) length++;
  // A place of two letters at least follows the agency.
  if (length > longestChineseAgency || letters.length - length < 2) return undefined;
  const date = findWrittenDates(written)[0]?.date;
  return date && { place: letters.slice(length), date, agency: letters.slice(0, length), end: whole.length };
}

/** `NEW YORK` → `New York`, `BELGRADE/PRISTINA` → `Belgrade/Pristina`. */
function capitalise(place: string): string {
  return place
    .toLowerCase()
    .replace(/(^|[\s/-])(\p{Ll})/gu, (_match, start: string, letter: string) => start + letter.toUpperCase());
}
