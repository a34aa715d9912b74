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

/**
 * How bylines begin: in English, German, Serbian (Latin and Cyrillic) and
 * Russian, and French `Par`, Spanish `Por`, Italian `Di`, Albanian `Nga`
 * (ordinary words too, so what follows must be names: see {@link readByline}).
 */
const opening =
  /^(?:(?:written\s+)?by\s+|von\s+|par\s+|por\s+|di\s+|nga\s+|(?:autor(?:in|ka)?|pi[sš]e|pisao|pisala|аутор(?:ка)?|пише|автор(?:ы)?)\s*:\s*)/iu;

/**
 * A byline that credits agencies after its people or its outlet, with or
 * without an opening: `Helena Smith and agencies` (as the Guardian writes it),
 * `Par Le Monde avec AFP`. What follows the `and` is checked to be agencies.
 */
const withAgencies =
  /^(?:(?:[Bb]y|[Pp]ar|[Pp]or|[Dd]i|[Nn]ga|[Vv]on)\s+)?(\p{Lu}.*?),?\s+(?:and|with|avec|et|con|y|e|mit|und|dhe|me)\s+(?:(?:les|las|le|l['’])\s*)?(\S+(?:\s+\S+)?)$/u;

/** Agencies in general, as a byline credits them: `and agencies`, `avec agences`. */
const agenciesWord = /^(?:agencies|agences|agencias|agenzie|agenturen|agjencitë|agjenci)$/iu;

/** An outlet's name that opens with an article, never a person's: `Le Monde`, `El País`, `The Guardian`. */
const outletName =
  /^(?:The|Le|La|Les|L['’]|El|Il|Lo|Der|Die|Das)\s*\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}$/u;

/** Where an English byline says the report was filed: `… in Skopje`. */
const filedIn = /\s+in\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})$/u;

/** Between the names of a byline: `and` in the languages of {@link opening}. */
const separator = /\s*[,;|]\s*|\s+(?:and|und|i|и|&|et|y|e|dhe)\s+/iu;

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

/**
 * A byline that credits agencies after its people or outlet (see
 * {@link withAgencies}): what it says, `undefined` when its people are not
 * names, or `null` for a line of another shape.
 */
function readWithAgencies(line: string): Byline | undefined | null {
  const match = withAgencies.exec(line);
  const [, credited = '', agency = ''] = match ?? [];
  const generic = agenciesWord.test(agency);
  if (!match || !(generic || isNewsAgency(agency))) return null;
  if (outletName.test(credited) || isNewsAgency(credited)) return { authors: [], outlet: credited };
  const authors = credited.split(separator);
  if (!authors.every(isPersonName)) return undefined;
  return { authors, ...(generic ? {} : { outlet: agency }) };
}

/** Bylines are short; a longer line is a sentence. */
const maxLength = 150;

/**
 * Reads a byline: `By Jane Roe and John Doe`, `By Jane Roe, Reuters`,
 * `By JANE ROE and JOHN DOE Associated Press`, `Jane Roe and agencies`,
 * `By Vesna Trajkova in Skopje October 3, 2023`, `Von Max Mustermann`,
 * `Autor: Max Mustermann`, `Piše: Ana Anić`, `Par Jean Dupont et Marie
 * Martin`, `Par Le Monde avec AFP`, `Nga Arbër Hoxha`, `Автор: Иван Петров`.
 * An outlet named with its article (`Le Monde`, `The Guardian`) is an outlet,
 * never an author. Every part between the opening
 * and an optional trailing date must be a person's name, except that the last
 * may name an outlet: a known agency anywhere, or in an English `By` line
 * other words that are not a name (`By Jane Roe, BalkanInsight`); in other
 * languages an unknown last word is left out, since it is as often a place
 * (`Piše: Ana Anić, Beograd`). Limit: an unknown outlet of two capitalised
 * words (`By Jane Roe, Balkan Insight`) reads as a second author.
 * Undefined for other lines (`By the way, …`, `By 2030 the plan…`).
 */
export function readByline(line: string, writtenDayFirst = false): Byline | undefined {
  if (line.length > maxLength) return undefined;
  const credited = readWithAgencies(line);
  if (credited !== null) return credited;
  const open = opening.exec(line);
  if (!open) return undefined;
  let rest = line.slice(open[0].length);
  let date: WrittenDate | undefined;
  const [first] = findWrittenDates(rest, writtenDayFirst);
  if (first) {
    // The date must end the line (a time may follow); a date inside is a sentence's.
    date = readTimestampLine(rest.slice(first.start), writtenDayFirst)?.date;
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
    else if (outletName.test(part)) outlet ??= part;
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
