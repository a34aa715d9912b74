import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySourceFiles, sourcesOfArticles } from './source-files.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'sources-'));
const article = (source: string) => ({ articleFile: 'content/articles/a-report.mdx', source });

describe('copySourceFiles', () => {
  it('should copy the source each article names, byte for byte, and only those', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'publish-'));
    const [articles, sources, target] = ['articles', 'sources', 'out'].map((name) => path.join(root, name)) as [
      string,
      string,
      string,
    ];
    mkdirSync(articles);
    mkdirSync(sources);
    writeFileSync(path.join(articles, 'one.mdx'), '---\ntitle: One\nsource: one.txt\n---\n\nText.\n');
    writeFileSync(path.join(articles, '_draft.mdx'), '---\ntitle: Draft\nsource: draft.txt\n---\n\nText.\n');
    const bytes = Buffer.from('Vučić said: “No.”\r\n', 'utf8');
    writeFileSync(path.join(sources, 'one.txt'), bytes);
    writeFileSync(path.join(sources, 'unused.txt'), 'Not an article’s source.\n');

    const named = sourcesOfArticles(articles);
    expect(named).toEqual([{ articleFile: path.join(articles, 'one.mdx'), source: 'one.txt' }]);
    expect(await copySourceFiles(named, target, sources)).toBe(1);
    expect(readdirSync(target)).toEqual(['one.txt']);
    expect(Buffer.compare(readFileSync(path.join(target, 'one.txt')), bytes)).toBe(0);
  });

  it('should refuse, naming the article, a source that is missing', async () => {
    const target = mkdtempSync(path.join(tmpdir(), 'publish-'));
    await expect(copySourceFiles([article('absent.txt')], target, folder)).rejects.toThrow(
      'content/articles/a-report.mdx names it as its source',
    );
  });
});
