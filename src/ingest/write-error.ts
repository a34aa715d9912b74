import path from 'node:path';
import { EditorError } from '../editor-error.ts';

/** A folder of the archive that ingest could not write; the CLI prints it as `<file>: <message>`. */
export class FolderError extends EditorError {
  override name = 'FolderError';
}

/** What the system's error codes mean to an editor, and what to do about them. */
const reasons: Record<string, { reason: string; fix: string }> = {
  EACCES: { reason: 'permission denied', fix: 'make it writable and ingest again' },
  EPERM: { reason: 'permission denied', fix: 'make it writable and ingest again' },
  EROFS: { reason: 'the file system is read-only', fix: 'make it writable and ingest again' },
  ENOSPC: { reason: 'the disk is full', fix: 'free some space and ingest again' },
  EDQUOT: { reason: 'the disk quota is used up', fix: 'free some space and ingest again' },
  EEXIST: { reason: 'a file of that name is in the way', fix: 'move it away and ingest again' },
  ENOTDIR: { reason: 'a file is in the way of the folder', fix: 'move it away and ingest again' },
  ENAMETOOLONG: { reason: 'a file name is too long', fix: 'use a shorter file name or --slug and ingest again' },
};

/**
 * The error to report when writing into `folder` failed: an {@link EditorError}
 * (such as a refusal) as it is; a system error as a {@link FolderError} of one
 * line that names the folder (never a temporary file), the reason and the fix.
 * Anything else, a bug, is returned as it is.
 */
export function folderWriteError(folder: string, error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  if (error instanceof EditorError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) return error;
  const { reason, fix } = reasons[code] ?? { reason: `error ${code}`, fix: 'check the folder and ingest again' };
  const shown = folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`;
  return new FolderError(`cannot write ${shown} (${reason}); ${fix}`);
}
