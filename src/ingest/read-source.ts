import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { maxSourceBytes } from './limits.ts';
import { SourceError } from './source-error.ts';

/** Flags that keep a file swapped in after the checks from being followed (a link) or waited on (a pipe). */
const openFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

const notAFile = 'this is a folder, a device or a pipe, not a file; name a .txt file';
const aLink = 'this is a symbolic link; copy the file itself into place and ingest the copy';

/**
 * Reads the bytes of a source file. Refuses, with a {@link SourceError}, a
 * symbolic link (it would publish whatever file it points to), anything else
 * that is not a regular file, a file larger than {@link maxSourceBytes}, and
 * a file that cannot be read.
 */
export function readSource(file: string): Uint8Array {
  let descriptor: number | undefined;
  try {
    const entry = lstatSync(file);
    if (entry.isSymbolicLink()) throw new SourceError(aLink);
    if (!entry.isFile()) throw new SourceError(notAFile);
    descriptor = openSync(file, openFlags);
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) throw new SourceError(notAFile);
    if (stats.size > maxSourceBytes) throw tooLarge(stats.size);
    return readAtMost(descriptor, maxSourceBytes);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SourceError('no such file; check the path');
    // O_NOFOLLOW refuses a link that replaced the file after lstat.
    if (code === 'ELOOP') throw new SourceError(aLink);
    throw new SourceError(`cannot be read (${code ?? 'unknown error'}); check its permissions`);
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** Reads to the end of the file, refusing it once it holds more than `limit` bytes (it may grow while read). */
function readAtMost(descriptor: number, limit: number): Uint8Array {
  const buffer = Buffer.alloc(limit + 1);
  let length = 0;
  for (;;) {
    const read = readSync(descriptor, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
    if (length > limit) throw tooLarge(length);
  }
  return buffer.subarray(0, length);
}

function tooLarge(bytes: number): SourceError {
  const count = (value: number) => value.toLocaleString('en-US');
  return new SourceError(
    `the file has ${count(bytes)} bytes, more than the ${count(maxSourceBytes)} (${maxSourceBytes / 1000} KB) a source may have; ` +
      'split it into smaller sources and ingest each',
  );
}
