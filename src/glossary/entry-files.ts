import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The entry files of a glossary folder, and the links that stand where entries or folders should be. */
export interface EntryFiles {
  /** Regular `*.md` files, relative to the folder, sorted. */
  names: string[];
  /** One line per symbolic link an editor must replace: `<path>: is a symbolic link; …`. */
  problems: string[];
}

/**
 * Lists a glossary folder's entries: the regular files ending `.md`, in the
 * folder and its subfolders (a folder named `x.md` is a folder like any other).
 * Walks the tree itself rather than with `readdirSync(…, { recursive: true })`,
 * which follows linked folders: a symbolic link, to a file or a folder, is never
 * read but reported, since it could publish a private file's text.
 */
export function listEntryFiles(folder: string): EntryFiles {
  const names: string[] = [];
  const problems: string[] = [];
  const walk = (relative: string) => {
    for (const dirent of readdirSync(path.join(folder, relative), { withFileTypes: true })) {
      const name = path.join(relative, dirent.name);
      if (dirent.isDirectory()) walk(name);
      else if (dirent.isSymbolicLink()) {
        const problem = linkProblem(path.join(folder, name));
        if (problem) problems.push(problem);
      } else if (dirent.isFile() && name.endsWith('.md')) names.push(name);
    }
  };
  walk('');
  return { names: names.sort(), problems: problems.sort() };
}

/** A link named like an entry, or a link to a folder (which may hold entries), is refused; other links are not read. */
function linkProblem(file: string): string | undefined {
  if (file.endsWith('.md')) {
    return `${file}: is a symbolic link; replace it with a regular file holding the entry (a link could publish a file from outside the glossary)`;
  }
  if (pointsToFolder(file)) {
    return `${file}: is a symbolic link; replace it with a regular folder holding the entries (a link could publish files from outside the glossary)`;
  }
  return undefined;
}

/** Whether a link leads to a folder; a broken or looping link leads nowhere. */
function pointsToFolder(link: string): boolean {
  try {
    return statSync(link).isDirectory();
  } catch {
    return false;
  }
}
