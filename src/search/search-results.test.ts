import { describe, expect, it } from 'vitest';
import { resultKind, withoutBrowseHighlight } from './search-results.ts';

describe('resultKind', () => {
  it('should say an article with its outlet and date, an undated one as such, and an entry with its kind and role', () => {
    expect(resultKind({ meta: { date: '2023-11-15' }, filters: { Outlet: ['Reuters'] } })).toBe(
      'Article · Reuters · 15 November 2023',
    );
    expect(resultKind({ meta: {}, filters: {} })).toBe('Article · Undated');
    expect(
      resultKind({ meta: { role: 'NATO Secretary General' }, filters: { Section: ['Glossary'], Kind: ['Person'] } }),
    ).toBe('Person · NATO Secretary General');
  });
});

describe('withoutBrowseHighlight', () => {
  it('should drop the highlight of a result found by browsing, and keep typed terms', () => {
    expect(withoutBrowseHighlight('/articles/a/?highlight=__article')).toBe('/articles/a/');
    expect(withoutBrowseHighlight('/articles/a/?highlight=')).toBe('/articles/a/');
    expect(withoutBrowseHighlight('/articles/a/?highlight=kirby#h2')).toBe('/articles/a/?highlight=kirby#h2');
  });
});
