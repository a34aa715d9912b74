import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from './source-file.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'sources-'));
const article = (source: string) => ({ articleFile: 'content/articles/a-report.mdx', source });

describe('readSourceFile', () => {
  it('should give the bytes of a regular source file', async () => {
    writeFileSync(path.join(folder, 'report.txt'), 'The text.\n');
    expect(Buffer.from(await readSourceFile(article('report.txt'), folder)).toString()).toBe('The text.\n');
  });

  it('should refuse a symbolic link, which could publish any file of the machine', async () => {
    const secret = path.join(folder, 'secret');
    writeFileSync(secret, 'private');
    symlinkSync(secret, path.join(folder, 'linked.txt'));
    await expect(readSourceFile(article('linked.txt'), folder)).rejects.toThrow(
      `${path.join(folder, 'linked.txt')}: is a symbolic link, and the site publishes sources; replace it with a copy of the file itself`,
    );
  });

  it('should name the article whose source copy is missing, or is not a file', async () => {
    await expect(readSourceFile(article('gone.txt'), folder)).rejects.toThrow(
      `${path.join(folder, 'gone.txt')}: missing, but content/articles/a-report.mdx names it as its source`,
    );
    mkdirSync(path.join(folder, 'folder.txt'));
    await expect(readSourceFile(article('folder.txt'), folder)).rejects.toThrow('is not a regular file');
  });
});
