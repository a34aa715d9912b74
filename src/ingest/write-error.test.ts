import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError } from './source-error.ts';
import { FolderError, folderWriteError } from './write-error.ts';

const systemError = (code: string) =>
  Object.assign(new Error(`${code}: failed, open 'content/articles/a.mdx.123-0123456789ab.tmp'`), { code });

describe('folderWriteError', () => {
  it('should name the folder, the reason and the fix in one line, never the temporary file', () => {
    const folder = path.join('content', 'articles');
    const shown = `${folder}${path.sep}`;
    expect(
      ['EACCES', 'EROFS', 'ENOSPC', 'ENOTDIR', 'EIO'].map(
        (code) => folderWriteError(folder, systemError(code)).message,
      ),
    ).toEqual([
      `cannot write ${shown} (permission denied); make it writable and ingest again`,
      `cannot write ${shown} (the file system is read-only); make it writable and ingest again`,
      `cannot write ${shown} (the disk is full); free some space and ingest again`,
      `cannot write ${shown} (a file is in the way of the folder); move it away and ingest again`,
      `cannot write ${shown} (error EIO); check the folder and ingest again`,
    ]);
    expect(folderWriteError(folder, systemError('EACCES'))).toBeInstanceOf(FolderError);
  });

  it('should pass an editor error, and a bug, through as they are', () => {
    const refusal = new SourceError('its slug "a" was taken');
    const bug = new TypeError('x is undefined');
    expect(folderWriteError('content', refusal)).toBe(refusal);
    expect(folderWriteError('content', bug)).toBe(bug);
  });
});
