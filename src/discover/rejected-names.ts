import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { foldText } from '../text/fold.ts';

/** The editor's list of names discovery must not propose again, one a line, beside the glossary folder. */
export function rejectedFile(contentFolder: string): string {
  return path.join(contentFolder, 'glossary-rejected.txt');
}

/**
 * Reads the rejected names, folded as the matcher folds them (`foldText`), so
 * that `Sveçla` rejects `Svecla` too. Blank lines and lines starting with `#`
 * are skipped; a missing file is an empty list.
 */
export function readRejected(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  const names = readFileSync(file, 'utf8')
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return new Set(names.map((name) => foldText(name)));
}

/** Adds a name to the rejected list unless it is there already; returns whether it was added. */
export function rejectName(file: string, name: string): boolean {
  const trimmed = name.trim().replace(/\s+/gu, ' ');
  if (trimmed === '' || readRejected(file).has(foldText(trimmed))) return false;
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  appendFileSync(file, `${separator}${trimmed}\n`);
  return true;
}
