import { describe, expect, it } from 'vitest';
import { contentFolders } from '../content-folders.ts';
import { articleFiles } from '../discover/article-files.ts';
import { seedReports } from '../passages/seed-facts.ts';
import { articleTransformers } from './article-transformers.ts';
import { comparedArticle, draftArticleFile } from './render-articles.ts';

describe('comparedArticle', () => {
  it('should compare the sentences an article page marks, with its date: on the seeds, those the passage evaluation scores', () => {
    const seeds = new Map(seedReports(contentFolders.articles).map((report) => [report.id, report]));
    expect(seeds.size).toBe(5);
    const transformers = articleTransformers(contentFolders);
    for (const file of articleFiles(contentFolders.articles)) {
      const compared = comparedArticle(draftArticleFile(file, transformers));
      const seed = seeds.get(compared.article);
      expect(compared.date).toBe(seed?.date);
      expect(compared.sentences).toEqual(seed?.sentences.map(({ text }) => text));
      seeds.delete(compared.article);
    }
    expect(seeds.size).toBe(0);
  });
});
