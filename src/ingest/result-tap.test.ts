import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IngestResult, ingestFiles } from './ingest.ts';
import { tapResults } from './result-tap.ts';

describe('tapResults', () => {
  it('should hand each result of ingestFiles over as it is made, in order, and return what the tap returns', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'result-tap-'));
    mkdirSync(path.join(root, 'inbox'));
    const files = ['a', 'b', 'c'].map((name) => {
      const file = path.join(root, 'inbox', `${name}.txt`);
      writeFileSync(file, `Headline ${name}\nText.\n`);
      return file;
    });
    const seen: [number, IngestResult['status'], string][] = [];
    const folders = { sources: path.join(root, 'sources'), articles: path.join(root, 'articles') };
    const results = ingestFiles(
      tapResults([...files, 'missing.txt'], (result, index) => {
        seen.push([index, result.status, result.file]);
        return { file: result.file, status: 'failed', message: 'replaced' };
      }),
      { folders, dryRun: true },
    );
    // If this fails, ingestFiles no longer makes its results with files.map: the CLI's progress depends on it.
    expect(seen).toEqual([
      [0, 'would-write', files[0]],
      [1, 'would-write', files[1]],
      [2, 'would-write', files[2]],
      [3, 'failed', 'missing.txt'],
    ]);
    expect(results.map((result) => result.status === 'failed' && result.message)).toEqual(Array(4).fill('replaced'));
  });

  it('should behave as a plain array otherwise', () => {
    const tapped = tapResults(['a.txt', 'b.txt'], (result) => result);
    expect(tapped).toEqual(['a.txt', 'b.txt']);
    expect(Array.isArray(tapped.filter(Boolean))).toBe(true);
    expect(tapped.slice(1).constructor).toBe(Array);
  });
});
