import { isPartialDate, type PartialDate } from '../text/calendar-date.ts';
import { countWords } from '../text/words.ts';
import { toPartialDate, type WrittenDate } from '../text/written-date.ts';
import { readByline } from './byline.ts';
import { readCreditLine } from './credit-line.ts';
import { readDateline } from './dateline.ts';
import { readTimestampLine } from './timestamp-line.ts';

/** A line, or the start of one, that is page furniture stating a fact about the source. */
export interface FurnitureLine {
  /** Index of the line in the lines given. */
  index: number;
  /**
   * `date-marker`: a leading ` date … ` marker. `dateline`: the place, date and
   * agency opening the first paragraph. `byline`: who wrote it, or an agency's
   * closing credits. `timestamp`: when it was published or updated.
   */
  kind: 'dateline' | 'byline' | 'timestamp' | 'date-marker';
  /** Offset of the furniture's first character in the line: always 0. */
  start: number;
  /**
   * Offset just after it: the line's length for a whole line; for a dateline,
   * where the paragraph's own text starts (`line.slice(end)`), so a caller may
   * keep the paragraph whole, as printed, or without its dateline.
   */
  end: number;
}

/** When, where and by whom a source says it was published, and the lines that say so. */
export interface Provenance {
  /** When it was published, as precisely as it says (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`). */
  date?: PartialDate;
  /** The place its dateline names (or, without one, the place its byline was filed from). */
  dateline?: string;
  /** The agency its dateline credits, else the outlet its byline names. */
  outlet?: string;
  /** The people its byline names, else the reporters and writers its closing credits name. */
  authors?: string[];
  /** The furniture lines that stated these, in line order. */
  lines: FurnitureLine[];
}

/** A leading ` date … ` marker, to the day, month or year. */
const dateMarker = /^date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s|$)\s*/;

/** The first paragraph has at least this many words; a dateline must come before or open it. */
const paragraphWords = 20;

/** A dateline is sought in at most this many non-blank lines from the top. */
const datelineSearchLines = 12;

/**
 * How much a date is trusted as the publication date, highest first: the
 * editor's marker, then a byline or timestamp with a year, a dateline with a
 * year, an update time, and last a date without a year completed with the
 * year the other furniture states.
 */
const trust = { marker: 5, published: 4, dateline: 3, updated: 2, completed: 1 } as const;

/** A date a furniture line states, with how much it is trusted. */
interface Candidate {
  date: WrittenDate;
  rank: number;
}

/**
 * Finds when, where and by whom a source was published, from its page
 * furniture: a leading date marker, bylines (`By …`, `Autor: …`, `Piše: …`),
 * timestamp lines (`Published: 24 September 2023, 14:05 BST`), an agency's
 * closing credits (`Reporting by …; Editing by …`) and the dateline opening
 * the first paragraph (`WASHINGTON, Sept 29 (Reuters) - …`). `lines` are the
 * source's lines in order, each trimmed, before any block classification;
 * `writtenDayFirst` when its text is in a language that writes a numeric date
 * day first (`02/10/2023` is 2 October), as all but English do.
 *
 * Nothing is invented: a date in an ordinary sentence is not a publication
 * date, a date without a year gets the year only from another furniture line
 * (never from the current date, and not when they state different years),
 * and a copyright footer is not read, since a site's footer shows the year
 * it was viewed. When dates disagree the most trusted wins (see
 * {@link trust}); a less trusted one that makes it more precise without
 * contradicting it (`date 2023-09` and `Published: 24.09.2023`) refines it.
 */
export function findProvenance(lines: readonly string[], writtenDayFirst = false): Provenance {
  const furniture: FurnitureLine[] = [];
  const candidates: Candidate[] = [];
  let marker: PartialDate | undefined;
  let outlet: string | undefined;
  let place: string | undefined;
  let authors: string[] = [];
  const credited: string[] = [];

  const firstIndex = lines.findIndex((line) => line !== '');
  const markerMatch = firstIndex >= 0 ? dateMarker.exec(lines[firstIndex] ?? '') : null;
  if (markerMatch && isPartialDate(markerMatch[1] ?? '')) {
    marker = markerMatch[1];
    furniture.push({ index: firstIndex, kind: 'date-marker', start: 0, end: markerMatch[0].length });
  }

  for (const [index, line] of lines.entries()) {
    if (line === '' || (marker !== undefined && index === firstIndex)) continue;
    const whole = (kind: FurnitureLine['kind']) => furniture.push({ index, kind, start: 0, end: line.length });
    const byline = readByline(line, writtenDayFirst);
    if (byline) {
      whole('byline');
      if (authors.length === 0) authors = byline.authors;
      outlet ??= byline.outlet;
      place ??= byline.place;
      if (byline.date) candidates.push({ date: byline.date, rank: trust.published });
      continue;
    }
    const credits = readCreditLine(line);
    if (credits) {
      whole('byline');
      credited.push(...credits.filter((name) => !credited.includes(name)));
      continue;
    }
    const timestamp = readTimestampLine(line, writtenDayFirst);
    if (timestamp) {
      whole('timestamp');
      if (timestamp.date) {
        candidates.push({ date: timestamp.date, rank: timestamp.updated ? trust.updated : trust.published });
      }
    }
  }

  const dateline = findDateline(lines, furniture, writtenDayFirst);
  if (dateline) {
    furniture.push({ index: dateline.index, kind: 'dateline', start: 0, end: dateline.end });
    if (dateline.agency) outlet = dateline.agency;
    place = dateline.place;
    if (dateline.date) candidates.push({ date: dateline.date, rank: trust.dateline });
  }

  if (authors.length === 0) authors = credited;
  const date = chooseDate(marker, candidates);
  return {
    ...(date ? { date } : {}),
    ...(place ? { dateline: place } : {}),
    ...(outlet ? { outlet } : {}),
    ...(authors.length > 0 ? { authors } : {}),
    lines: furniture.sort((a, b) => a.index - b.index),
  };
}

/**
 * The dateline opening the first paragraph: sought in the top lines that are
 * not furniture, up to and including the first paragraph-length line.
 */
function findDateline(lines: readonly string[], furniture: readonly FurnitureLine[], writtenDayFirst: boolean) {
  const taken = new Set(furniture.map((line) => line.index));
  let seen = 0;
  for (const [index, line] of lines.entries()) {
    if (line === '' || taken.has(index)) continue;
    const dateline = readDateline(line, writtenDayFirst);
    if (dateline) return { ...dateline, index };
    if (++seen >= datelineSearchLines || countWords(line) >= paragraphWords) return undefined;
  }
  return undefined;
}

/** The publication date from the marker and the candidates, as {@link findProvenance} describes. */
function chooseDate(marker: PartialDate | undefined, candidates: readonly Candidate[]): PartialDate | undefined {
  const years = new Set(candidates.flatMap(({ date }) => (date.year === undefined ? [] : [date.year])));
  if (marker) years.add(Number(marker.slice(0, 4)));
  const [onlyYear] = years.size === 1 ? years : [];
  const ranked: { date: PartialDate; rank: number }[] = marker ? [{ date: marker, rank: trust.marker }] : [];
  for (const { date, rank } of candidates) {
    const written = toPartialDate(
      date.year === undefined && onlyYear !== undefined ? { ...date, year: onlyYear } : date,
    );
    // A completed 29 February of a year without one is no date.
    if (written && isPartialDate(written))
      ranked.push({ date: written, rank: date.year === undefined ? trust.completed : rank });
  }
  // Stable: among equals the earlier line wins.
  ranked.sort((a, b) => b.rank - a.rank);
  const [best] = ranked;
  if (!best) return undefined;
  const refinements = ranked.filter(({ date }) => date.startsWith(`${best.date}-`));
  return refinements.reduce((most, { date }) => (date.length > most.length ? date : most), best.date);
}
