import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createFileExclusive } from './archive.ts';
import { SourceError } from './source-error.ts';

/**
 * Whether `sourceCopy`, the archive's copy of a source, already holds these
 * bytes (`present`) or does not exist yet (`missing`). Throws a
 * {@link SourceError} if it holds a different file (sources are the
 * archive's record and are never replaced), or is a symbolic link or
 * anything else that is not a regular file (the site would publish what it
 * points to).
 */
export function sourceCopyState(bytes: Uint8Array, file: string, sourceCopy: string): 'present' | 'missing' {
  let entry;
  try {
    entry = lstatSync(sourceCopy);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  if (entry.isSymbolicLink()) {
    throw new SourceError(
      `${sourceCopy} is a symbolic link; replace it with the source file itself, or remove it, and ingest again`,
    );
  }
  if (!entry.isFile()) throw new SourceError(`${sourceCopy} is not a file; move it away and ingest again`);
  if (path.resolve(file) === path.resolve(sourceCopy)) return 'present';
  if (readFileSync(sourceCopy).equals(bytes)) return 'present';
  throw new SourceError(
    `${sourceCopy} already holds a different source of that name; rename the new file and ingest it again`,
  );
}

/**
 * Copies a source into the archive as `sourceCopy`, never over an existing
 * file. Returns whether this call made the copy: `false` when an identical
 * copy appeared meanwhile (another ingest of the same file). Throws like
 * {@link sourceCopyState} when something else appeared.
 */
export function copySource(bytes: Uint8Array, file: string, sourceCopy: string): boolean {
  if (createFileExclusive(sourceCopy, bytes)) return true;
  sourceCopyState(bytes, file, sourceCopy);
  return false;
}
