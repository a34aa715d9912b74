import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArchiveFolders } from './archive.ts';
import { ingestFiles } from './ingest.ts';
import { updateArticles } from './update-command.ts';

let folders: ArchiveFolders;
let source: string;

beforeEach(() => {
  const root = mkdtempSync(path.join(tmpdir(), 'update-'));
  folders = { sources: path.join(root, 'content', 'sources'), articles: path.join(root, 'content', 'articles') };
  mkdirSync(path.join(root, 'inbox'));
  source = path.join(root, 'inbox', 'report.txt');
  writeFileSync(source, 'Troops for Kosovo\n\nNATO sends more troops to Kosovo.\n');
  ingestFiles([source], { folders });
});

describe('updateArticles', () => {
  it('should change an article’s metadata, found by its source, and keep its body and hand edits', () => {
    const file = path.join(folders.articles, 'troops-for-kosovo.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nAn editor’s note.\n`);
    expect(updateArticles(['report.txt'], { date: '2023-09-29', outlet: 'Example Wire' }, { folders })).toEqual([
      { target: 'report.txt', status: 'updated', article: file },
    ]);
    const mdx = readFileSync(file, 'utf8');
    expect(mdx).toContain('date: "2023-09-29"');
    expect(mdx).toContain('outlet: "Example Wire"');
    expect(mdx).toContain('An editor’s note.');
  });

  it('should move an article to a new slug and keep the old one, whose address then leads to it', () => {
    const [result] = updateArticles(
      [path.join(folders.articles, 'troops-for-kosovo.mdx')],
      {},
      { folders, slug: 'nato-troops' },
    );
    expect(result).toMatchObject({ status: 'updated', article: path.join(folders.articles, 'nato-troops.mdx') });
    expect(existsSync(path.join(folders.articles, 'troops-for-kosovo.mdx'))).toBe(false);
    expect(readFileSync(path.join(folders.articles, 'nato-troops.mdx'), 'utf8')).toContain(
      'formerSlugs:\n  - "troops-for-kosovo"',
    );
    // Ingesting the source again finds the moved article and keeps it.
    expect(ingestFiles([source], { folders })[0]).toMatchObject({ status: 'kept' });
  });

  it('should refuse an unknown article, a bad value and a taken slug, one line each', () => {
    writeFileSync(path.join(path.dirname(source), 'other.txt'), 'Other story\n\nText of another story.\n');
    ingestFiles([path.join(path.dirname(source), 'other.txt')], { folders });
    const results = [
      ...updateArticles(['missing.txt'], {}, { folders }),
      ...updateArticles(['report.txt'], {}, { folders, slug: 'other-story' }),
    ];
    expect(results.map((result) => result.status === 'failed' && result.message)).toEqual([
      'no article in the archive has this source; ingest it first',
      `the slug "other-story" is taken by ${path.join(folders.articles, 'other-story.mdx')}; choose another`,
    ]);
  });

  it('should keep the former address of a moved article address from new articles: numbered past it, refused when asked for', () => {
    updateArticles(['report.txt'], {}, { folders, slug: 'nato-troops' });
    const again = path.join(path.dirname(source), 'again.txt');
    writeFileSync(again, 'Troops for Kosovo\n\nA second report under the same headline.\n');
    expect(ingestFiles([again], { folders, slug: 'troops-for-kosovo' })[0]).toMatchObject({
      status: 'failed',
      message: `its slug "troops-for-kosovo" is a former address of ${path.join(folders.articles, 'nato-troops.mdx')}, which it leads to; ingest this file alone with --slug <another-slug>`,
    });
    expect(ingestFiles([again], { folders })[0]).toMatchObject({
      status: 'written',
      article: path.join(folders.articles, 'troops-for-kosovo-2.mdx'),
    });
    expect(updateArticles(['again.txt'], {}, { folders, slug: 'troops-for-kosovo' })).toEqual([
      {
        target: 'again.txt',
        status: 'failed',
        message: `the slug "troops-for-kosovo" is a former address of ${path.join(folders.articles, 'nato-troops.mdx')}, which it leads to; choose another`,
      },
    ]);
    // Rewritten from its source with --force, the moved article keeps its former address.
    expect(ingestFiles([source], { folders, force: true })[0]).toMatchObject({ status: 'written' });
    expect(readFileSync(path.join(folders.articles, 'nato-troops.mdx'), 'utf8')).toContain(
      'formerSlugs:\n  - "troops-for-kosovo"',
    );
    const third = path.join(path.dirname(source), 'third.txt');
    writeFileSync(third, 'Troops for Kosovo\n\nA third report under the same headline.\n');
    expect(ingestFiles([third], { folders })[0]).toMatchObject({
      article: path.join(folders.articles, 'troops-for-kosovo-3.mdx'),
      titleSlugOf: path.join(folders.articles, 'nato-troops.mdx'),
    });
    // An article may take its own former address back.
    expect(updateArticles(['report.txt'], {}, { folders, slug: 'troops-for-kosovo' })[0]).toMatchObject({
      status: 'updated',
    });
  });
});

describe('updateArticles with a title', () => {
  /** A page whose first short line is a kicker, not the headline: ingest takes it for the headline. */
  const page =
    'Live from our Balkans desk\n\nKosovo reopens the Jarinje crossing\n\n' +
    'Police said the crossing at Jarinje reopened at noon on Wednesday after two weeks.\n\nPhoto: Example Agency\n';
  let file: string;
  let article: string;

  beforeEach(() => {
    file = path.join(path.dirname(source), 'kicker.txt');
    writeFileSync(file, page);
    ingestFiles([file], { folders });
    article = path.join(folders.articles, 'live-from-our-balkans-desk.mdx');
  });

  it('should make the line of the text it names the headline, keep the old one in the text, and say so', () => {
    expect(readFileSync(article, 'utf8')).toContain('## Kosovo reopens the Jarinje crossing');
    const [result] = updateArticles([article], { title: 'Kosovo reopens the Jarinje crossing' }, { folders });
    expect(result).toEqual({
      target: article,
      status: 'updated',
      article,
      titleNote:
        'its headline is the source\'s line "Kosovo reopens the Jarinje crossing", as the editor chose; ' +
        '"Live from our Balkans desk" stays in the text as a subheading',
    });
    const mdx = readFileSync(article, 'utf8');
    expect(mdx).toContain('title: "Kosovo reopens the Jarinje crossing"\nheadline: true');
    expect(mdx).toContain('\n## Live from our Balkans desk\n\nPolice said');
    expect(mdx).not.toContain('## Kosovo reopens');
  });

  it('should take any other title as the editor’s, keeping the headline in the text, and keep it on --force', () => {
    writeFileSync(article, `${readFileSync(article, 'utf8')}\nAn editor’s note.\n`);
    const [result] = updateArticles(['kicker.txt'], { title: 'Jarinje crossing open again' }, { folders });
    expect(result).toMatchObject({
      status: 'updated',
      titleNote:
        'its title is the editor\'s, not in the source; the source\'s headline "Live from our Balkans desk" stays in the text as a subheading',
    });
    const mdx = readFileSync(article, 'utf8');
    expect(mdx).toContain('title: "Jarinje crossing open again"\nheadline: false');
    expect(mdx).toContain('\n## Live from our Balkans desk\n\n## Kosovo reopens the Jarinje crossing\n');
    expect(mdx).toContain('An editor’s note.');
    // Later updates and a rewrite from the source keep the editor's title.
    updateArticles(['kicker.txt'], { date: '2023-10-04' }, { folders });
    expect(readFileSync(article, 'utf8')).toContain('title: "Jarinje crossing open again"');
    expect(ingestFiles([file], { folders, force: true })[0]).toMatchObject({
      status: 'written',
      titleNote: expect.stringContaining("its title is the editor's"),
    });
    const rewritten = readFileSync(article, 'utf8');
    expect(rewritten).toContain('title: "Jarinje crossing open again"\nheadline: false');
    expect(rewritten).toContain('\n## Live from our Balkans desk\n\n## Kosovo reopens the Jarinje crossing\n');
  });

  it('should keep a headline the editor chose on --force', () => {
    updateArticles([article], { title: 'Kosovo reopens the Jarinje crossing' }, { folders });
    expect(ingestFiles([file], { folders, force: true })[0]).toMatchObject({ status: 'written' });
    const mdx = readFileSync(article, 'utf8');
    expect(mdx).toContain('title: "Kosovo reopens the Jarinje crossing"\nheadline: true');
    expect(mdx).toContain('\n## Live from our Balkans desk\n\nPolice said');
    // The same words as ingest counted: the headline moved, none was lost.
    expect(mdx).toContain('words: 24');
  });
});

describe('ingestFiles --force after a wrong headline', () => {
  it('should not keep a headline that the rules now set apart as furniture', () => {
    // An article as an older ingest wrote it, with a skip link for its headline.
    const file = path.join(path.dirname(source), 'skip.txt');
    writeFileSync(file, 'Skip to main content\n\nKosovo reopens the Jarinje crossing\n\nPolice said it reopened.\n');
    ingestFiles([file], { folders });
    const article = path.join(folders.articles, 'kosovo-reopens-the-jarinje-crossing.mdx');
    const old = readFileSync(article, 'utf8')
      .replace('title: "Kosovo reopens the Jarinje crossing"', 'title: "Skip to main content"')
      .replace(
        /<Aside kind="other">\s*Skip to main content\s*<\/Aside>\s*/,
        '## Kosovo reopens the Jarinje crossing\n\n',
      );
    writeFileSync(article, old);
    expect(ingestFiles([file], { folders, force: true })[0]).toMatchObject({ status: 'written' });
    expect(readFileSync(article, 'utf8')).toContain('title: "Kosovo reopens the Jarinje crossing"\nheadline: true');
  });
});
