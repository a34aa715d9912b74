import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectedArticles, sourceWords } from './archive.ts';

/** The oracle the other specs compare the site with: checked on its own, with no browser. */

/** Writes an archive folder holding one article, with the given frontmatter lines and raw source. */
function writeArchive(frontmatter: string[], source: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'e2e-archive-'));
  mkdirSync(path.join(folder, 'articles'));
  mkdirSync(path.join(folder, 'sources'));
  writeFileSync(path.join(folder, 'sources', '000_test.txt'), source);
  writeFileSync(
    path.join(folder, 'articles', 'quoted-dates.mdx'),
    [
      '---',
      'title: Quoted dates',
      'headline: false',
      ...frontmatter,
      'source: 000_test.txt',
      'words: 4',
      '---',
      '',
    ].join('\n'),
  );
  return folder;
}

// Ingest writes the date quoted, a YAML string; a hand-written archive may leave it unquoted, a YAML date.
for (const [form, line] of [
  ['quoted, as ingest writes it', 'date: "2023-11-06"'],
  ['unquoted', 'date: 2023-11-06'],
] as const) {
  test(`the oracle reads a date written ${form}`, () => {
    const folder = writeArchive([line], ' date 2023-11-06 Quoted dates are strings.\n');
    try {
      expect(expectedArticles(folder)).toEqual([
        {
          slug: 'quoted-dates',
          title: 'Quoted dates',
          date: '2023-11-06',
          source: '000_test.txt',
          words: ['Quoted', 'dates', 'are', 'strings.'],
        },
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
}

test('the oracle reads an undated article as undated', () => {
  const folder = writeArchive([], 'Quoted dates are strings.\n');
  try {
    expect(expectedArticles(folder).map((article) => article.date)).toEqual([undefined]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the expected words are the raw source’s, without byte order mark, line endings or date marker', () => {
  expect(sourceWords('\uFEFF date 2023-11-06 First line,\r\nsecond line.\r\n\r\nNext\tparagraph.\r\n')).toEqual([
    'First',
    'line,',
    'second',
    'line.',
    'Next',
    'paragraph.',
  ]);
  // Only a leading marker is one: a text that starts with the word "date", or names a date later, keeps it.
  expect(sourceWords('date palms grow on 2023-11-06 date 2023-11-07 too')).toEqual(
    'date palms grow on 2023-11-06 date 2023-11-07 too'.split(' '),
  );
  expect(sourceWords('Headline\ndate 2023-11-06 text')).toEqual(['Headline', 'date', '2023-11-06', 'text']);
});
