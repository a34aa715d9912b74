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
