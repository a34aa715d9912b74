import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  archivePassages,
  archivePassagesReady,
  forgetArchivePassages,
  indexPassages,
  startArchivePassages,
} from './archive-passages.ts';

describe('indexPassages', () => {
  it('should give each shared sentence its passage’s reports, earliest first and undated last, one object per passage', () => {
    const sentences = new Map([
      ['a', ['A says it.']],
      ['b', ['Intro.', 'B says it.']],
      ['c', ['C says it.']],
    ]);
    const dates = new Map([
      ['a', undefined],
      ['b', '2023-09-30'],
      ['c', '2023-09-29'],
    ]);
    const index = indexPassages(
      [
        {
          members: [
            { article: 'a', sentence: 0 },
            { article: 'b', sentence: 1 },
            { article: 'c', sentence: 0 },
          ],
        },
      ],
      sentences,
      dates,
    );
    expect(index.get('a')?.get('A says it.')).toEqual({ articles: ['c', 'b', 'a'], earliest: ['c'] });
    expect(index.get('b')?.get('B says it.')).toBe(index.get('a')?.get('A says it.'));
    expect(index.get('b')?.has('Intro.')).toBe(false);
  });
});

describe('startArchivePassages', () => {
  const folders: string[] = [];
  afterEach(() => {
    forgetArchivePassages();
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true });
  });

  /** A folder of two reports that share one sentence. */
  function archive(): string {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'passages-'));
    folders.push(folder);
    const shared = 'Three attackers and one police officer were killed in the clash near the monastery on Sunday.';
    writeFileSync(
      path.join(folder, 'wire.mdx'),
      `---\ntitle: Wire\ndate: 2023-09-24\n---\n\n${shared} Calm returned.\n`,
    );
    writeFileSync(
      path.join(folder, 'rewrite.mdx'),
      `---\ntitle: Rewrite\ndate: 2023-09-25\n---\n\nThe village was quiet. ${shared}\n`,
    );
    return folder;
  }

  it('should compute on a thread of its own the passages the build would compute in place', async () => {
    const folder = archive();
    const inPlace = archivePassages(folder);
    expect(inPlace.get('rewrite')?.size).toBe(1);
    forgetArchivePassages();
    const started = startArchivePassages(folder);
    expect(archivePassagesReady()).toBeDefined();
    expect(() => archivePassages(folder)).toThrow('still being computed');
    await started;
    expect(archivePassagesReady()).toBeUndefined();
    expect(archivePassages(folder)).toEqual(inPlace);
  });

  it('should fail with the folder named when the passages cannot be computed', async () => {
    const missing = path.join(os.tmpdir(), 'no-such-archive-folder');
    await expect(startArchivePassages(missing)).rejects.toThrow(
      `Could not compute the shared passages of ${missing}: ENOENT`,
    );
    expect(archivePassagesReady()).toBeUndefined();
  });
});
