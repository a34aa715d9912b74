import { type Dirent, globSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { shownName } from './shown-name.ts';

/** The source files that the command line names, or why an argument names none. */
export interface ExpandedSources {
  /** Each file once, in the order of the arguments; within a folder or glob, sorted by path. */
  files: string[];
  /** One line per argument that names no source: `<argument>: <what is wrong>; <the fix>`. */
  errors: string[];
}

/** Characters that make an argument that is not an existing path a glob pattern. */
const globCharacters = /[*?[{]/;

/**
 * Turns the arguments of `npm run ingest` into source files. An existing
 * folder stands for every `.txt` file in it and its subfolders; names that
 * start with a dot are skipped, and symbolic links to folders are not
 * followed (a link could loop, or bring in another archive's files). A `.txt`
 * entry that is a symbolic link is kept, so that ingest refuses it by name
 * (it would publish whatever the link points to). An
 * argument that is not an existing path but holds `*`, `?`, `[` or `{` is a
 * glob pattern (quoted, so that the shell leaves it to ingest): it stands for
 * the `.txt` files it matches. Anything else is a file, refused later if it
 * is not a usable source. A folder or pattern with no `.txt` file is an error.
 */
export function expandSources(args: readonly string[]): ExpandedSources {
  const files: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    let found: string[];
    try {
      found = sourcesOf(arg);
    } catch (error) {
      errors.push((error as Error).message);
      continue;
    }
    for (const file of found) {
      // A file named twice (a folder and a glob over it) is ingested once.
      const key = path.resolve(file);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(file);
    }
  }
  return { files, errors };
}

function sourcesOf(arg: string): string[] {
  const kind = pathKind(arg);
  if (kind === 'folder') {
    const found = walkFolder(arg);
    if (found.length === 0)
      throw new Error(`${shownName(arg)}: the folder holds no .txt file; name a folder of sources`);
    return found;
  }
  if (kind === 'missing' && globCharacters.test(arg)) {
    const found = globSync(arg, { withFileTypes: true })
      .filter((entry) => entry.name.endsWith('.txt') && !entry.isDirectory())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort(byCodeUnits);
    if (found.length === 0) {
      throw new Error(
        `${shownName(arg)}: the pattern matches no .txt file; check it, and the folder npm run ingest runs in`,
      );
    }
    return found;
  }
  return [arg];
}

/** What is at a path named on the command line (a link to a folder named there is followed). */
function pathKind(file: string): 'folder' | 'other' | 'missing' {
  try {
    return statSync(file).isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

/**
 * Adds to `found` the `.txt` entries of a folder and its subfolders, depth
 * first, each folder's entries sorted by name; returns `found`.
 */
function walkFolder(folder: string, found: string[] = []): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new Error(`${shownName(folder)}: the folder cannot be read (${code}); check its permissions`, {
      cause: error,
    });
  }
  for (const entry of entries.sort((a, b) => byCodeUnits(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue;
    const file = path.join(folder, entry.name);
    // isDirectory() does not follow links: a linked folder is not walked, and a linked .txt is refused by ingest.
    if (entry.isDirectory()) walkFolder(file, found);
    else if (entry.name.endsWith('.txt')) found.push(file);
  }
  return found;
}

/** Sorts by UTF-16 code units, the same on every machine whatever its locale. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
