import { describe, expect, it } from 'vitest';
import { type ComparedArticle, earliestNamed, indexPassages, reportsListed } from './archive-passages.ts';

describe('indexPassages', () => {
  it('should give each shared sentence its passage’s reports, earliest first and undated last, one object per passage', () => {
    const articles: ComparedArticle[] = [
      { article: 'a', sentences: ['A says it.'] },
      { article: 'b', date: '2023-09-30', sentences: ['Intro.', 'B says it.'] },
      { article: 'c', date: '2023-09-29', sentences: ['C says it.'] },
    ];
    const index = indexPassages(
      [
        {
          members: [
            { article: 'a', sentence: 0 },
            { article: 'b', sentence: 1 },
            { article: 'c', sentence: 0 },
          ],
          retoldBy: [],
        },
      ],
      articles,
    );
    expect(index.get('a')?.get('A says it.')).toEqual({ reports: 3, articles: ['c', 'b', 'a'], earliest: ['c'] });
    expect(index.get('b')?.get('B says it.')).toBe(index.get('a')?.get('A says it.'));
    expect(index.get('b')?.has('Intro.')).toBe(false);
  });

  it('should count every report of a wire passage but list the earliest few, and name a report among the earliest to itself', () => {
    // Forty reports of one day carry the sentence: all are the earliest known versions.
    const articles: ComparedArticle[] = Array.from({ length: 40 }, (_, n) => ({
      article: `r${String(n).padStart(2, '0')}`,
      date: '2023-09-29',
      sentences: ['Three attackers and one police officer were killed.'],
    }));
    const index = indexPassages(
      [{ members: articles.map(({ article }) => ({ article, sentence: 0 })), retoldBy: [] }],
      articles,
    );
    const first = index.get('r00')?.get('Three attackers and one police officer were killed.');
    const last = index.get('r39')?.get('Three attackers and one police officer were killed.');
    expect(first?.reports).toBe(40);
    expect(first?.articles).toEqual(articles.slice(0, reportsListed).map(({ article }) => article));
    expect(first?.earliest).toEqual(['r00', 'r01', 'r02'].slice(0, earliestNamed));
    expect(last?.earliest[0]).toBe('r39');
    expect(last?.earliest).toHaveLength(earliestNamed);
  });
});
