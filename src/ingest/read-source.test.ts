import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxSourceBytes } from './limits.ts';
import { readSource } from './read-source.ts';

describe('readSource', () => {
  it('should read a file of exactly the largest size whole', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'read-source-')), 'large.txt');
    writeFileSync(file, 'a'.repeat(maxSourceBytes));
    expect(Buffer.from(readSource(file)).equals(readFileSync(file))).toBe(true);
  });

  it('should refuse a device without reading from it', () => {
    expect(() => readSource('/dev/zero')).toThrow('not a file; name a .txt file');
  });

  it('should name a missing file', () => {
    expect(() => readSource(path.join(tmpdir(), 'no-such-source.txt'))).toThrow('no such file; check the path');
  });
});
