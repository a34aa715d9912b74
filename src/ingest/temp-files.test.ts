import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemporaries, temporaryPath } from './temp-files.ts';

/** A folder holding the given files, each with the given age in milliseconds. */
function folderWith(files: Record<string, number>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'temp-files-'));
  for (const [name, age] of Object.entries(files)) {
    writeFileSync(path.join(folder, name), 'partial');
    const time = new Date(Date.now() - age);
    utimesSync(path.join(folder, name), time, time);
  }
  return folder;
}

/** The pid of a process that has ended. */
const endedPid = () => spawnSync(process.execPath, ['-e', '']).pid;

describe('temporaryPath', () => {
  it('should name a temporary file after its target and the writing process', () => {
    expect(temporaryPath('content/articles/a.mdx')).toMatch(
      new RegExp(`^content/articles/a\\.mdx\\.${process.pid}-[0-9a-f]{12}\\.tmp$`),
    );
    expect(temporaryPath('a.mdx')).not.toBe(temporaryPath('a.mdx'));
  });
});

describe('removeStaleTemporaries', () => {
  it('should remove the temporary files of ended writers and keep those of running ones', () => {
    const ended = `a.mdx.${endedPid()}-0123456789ab.tmp`;
    const running = `b.mdx.${process.pid}-0123456789ab.tmp`;
    const folder = folderWith({ [ended]: 0, [running]: 0, 'c.mdx': 0, 'd.txt': 0 });
    expect(removeStaleTemporaries(folder)).toEqual([ended]);
    expect(readdirSync(folder).sort()).toEqual([running, 'c.mdx', 'd.txt']);
  });

  it('should remove a temporary file over an hour old, whatever its pid', () => {
    const old = `a.txt.${process.pid}-0123456789ab.tmp`;
    const folder = folderWith({ [old]: 61 * 60_000 });
    expect(removeStaleTemporaries(folder)).toEqual([old]);
  });

  it('should remove a temporary file of the naming without a pid once it is over a minute old', () => {
    const folder = folderWith({ 'old.mdx.0123456789ab.tmp': 61_000, 'new.mdx.0123456789ab.tmp': 0 });
    expect(removeStaleTemporaries(folder)).toEqual(['old.mdx.0123456789ab.tmp']);
  });

  it('should leave files of other namings, and folders, alone', () => {
    const folder = folderWith({ 'notes.tmp': 61 * 60_000, 'a.md.0123456789ab.tmp': 61 * 60_000 });
    mkdirSync(path.join(folder, `b.mdx.${endedPid()}-0123456789ab.tmp`));
    expect(removeStaleTemporaries(folder)).toEqual([]);
    expect(removeStaleTemporaries(path.join(folder, 'missing'))).toEqual([]);
  });
});
