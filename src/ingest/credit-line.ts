import { isPersonName } from './person-name.ts';

/** A credit: its role (`Reporting`, `Editing`) and the names after `by`, a trailing `in Place` dropped. */
const credit =
  /^((?:additional\s+)?reporting|writing|editing|compiled|translated|graphics|photos?)\s+by\s+(.+?)(?:\s+in\s+\p{Lu}[\p{L}\p{M}. ]*)?$/iu;

/** Roles whose people wrote the report; editors, translators and photographers did not. */
const writingRoles = /^(?:(?:additional\s+)?reporting|writing|compiled)$/i;

/**
 * Reads an agency's closing credits, `Reporting by A. B.; Editing by C. D.`
 * (optionally in parentheses): the names credited with reporting, additional
 * reporting, writing or compiling, in order and once each. Editors and
 * translators are left out: they did not write the report. Undefined unless
 * every part is such a credit of people's names.
 */
export function readCreditLine(line: string): string[] | undefined {
  const inner = line.replace(/^\((.*)\)$/u, '$1').trim();
  const authors: string[] = [];
  for (const part of inner.split(/\s*;\s*/)) {
    // A closing full stop after a surname ends the line; after an initial (`C. D.`) it is the name's.
    const match = credit.exec(part.replace(/(?<=\p{Ll})\.$/u, ''));
    if (!match) return undefined;
    const names = (match[2] ?? '').split(/\s*,\s*|\s+and\s+/);
    if (!names.every(isPersonName)) return undefined;
    if (writingRoles.test(match[1] ?? '')) authors.push(...names.filter((name) => !authors.includes(name)));
  }
  return authors;
}
