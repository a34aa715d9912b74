import { describe, expect, it } from 'vitest';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import { citationMeta, citationText } from './citation.ts';

const archive = { name: 'Annotated Sources', pageUrl: '/articles/kosovo-police/' };
const bare: ArticleFrontmatter = {
  title: 'Kosovo police patrol the north',
  headline: true,
  source: 'a.txt',
  words: 300,
};
const full: ArticleFrontmatter = {
  ...bare,
  date: '2023-09-24',
  authors: ['Jane Roe', 'John Doe', 'Ana Anić'],
  outlet: 'Example Wire',
  url: 'https://example.org/news/1',
  retrieved: '2023-10-01',
  lang: 'en',
};

describe('citationText', () => {
  it('should cite every part the archive knows', () => {
    expect(citationText(full, archive)).toBe(
      'Jane Roe, John Doe and Ana Anić. “Kosovo police patrol the north.” Example Wire, 24 September 2023. ' +
        'https://example.org/news/1 (retrieved 1 October 2023). Archived in Annotated Sources: /articles/kosovo-police/.',
    );
  });

  it('should leave out what it does not know, and say Undated, never guess', () => {
    expect(citationText(bare, archive)).toBe(
      '“Kosovo police patrol the north.” Undated. Archived in Annotated Sources: /articles/kosovo-police/.',
    );
    expect(citationText({ ...bare, date: '2023-09', outlet: 'Example Wire' }, archive)).toContain(
      'Example Wire, September 2023.',
    );
  });
});

describe('citationMeta', () => {
  it('should give the tags reference managers read, one per author, the date as precise as known', () => {
    expect(citationMeta(full)).toEqual([
      ['citation_title', 'Kosovo police patrol the north'],
      ['citation_author', 'Jane Roe'],
      ['citation_author', 'John Doe'],
      ['citation_author', 'Ana Anić'],
      ['citation_publication_date', '2023/09/24'],
      ['citation_publisher', 'Example Wire'],
      ['citation_public_url', 'https://example.org/news/1'],
      ['citation_language', 'en'],
    ]);
    expect(citationMeta({ ...bare, date: '2023-09' })).toEqual([
      ['citation_title', 'Kosovo police patrol the north'],
      ['citation_publication_date', '2023/09'],
    ]);
  });
});
