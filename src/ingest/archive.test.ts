import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './archive.ts';

describe('writeFileAtomic', () => {
  it('should replace the target in one step', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'atomic-'));
    const target = path.join(folder, 'a.mdx');
    writeFileSync(target, 'old');
    writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(folder)).toEqual(['a.mdx']);
  });

  it('should leave no partial or temporary file when the write fails', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'atomic-'));
    // A folder where the file should go: the final rename fails.
    const target = path.join(folder, 'a.mdx');
    mkdirSync(target);
    writeFileSync(path.join(target, 'inside'), 'kept');
    expect(() => writeFileAtomic(target, 'new')).toThrow();
    expect(readdirSync(folder)).toEqual(['a.mdx']);
    expect(readdirSync(target)).toEqual(['inside']);
  });
});
