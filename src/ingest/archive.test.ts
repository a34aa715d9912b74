import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFileExclusive, writeFileAtomic } from './archive.ts';

// To play a file system without hard links.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, linkSync: vi.fn(actual.linkSync) };
});

afterEach(() => {
  vi.mocked(fs.linkSync).mockRestore();
});

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

describe('createFileExclusive', () => {
  it('should create the file, and never replace one that exists', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'exclusive-'));
    const target = path.join(folder, 'a.mdx');
    expect(createFileExclusive(target, 'first')).toBe(true);
    expect(createFileExclusive(target, 'second')).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe('first');
    expect(readdirSync(folder)).toEqual(['a.mdx']);
  });

  it('should still create exclusively on a file system without hard links', () => {
    vi.mocked(fs.linkSync).mockImplementation(() => {
      throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
    });
    const folder = mkdtempSync(path.join(tmpdir(), 'exclusive-'));
    const target = path.join(folder, 'a.mdx');
    expect(createFileExclusive(target, 'first')).toBe(true);
    expect(createFileExclusive(target, 'second')).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe('first');
    expect(readdirSync(folder)).toEqual(['a.mdx']);
  });
});
