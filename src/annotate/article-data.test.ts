import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { type ArticleData, handBack, readArticleData } from './article-data.ts';

describe('handBack and readArticleData', () => {
  it('should give back what each plugin handed over, whatever each handed', () => {
    const file = new VFile({ path: 'report.mdx' });
    const handed: Partial<ArticleData> = {
      mentions: [
        {
          entity: 'john-kirby',
          anchor: 'm-john-kirby-1',
          text: 'Kirby',
          before: 'Said ',
          after: '.',
          by: 'dictionary',
        },
      ],
      sharedPassages: [
        { passages: [1, 4], total: 12, earliest: ['wire-1', 'wire-2'] },
        { passages: [2], total: 3, earliest: ['wire-1'] },
        { passages: [3], total: 1, earliest: ['report'] },
      ],
      relatedReports: [
        { id: 'wire-1', passages: [1, 2] },
        { id: 'other', passages: [3] },
      ],
      quotes: [{ text: 'It must stop', speaker: 'john-kirby', anchor: 'm-john-kirby-1' }],
    };
    handBack(file, { mentions: handed.mentions });
    handBack(file, { quotes: handed.quotes });
    handBack(file, { excerpt: 'Said Kirby.' });
    handBack(file, { sharedPassages: handed.sharedPassages, relatedReports: handed.relatedReports });
    expect(readArticleData(file.data.astro?.frontmatter ?? {})).toEqual({ ...handed, excerpt: 'Said Kirby.' });
  });

  it('should read an article that nothing was handed back for as one without mentions', () => {
    expect(readArticleData({})).toEqual({ mentions: [] });
  });
});
