import { findWrittenDates, type WrittenDate } from '../text/written-date.ts';
import { isNewsAgency } from './news-agencies.ts';
import { isPersonName } from './person-name.ts';
import { readTimestampLine } from './timestamp-line.ts';

/** What a byline says. */
export interface Byline {
  /** The people it names, as written. */
  authors: string[];
  /** The outlet or agency it credits (`By Jane Roe, Reuters`). */
  outlet?: string;
  /** Where it was filed from (`By … in Skopje`). */
  place?: string;
  /** The date it carries, if any. */
  date?: WrittenDate;
}

/** How bylines begin, in English, German and Serbian (Latin and Cyrillic). */
const opening = /^(?:(?:written\s+)?by\s+|von\s+|(?:autor(?:in|ka)?|pi[sš]e|pisao|pisala|аутор(?:ка)?|пише)\s*:\s*)/iu;

/** A byline without `By` that credits agencies too, as the Guardian writes one: `Helena Smith and agencies`. */
const withAgencies = /^(\p{Lu}.*?),?\s+and agencies$/u;

/** Where an English byline says the report was filed: `… in Skopje`. */
const filedIn = /\s+in\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})$/u;

/** Between the names of a byline. */
const separator = /\s*[,;|]\s*|\s+(?:and|und|i|и|&)\s+/iu;

/**
 * A name followed by the agency it writes for, with no comma between
 * (`PETAR NIKOLIC Associated Press`, `Jane Roe AFP`): the name and the agency.
 * A one-word agency counts only in capitals after a name that is not
 * (`Jane Roe AFP`, not `ANA MINA`), or as `Reuters`: agencies' short names are
 * also surnames and given names (`Beta`, `Mina`).
 */
function splitTrailingAgency(part: string): { name: string; agency: string } | undefined {
  const words = part.split(/\s+/u);
  for (let count = Math.min(3, words.length - 1); count >= 1; count--) {
    const agency = words.slice(-count).join(' ');
    const name = words.slice(0, -count).join(' ');
    if (!isNewsAgency(agency) || !isPersonName(name)) continue;
    const isAcronym = agency === agency.toUpperCase() && name !== name.toUpperCase();
    if (count > 1 || isAcronym || agency === 'Reuters') return { name, agency };
  }
  return undefined;
}

/** Bylines are short; a longer line is a sentence. */
const maxLength = 150;

/**
 * Reads a byline: `By Jane Roe and John Doe`, `By Jane Roe, Reuters`,
 * `By JANE ROE and JOHN DOE Associated Press`, `Jane Roe and agencies`,
 * `By Vesna Trajkova in Skopje October 3, 2023`, `Von Max Mustermann`,
 * `Autor: Max Mustermann`, `Piše: Ana Anić`. Every part between the opening
 * and an optional trailing date must be a person's name, except that the last
 * may name an outlet: a known agency anywhere, or in an English `By` line
 * other words that are not a name (`By Jane Roe, BalkanInsight`); in other
 * languages an unknown last word is left out, since it is as often a place
 * (`Piše: Ana Anić, Beograd`). Limit: an unknown outlet of two capitalised
 * words (`By Jane Roe, Balkan Insight`) reads as a second author.
 * Undefined for other lines (`By the way, …`, `By 2030 the plan…`).
 */
export function readByline(line: string): Byline | undefined {
  if (line.length > maxLength) return undefined;
  const agencies = withAgencies.exec(line);
  if (agencies) {
    const authors = (agencies[1] ?? '').split(separator);
    return authors.every(isPersonName) ? { authors } : undefined;
  }
  const open = opening.exec(line);
  if (!open) return undefined;
  let rest = line.slice(open[0].length);
  let date: WrittenDate | undefined;
  const [first] = findWrittenDates(rest);
  if (first) {
    // The date must end the line (a time may follow); a date inside is a sentence's.
    date = readTimestampLine(rest.slice(first.start))?.date;
    if (!date) return undefined;
    rest = rest.slice(0, first.start).replace(/[\s,|·–—-]+$/u, '');
  }
  let place: string | undefined;
  const filed = /^by\b/i.test(open[0]) ? filedIn.exec(rest) : null;
  if (filed) {
    place = filed[1];
    rest = rest.slice(0, filed.index);
  }
  const parts = rest.split(separator).filter((part) => part !== '');
  const authors: string[] = [];
  let outlet: string | undefined;
  for (const [index, part] of parts.entries()) {
    const isLast = index === parts.length - 1;
    const withAgency = isLast ? splitTrailingAgency(part) : undefined;
    if (isNewsAgency(part)) outlet = part;
    else if (withAgency) {
      authors.push(withAgency.name);
      outlet = withAgency.agency;
    } else if (isPersonName(part)) authors.push(part);
    else if (isLast && /^(?:written\s+)?by\b/i.test(open[0]) && /^\p{Lu}/u.test(part)) {
      outlet = part;
    } else if (!(isLast && authors.length > 0 && /^\p{Lu}\p{L}*$/u.test(part))) return undefined;
  }
  if (authors.length === 0 && outlet === undefined) return undefined;
  return { authors, ...(outlet ? { outlet } : {}), ...(place ? { place } : {}), ...(date ? { date } : {}) };
}
