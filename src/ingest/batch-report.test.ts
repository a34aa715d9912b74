import { describe, expect, it } from 'vitest';
import { BatchReport, resultLine } from './batch-report.ts';
import type { IngestResult } from './ingest.ts';
import { ProgressLine } from './progress-line.ts';

const written = (
  n: number,
  status: 'written' | 'would-write' = 'written',
): Exclude<IngestResult, { status: 'failed' }> => ({
  file: `inbox/${n}.txt`,
  status,
  article: `content/articles/a-${n}.mdx`,
  mdx: '---\ntitle: A\n---\n',
  words: 3,
});
const kept: IngestResult = { file: 'inbox/k.txt', status: 'kept', article: 'content/articles/k.mdx', words: 2 };
const restored: IngestResult = { ...kept, restoredSource: 'content/sources/k.txt' };
const refused: IngestResult = { file: 'inbox/bad.txt', status: 'failed', message: 'the file is empty; fix it' };

/** A report whose output, and progress drawn on a terminal, are recorded in order. */
function recorded(options: { verbose: boolean; dryRun?: boolean }) {
  const lines: string[] = [];
  let time = 0;
  const progress = new ProgressLine({ isTTY: true, write: (text) => lines.push(`tty:${JSON.stringify(text)}`) }, 4, {
    now: () => (time += 300),
  });
  const report = new BatchReport(
    { out: (line) => lines.push(`out:${line}`), err: (line) => lines.push(`err:${line}`) },
    progress,
    { verbose: options.verbose, dryRun: options.dryRun ?? false },
  );
  return { lines, report };
}

describe('BatchReport', () => {
  it('should sum a batch up in one line, with thousands separated', () => {
    const { report } = recorded({ verbose: false });
    for (let n = 0; n < 9990; n++) report.add(written(n));
    for (let n = 0; n < 5; n++) report.add(kept);
    for (let n = 0; n < 5; n++) report.add(refused);
    expect(report.summary()).toBe('10,000 sources: 9,990 written, 5 kept, 5 refused (listed above)');
    expect(report.refused).toBe(true);
  });

  it('should count the articles under a numbered slug in the sum, since a large batch prints no line for each', () => {
    const { report } = recorded({ verbose: false });
    for (let n = 0; n < 60; n++)
      report.add(n < 3 ? { ...written(n), titleSlugOf: 'content/articles/a.mdx' } : written(n));
    expect(report.summary()).toBe(
      "60 sources: 60 written (3 under a numbered slug: their title's was taken), 0 kept, 0 refused",
    );
  });

  it('should say "would be written" in a dry run, and leave "listed above" out when nothing was refused', () => {
    const { report } = recorded({ verbose: false, dryRun: true });
    report.add(written(1, 'would-write'));
    report.add(kept);
    expect(report.summary()).toBe('2 sources: 1 would be written, 1 kept, 0 refused');
    expect(report.refused).toBe(false);
  });

  it('should print refusals and restored source copies only, unless verbose, erasing the progress line first', () => {
    const { lines, report } = recorded({ verbose: false });
    [written(1), refused, kept, restored].forEach((result) => report.add(result));
    report.finish();
    expect(lines).toEqual([
      'tty:"\\r\\u001b[K1 / 4 sources…"',
      'tty:"\\r\\u001b[K"',
      `err:${resultLine(refused)}`,
      'tty:"\\r\\u001b[K2 / 4 sources…"',
      'tty:"\\r\\u001b[K3 / 4 sources…"',
      'tty:"\\r\\u001b[K"',
      `out:${resultLine(restored)}`,
      'tty:"\\r\\u001b[K4 / 4 sources…"',
      'tty:"\\r\\u001b[K"',
    ]);
  });

  it('should print a line for every source when verbose', () => {
    const { lines, report } = recorded({ verbose: true });
    [written(1), kept, refused].forEach((result) => report.add(result));
    expect(lines.filter((line) => !line.startsWith('tty:'))).toEqual([
      'out:wrote  content/articles/a-1.mdx (from inbox/1.txt, 3 words)',
      'out:kept   content/articles/k.mdx (from inbox/k.txt; it exists already, --force rewrites it)',
      'err:inbox/bad.txt: the file is empty; fix it',
    ]);
  });

  it('should say why the slug of an article is numbered', () => {
    const numbered = {
      ...written(2),
      article: 'content/articles/same-title-2.mdx',
      titleSlugOf: 'content/articles/same-title.mdx',
    };
    expect(resultLine(numbered)).toBe(
      "wrote  content/articles/same-title-2.mdx (from inbox/2.txt, 3 words; numbered, as content/articles/same-title.mdx has its title's slug)",
    );
  });

  it('should hand back each result without the text of its article, which a large batch cannot hold', () => {
    const { report } = recorded({ verbose: false });
    const slim = report.add(written(1));
    expect(slim).toEqual({ ...written(1), mdx: undefined });
    expect(slim).not.toHaveProperty('mdx');
  });
});
