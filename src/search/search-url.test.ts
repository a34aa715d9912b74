import { describe, expect, it } from 'vitest';
import { hasSearch, pagefindFilters, readSearchUrl, writeSearchUrl } from './search-url.ts';

const facets = ['People', 'Places', 'Year'];

describe('the search URL', () => {
  it('should read the terms, the chosen values of each facet, and the facets that combine as "any of"', () => {
    expect(readSearchUrl('?q=Kosovo&People=Albin+Kurti&People=John+Kirby&any=People&Year=2023', facets)).toEqual({
      term: 'Kosovo',
      chosen: { People: ['Albin Kurti', 'John Kirby'], Year: ['2023'] },
      anyOf: ['People'],
    });
  });

  it('should write what it reads, facets in a stable order, and drop "any of" for a facet with no value', () => {
    const url = '?q=Kosovo&People=Albin+Kurti&People=John+Kirby&Year=2023&any=People';
    expect(writeSearchUrl(readSearchUrl(url, facets))).toBe(url);
    expect(writeSearchUrl({ term: '', chosen: { People: [] }, anyOf: ['People'] })).toBe('');
  });

  it('should leave out parameters that are not facets, so that a tracking parameter filters nothing away', () => {
    expect(readSearchUrl('?q=Kirby&utm_source=newsletter&any=utm_source&Section=Articles', facets)).toEqual({
      term: 'Kirby',
      chosen: {},
      anyOf: [],
    });
  });

  it('should keep a value chosen twice once', () => {
    expect(readSearchUrl('?People=A&People=A&any=People&any=People', facets)).toEqual({
      term: '',
      chosen: { People: ['A'] },
      anyOf: ['People'],
    });
  });

  it('should tell a search from an empty page', () => {
    expect(hasSearch(readSearchUrl('', facets))).toBe(false);
    expect(hasSearch(readSearchUrl('?People=John+Kirby', facets))).toBe(true);
  });
});

describe('pagefindFilters', () => {
  it('should require all values of a facet unless it combines as "any of" or holds one value per article', () => {
    const state = readSearchUrl('?People=A&People=B&Places=C&Places=D&any=Places&Year=2023&Year=2024', facets);
    expect(pagefindFilters(state, ['Year'])).toEqual({
      People: ['A', 'B'],
      Places: { any: ['C', 'D'] },
      Year: { any: ['2023', '2024'] },
    });
  });
});
