import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArchiveFolders } from './archive.ts';
import { ingestFiles } from './ingest.ts';
import { maxSourceBytes } from './limits.ts';

let inbox: string;
let folders: ArchiveFolders;

beforeEach(() => {
  const root = mkdtempSync(path.join(tmpdir(), 'ingest-'));
  inbox = path.join(root, 'inbox');
  folders = { sources: path.join(root, 'content', 'sources'), articles: path.join(root, 'content', 'articles') };
  mkdirSync(inbox);
});

function source(name: string, text: string | Uint8Array): string {
  const file = path.join(inbox, name);
  writeFileSync(file, text);
  return file;
}

const listArticles = () => readdirSync(folders.articles).sort();

describe('ingestFiles', () => {
  it('should write the article and keep a copy of the source', () => {
    const file = source('report.txt', ' date 2023-11-06 NATO sends more troops to Kosovo. KFOR grows.\n');
    const [result] = ingestFiles([file], { folders });
    expect(result).toMatchObject({
      status: 'written',
      article: path.join(folders.articles, 'nato-sends-more-troops-to-kosovo.mdx'),
    });
    expect(readFileSync(path.join(folders.sources, 'report.txt'))).toEqual(readFileSync(file));
    expect(readFileSync(path.join(folders.articles, 'nato-sends-more-troops-to-kosovo.mdx'), 'utf8')).toContain(
      'date: "2023-11-06"',
    );
  });

  it('should leave an existing article untouched unless forced', () => {
    const file = source('report.txt', 'Headline here\nThe text.\n');
    ingestFiles([file], { folders });
    const article = path.join(folders.articles, 'headline-here.mdx');
    writeFileSync(article, `${readFileSync(article, 'utf8')}\nAn editor's note.\n`);

    expect(ingestFiles([file], { folders })[0]).toMatchObject({ status: 'kept' });
    expect(readFileSync(article, 'utf8')).toContain("An editor's note.");

    expect(ingestFiles([file], { folders, force: true })[0]).toMatchObject({ status: 'written' });
    expect(readFileSync(article, 'utf8')).not.toContain("An editor's note.");
  });

  it('should restore a missing source copy when it keeps the article, and say so', () => {
    const file = source('report.txt', 'Headline here\nThe text.\n');
    ingestFiles([file], { folders });
    rmSync(path.join(folders.sources, 'report.txt'));
    expect(ingestFiles([file], { folders })[0]).toMatchObject({
      status: 'kept',
      restoredSource: path.join(folders.sources, 'report.txt'),
    });
    expect(readFileSync(path.join(folders.sources, 'report.txt'))).toEqual(readFileSync(file));
    expect(ingestFiles([file], { folders })[0]).not.toHaveProperty('restoredSource');
  });

  it('should keep the editor’s choice of what is set apart when an article is rewritten with force', () => {
    const file = source(
      'caption.txt',
      'A headline here\n\nThe report begins here, and it goes on.\n\nPhoto: Example Agency\n',
    );
    ingestFiles([file], { folders });
    const article = path.join(folders.articles, 'a-headline-here.mdx');
    const marked = readFileSync(article, 'utf8');
    expect(marked).toMatch(/<Aside kind="caption">\s*Photo: Example Agency\s*<\/Aside>/);
    // The editor decides the line is text after all.
    writeFileSync(article, marked.replace(/<Aside kind="caption">\s*(Photo: Example Agency)\s*<\/Aside>/, '$1'));
    expect(ingestFiles([file], { folders, force: true })[0]).toMatchObject({ status: 'written' });
    expect(readFileSync(article, 'utf8')).not.toContain('<Aside');
  });

  it('should move a forced article to the slug given, and refuse a slug another article has', () => {
    const file = source('report.txt', 'Headline here\nThe text.\n');
    ingestFiles([source('other.txt', 'Taken slug\nOther text.\n'), file], { folders });

    expect(ingestFiles([file], { folders, force: true, slug: 'taken-slug' })[0]).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('its slug "taken-slug" is taken'),
    });
    expect(ingestFiles([file], { folders, force: true, slug: 'better-slug' })[0]).toMatchObject({
      status: 'written',
      article: path.join(folders.articles, 'better-slug.mdx'),
      renamedFrom: path.join(folders.articles, 'headline-here.mdx'),
    });
    expect(listArticles()).toEqual(['better-slug.mdx', 'taken-slug.mdx']);
  });

  it('should write nothing on a dry run, and say what it would write', () => {
    const [result] = ingestFiles([source('report.txt', 'Headline here\nThe text.\n')], { folders, dryRun: true });
    expect(result).toMatchObject({ status: 'would-write', mdx: expect.stringContaining('The text.') });
    expect(() => readdirSync(folders.articles)).toThrow();
  });

  it('should number a new article whose title another article has, refuse a slug asked for that is taken, and take a free one', () => {
    const first = source('a.txt', 'Same title\nText A.\n');
    const second = source('b.txt', 'Same title\nText B.\n');
    ingestFiles([first], { folders });
    expect(ingestFiles([second], { folders, slug: 'same-title' })[0]).toMatchObject({
      status: 'failed',
      message: `its slug "same-title" is taken by ${path.join(folders.articles, 'same-title.mdx')} (from a.txt); ingest this file alone with --slug <another-slug>`,
    });
    expect(listArticles()).toEqual(['same-title.mdx']);
    expect(readdirSync(folders.sources)).toEqual(['a.txt']);

    expect(ingestFiles([second], { folders })[0]).toMatchObject({
      status: 'written',
      article: path.join(folders.articles, 'same-title-2.mdx'),
      titleSlugOf: path.join(folders.articles, 'same-title.mdx'),
    });
    expect(readFileSync(path.join(folders.articles, 'same-title.mdx'), 'utf8')).toContain('Text A.');
    expect(readFileSync(path.join(folders.articles, 'same-title-2.mdx'), 'utf8')).toContain('Text B.');
    const third = source('c.txt', 'Same title\nText C.\n');
    expect(ingestFiles([third], { folders, slug: 'same-title-c' })[0]).toMatchObject({ status: 'written' });
    expect(listArticles()).toEqual(['same-title-2.mdx', 'same-title-c.mdx', 'same-title.mdx']);
    // Stable: re-ingesting finds each source's own article.
    expect(ingestFiles([first, second, third], { folders }).map((result) => result.status)).toEqual([
      'kept',
      'kept',
      'kept',
    ]);
  });

  it('should number, in one batch, each new source whose title an earlier one has', () => {
    const results = ingestFiles(
      ['a', 'b', 'c'].map((name) => source(`${name}.txt`, `Same title\nText ${name}.\n`)),
      { folders },
    );
    expect(results.map((result) => (result.status === 'failed' ? result.message : result.article))).toEqual(
      ['same-title', 'same-title-2', 'same-title-3'].map((slug) => path.join(folders.articles, `${slug}.mdx`)),
    );
  });

  it('should fail a bad file alone, naming it, and write nothing for it', () => {
    const results = ingestFiles(
      [
        source('empty.txt', ''),
        source('good.txt', 'Good headline\nGood text.\n'),
        source('bad-date.txt', ' date 2023-02-29 Text.'),
        source('binary.txt', new Uint8Array([0, 1, 2, 3, 255])),
      ],
      { folders },
    );
    expect(results.map((result) => result.status)).toEqual(['failed', 'written', 'failed', 'failed']);
    expect(listArticles()).toEqual(['good-headline.mdx']);
    expect(readdirSync(folders.sources)).toEqual(['good.txt']);
  });

  it('should refuse source names that would break URLs or file systems, asking for a rename', () => {
    for (const name of [
      'a#b.txt',
      'a?b.txt',
      '100%.txt',
      'back\\slash.txt',
      'new\nline.txt',
      '.txt',
      `${'x'.repeat(160)}.txt`,
    ]) {
      const [result] = ingestFiles([source(name, 'A headline\nText.\n')], { folders });
      expect(result, JSON.stringify(name)).toMatchObject({
        status: 'failed',
        message: expect.stringMatching(/; rename the file$/),
      });
    }
    expect(() => readdirSync(folders.articles)).toThrow();
  });

  it('should refuse a source name with a right-to-left override or another bidirectional control', () => {
    const controls = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
    for (const control of controls.map((code) => String.fromCodePoint(code))) {
      const [result] = ingestFiles([source(`report${control}gpj.txt`, 'A headline\nText.\n')], { folders });
      expect(result, `U+${control.codePointAt(0)?.toString(16)}`).toMatchObject({
        status: 'failed',
        message:
          'Expected a file name without bidirectional control characters (such as U+202E), which can disguise it; rename the file',
      });
    }
    expect(() => readdirSync(folders.articles)).toThrow();
  });

  it('should refuse what is not a regular file, without blocking on it', () => {
    const fifo = path.join(inbox, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(ingestFiles([fifo], { folders })[0]).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('not a file'),
    });
  });

  it('should refuse a source that is a symbolic link, even to a good file, and write nothing', () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'elsewhere-'));
    writeFileSync(path.join(elsewhere, 'secret.txt'), 'A secret headline\nSecret text.\n');
    const link = path.join(inbox, 'report.txt');
    symlinkSync(path.join(elsewhere, 'secret.txt'), link);
    expect(ingestFiles([link], { folders })[0]).toEqual({
      file: link,
      status: 'failed',
      message: 'this is a symbolic link; copy the file itself into place and ingest the copy',
    });
    expect(() => readdirSync(folders.articles)).toThrow();
    expect(() => readdirSync(folders.sources)).toThrow();
  });

  it('should refuse to use a symbolic link in the sources folder as the copy of a source', () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'elsewhere-'));
    const file = source('report.txt', 'A headline\nText.\n');
    writeFileSync(path.join(elsewhere, 'report.txt'), readFileSync(file));
    mkdirSync(folders.sources, { recursive: true });
    symlinkSync(path.join(elsewhere, 'report.txt'), path.join(folders.sources, 'report.txt'));
    expect(ingestFiles([file], { folders })[0]).toEqual({
      file,
      status: 'failed',
      message: `${path.join(folders.sources, 'report.txt')} is a symbolic link; replace it with the source file itself, or remove it, and ingest again`,
    });
    expect(() => readdirSync(folders.articles)).toThrow();
  });

  it('should refuse a source larger than the limit in one line, without reading it', () => {
    const file = source('huge.txt', 'A headline\n');
    // A sparse file: large on paper, quick to make.
    truncateSync(file, maxSourceBytes + 1);
    expect(ingestFiles([file], { folders })[0]).toEqual({
      file,
      status: 'failed',
      message:
        'the file has 1,100,001 bytes, more than the 1,100,000 (1100 KB) a source may have; split it into smaller sources and ingest each',
    });
  });

  it('should remove the temporary files an interrupted ingest left, and no file of a running one', () => {
    mkdirSync(folders.articles, { recursive: true });
    mkdirSync(folders.sources, { recursive: true });
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const leftovers = [
      // The naming before writers put their pid in it, a minute old.
      path.join(folders.articles, 'old-slug.mdx.0123456789ab.tmp'),
      path.join(folders.sources, `old.txt.${gone}-0123456789ab.tmp`),
    ];
    const running = path.join(folders.articles, `busy.mdx.${process.pid}-0123456789ab.tmp`);
    for (const file of [...leftovers, running]) writeFileSync(file, 'partial');
    const aMinuteAgo = new Date(Date.now() - 61_000);
    utimesSync(leftovers[0] ?? '', aMinuteAgo, aMinuteAgo);

    ingestFiles([source('report.txt', 'Headline here\nThe text.\n')], { folders });
    expect(listArticles()).toEqual([path.basename(running), 'headline-here.mdx']);
    expect(readdirSync(folders.sources)).toEqual(['report.txt']);
  });

  it('should keep a headline that YAML would read as a date or a number as text', () => {
    for (const headline of ['2023-11-06T10:00:00Z', '0b101', '1e3', 'true', 'null']) {
      const [result] = ingestFiles(
        [source(`h-${headline.replace(/\W/g, '')}.txt`, `${headline}\nThe text follows here.\n`)],
        { folders, dryRun: true },
      );
      expect(result, headline).toMatchObject({
        status: 'would-write',
        mdx: expect.stringContaining(`title: "${headline}"`),
      });
    }
  });

  it('should take text that starts with the word "date" for text, not a marker', () => {
    const [result] = ingestFiles([source('palms.txt', 'date palms grow along the river.\n\nSecond paragraph.\n')], {
      folders,
    });
    expect(result).toMatchObject({ status: 'written' });
  });

  it('should refuse a file that is not .txt, and never replace a different source of the same name', () => {
    expect(ingestFiles([source('notes.md', 'Text.')], { folders })[0]).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('only .txt'),
    });
    ingestFiles([source('report.txt', 'First version.\n')], { folders });
    const second = ingestFiles([source('report.txt', 'Second version.\n')], { folders, force: true })[0];
    expect(second).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('already holds a different source'),
    });
    expect(readFileSync(path.join(folders.sources, 'report.txt'), 'utf8')).toBe('First version.\n');
  });
});

describe('ingestFiles with front matter in the source', () => {
  it('should read a front matter block as it reads a sidecar, and keep it out of the article text', () => {
    const file = source(
      'fm.txt',
      '---\ntitle: Two men held after Zvečan shooting\ndate: 2023-10-02\nurl: https://example.org/news/zvecan\n---\n\n' +
        'Police in Zvečan said on Monday that two men were held after shots were fired near a petrol station.\n',
    );
    const [result] = ingestFiles([file], { folders });
    expect(result).toMatchObject({ status: 'written' });
    const mdx = readFileSync(path.join(folders.articles, 'two-men-held-after-zvecan-shooting.mdx'), 'utf8');
    expect(mdx).toContain('title: "Two men held after Zvečan shooting"\nheadline: false');
    expect(mdx).toContain('date: "2023-10-02"');
    expect(mdx).toContain('url: "https://example.org/news/zvecan"');
    expect(mdx).not.toMatch(/\\---|## title|## date/);
    // The archive keeps the source as it came, front matter and all.
    expect(readFileSync(path.join(folders.sources, 'fm.txt'))).toEqual(readFileSync(file));
  });

  it('should refuse front matter that is not YAML, or holds a bad field, in one line, writing nothing', () => {
    const broken = source(
      'broken.txt',
      '---\ntitle: "Unclosed\ndate: 2023-10-02\n---\nPolice said two men were held.\n',
    );
    const unknown = source('unknown.txt', '---\nsection: World\n---\nPolice said two men were held.\n');
    const [first, second] = ingestFiles([broken, unknown], { folders });
    expect(first).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(
        /^its front matter \(the --- block at its top\) is not valid YAML \(.*\); fix it$/,
      ),
    });
    expect(second).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('its front matter (the --- block at its top): section: Unknown field'),
    });
    for (const result of [first, second]) expect(result?.status === 'failed' && result.message).not.toContain('\n');
    expect(() => readdirSync(folders.articles)).toThrow();
    expect(() => readdirSync(folders.sources)).toThrow();
  });
});

describe('ingestFiles with copies of a source', () => {
  const report = 'Trucks cross at Jarinje again\n\nThe first trucks crossed at Jarinje on Wednesday morning.\n';

  it('should refuse a copy of an ingested source under another name, naming both files and the article', () => {
    ingestFiles([source('jarinje.txt', report)], { folders });
    const [result] = ingestFiles([source('jarinje-copy.txt', report)], { folders, force: true });
    expect(result).toEqual({
      file: path.join(inbox, 'jarinje-copy.txt'),
      status: 'failed',
      message:
        `it is a copy of ${path.join(folders.sources, 'jarinje.txt')} (the same bytes), already ingested as ` +
        `${path.join(folders.articles, 'trucks-cross-at-jarinje-again.mdx')}; nothing was written for it: remove the copy`,
    });
    expect(listArticles()).toEqual(['trucks-cross-at-jarinje-again.mdx']);
    expect(readdirSync(folders.sources)).toEqual(['jarinje.txt']);
    // A source of the same size and other bytes is no copy.
    expect(ingestFiles([source('other.txt', report.replace('Wednesday', 'Thursday.'))], { folders })[0]).toMatchObject({
      status: 'written',
    });
  });

  it('should refuse the second of two identical files in one batch, on a dry run too', () => {
    const files = [source('a.txt', report), source('b.txt', report)];
    for (const dryRun of [true, false]) {
      const [, second] = ingestFiles(files, { folders, dryRun });
      expect(second).toMatchObject({
        status: 'failed',
        message: expect.stringContaining(
          `it is a copy of ${files[0]} (the same bytes), which this run ${dryRun ? 'would ingest' : 'ingested'} as ` +
            path.join(folders.articles, 'trucks-cross-at-jarinje-again.mdx'),
        ),
      });
    }
    expect(listArticles()).toEqual(['trucks-cross-at-jarinje-again.mdx']);
  });
});
