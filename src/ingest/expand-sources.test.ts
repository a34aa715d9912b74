import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { expandSources } from './expand-sources.ts';

let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'expand-sources-'));
});

/** Creates the files, each with some text, and any folders they need. */
function files(...names: string[]): void {
  for (const name of names) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), 'Text.\n');
  }
}

const inRoot = (...names: string[]) => names.map((name) => path.join(root, name));

describe('expandSources', () => {
  it('should take every .txt file of a folder and its subfolders, sorted by path', () => {
    files('inbox/b.txt', 'inbox/a.txt', 'inbox/sub/c.txt', 'inbox/sub/deeper/d.txt', 'inbox/z.txt');
    expect(expandSources([path.join(root, 'inbox')])).toEqual({
      files: inRoot('inbox/a.txt', 'inbox/b.txt', 'inbox/sub/c.txt', 'inbox/sub/deeper/d.txt', 'inbox/z.txt'),
      errors: [],
    });
  });

  it('should skip hidden files and folders, other files and linked folders, but keep a linked .txt for ingest to refuse', () => {
    files('inbox/a.txt', 'inbox/.hidden.txt', 'inbox/.git/b.txt', 'inbox/notes.md', 'inbox/a.txt.bak', 'other/c.txt');
    symlinkSync(path.join(root, 'other'), path.join(root, 'inbox', 'linked-folder'));
    symlinkSync(path.join(root, 'other', 'c.txt'), path.join(root, 'inbox', 'linked.txt'));
    expect(expandSources([path.join(root, 'inbox')]).files).toEqual(inRoot('inbox/a.txt', 'inbox/linked.txt'));
  });

  it('should take the .txt files a glob pattern matches, sorted, and no folder it matches', () => {
    files('inbox/b.txt', 'inbox/a.txt', 'inbox/c.md', 'inbox/sub/d.txt');
    mkdirSync(path.join(root, 'inbox', 'folder.txt'));
    expect(expandSources([path.join(root, 'inbox', '*')]).files).toEqual(inRoot('inbox/a.txt', 'inbox/b.txt'));
    expect(expandSources([path.join(root, 'inbox', '**', '*.txt')]).files).toEqual(
      inRoot('inbox/a.txt', 'inbox/b.txt', 'inbox/sub/d.txt'),
    );
  });

  it('should take a file whose name looks like a pattern as that file', () => {
    files('inbox/a[1].txt', 'inbox/a1.txt');
    expect(expandSources([path.join(root, 'inbox', 'a[1].txt')]).files).toEqual(inRoot('inbox/a[1].txt'));
  });

  it('should pass plain paths on as they are, even missing or not .txt, for ingest to refuse by name', () => {
    expect(expandSources(['missing.txt', 'notes.md'])).toEqual({ files: ['missing.txt', 'notes.md'], errors: [] });
  });

  it('should keep the order of the arguments and take a file named twice once', () => {
    files('inbox/a.txt', 'inbox/b.txt', 'extra/c.txt');
    const run = expandSources([
      path.join(root, 'extra', 'c.txt'),
      path.join(root, 'inbox'),
      path.join(root, 'inbox', '*.txt'),
      path.join(root, 'inbox', 'b.txt'),
    ]);
    expect(run.files).toEqual(inRoot('extra/c.txt', 'inbox/a.txt', 'inbox/b.txt'));
  });

  it('should name each folder and pattern that holds no .txt file, on one line with the fix', () => {
    files('empty/notes.md', 'inbox/a.txt');
    const empty = path.join(root, 'empty');
    const pattern = path.join(root, 'inbox', '*.text');
    expect(expandSources([empty, path.join(root, 'inbox'), pattern]).errors).toEqual([
      `${empty}: the folder holds no .txt file; name a folder of sources`,
      `${pattern}: the pattern matches no .txt file; check it, and the folder npm run ingest runs in`,
    ]);
  });
});
