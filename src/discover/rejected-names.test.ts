import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRejected, rejectName, rejectedFile } from './rejected-names.ts';

describe('the rejected list', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'content-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('should be empty when there is no file', () => {
    expect(readRejected(rejectedFile(folder)).size).toBe(0);
  });

  it('should add a name once, whatever its spelling, and read it folded', () => {
    const file = rejectedFile(folder);
    expect(rejectName(file, '  Ivo   Marković ')).toBe(true);
    expect(rejectName(file, 'ivo markovic')).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('Ivo Marković\n');
    expect(readRejected(file)).toEqual(new Set(['ivo markovic']));
  });

  it('should skip comments and blank lines, and add after a last line without a newline', () => {
    const file = rejectedFile(folder);
    writeFileSync(file, '# names that are not entities\n\nAP Photo');
    rejectName(file, 'Foreign Ministry');
    expect(readRejected(file)).toEqual(new Set(['ap photo', 'foreign ministry']));
  });
});
