import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArchiveFolders } from './archive.ts';
import { ingestFiles } from './ingest.ts';

// Root, as on the build machines, writes through any permission: failures are injected instead.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, writeFileSync: vi.fn(actual.writeFileSync) };
});

const { writeFileSync: realWriteFileSync } = await vi.importActual<typeof import('node:fs')>('node:fs');

let folders: ArchiveFolders;
let file: string;

beforeEach(() => {
  const root = mkdtempSync(path.join(tmpdir(), 'ingest-failure-'));
  folders = { sources: path.join(root, 'content', 'sources'), articles: path.join(root, 'content', 'articles') };
  file = path.join(root, 'report.txt');
  writeFileSync(file, 'A headline\nThe text.\n');
});

afterEach(() => {
  vi.mocked(fs.writeFileSync).mockRestore();
});

/** Makes every write into `folder` fail as the system would, with `code`. */
function failWritesInto(folder: string, code: string, message: string): void {
  vi.mocked(fs.writeFileSync).mockImplementation((target, ...rest) => {
    if (String(target).startsWith(folder + path.sep)) {
      throw Object.assign(new Error(`${code}: ${message}, open '${String(target)}'`), { code });
    }
    realWriteFileSync(target, ...rest);
  });
}

describe('ingestFiles when a folder cannot be written', () => {
  it('should remove the source copy again when the article cannot be written, and say which folder to fix', () => {
    failWritesInto(folders.articles, 'EACCES', 'permission denied');
    expect(ingestFiles([file], { folders })[0]).toEqual({
      file,
      status: 'failed',
      message: `cannot write ${folders.articles}${path.sep} (permission denied); make it writable and ingest again`,
    });
    expect(readdirSync(folders.sources)).toEqual([]);
    expect(readdirSync(folders.articles)).toEqual([]);
  });

  it('should write no article when the source cannot be copied', () => {
    failWritesInto(folders.sources, 'ENOSPC', 'no space left on device');
    expect(ingestFiles([file], { folders })[0]).toEqual({
      file,
      status: 'failed',
      message: `cannot write ${folders.sources}${path.sep} (the disk is full); free some space and ingest again`,
    });
    expect(readdirSync(folders.sources)).toEqual([]);
    expect(readdirSync(folders.articles)).toEqual([]);
  });

  it('should keep an existing source copy when the article cannot be written', () => {
    mkdirSync(folders.sources, { recursive: true });
    writeFileSync(path.join(folders.sources, 'report.txt'), 'A headline\nThe text.\n');
    failWritesInto(folders.articles, 'EROFS', 'read-only file system');
    expect(ingestFiles([file], { folders })[0]).toMatchObject({
      status: 'failed',
      message: `cannot write ${folders.articles}${path.sep} (the file system is read-only); make it writable and ingest again`,
    });
    expect(readdirSync(folders.sources)).toEqual(['report.txt']);
    expect(readdirSync(folders.articles)).toEqual([]);
  });

  it('should write both files when the failing folder is another one', () => {
    failWritesInto(path.join(folders.sources, 'elsewhere'), 'EACCES', 'permission denied');
    expect(ingestFiles([file], { folders })[0]).toMatchObject({ status: 'written' });
    expect(readdirSync(folders.sources)).toEqual(['report.txt']);
    expect(readdirSync(folders.articles)).toEqual(['a-headline.mdx']);
  });
});
