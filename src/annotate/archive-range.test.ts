import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveDateRange, dateRangeOf } from './archive-range.ts';

describe('archiveDateRange', () => {
  it('should give the earliest and latest date of the dated articles, whatever their precision', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'archive-range-'));
    for (const [name, date] of [
      ['a', '2023-09-29'],
      ['b', '2021-05'],
      ['c', ''],
    ])
      writeFileSync(
        path.join(folder, `${name}.mdx`),
        `---\ntitle: ${name}\n${date ? `date: ${date}\n` : ''}---\n\nText.\n`,
      );
    expect(archiveDateRange(folder)).toEqual({ from: '2021-05', to: '2023-09-29' });
  });

  it('should give no period for an archive with no folder of articles yet', () => {
    expect(archiveDateRange(path.join(tmpdir(), 'no-such-archive', 'articles'))).toEqual({});
  });

  it('should read dates as YAML gives them, a Date or a year as a number, and leave out what is no date', () => {
    expect(dateRangeOf([new Date('2023-09-29T00:00:00Z'), 2021, 'not a date', undefined, '2022-03'])).toEqual({
      from: '2021',
      to: '2023-09-29',
    });
    expect(dateRangeOf([undefined, ''])).toEqual({});
  });
});
