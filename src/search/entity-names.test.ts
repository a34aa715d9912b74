import { describe, expect, it } from 'vitest';
import {
  type NamedEntry,
  editDistance,
  excerptShowsQuery,
  keyNames,
  nameKey,
  namedEntries,
  nearestName,
  onlyNamedMatch,
} from './entity-names.ts';

const glossary: NamedEntry[] = [
  { id: 'kosovo', name: 'Kosovo', facet: 'Places', aliases: ['Kosova', 'Republic of Kosovo'] },
  { id: 'north-kosovo', name: 'North Kosovo', facet: 'Places', aliases: ['northern Kosovo'] },
  { id: 'kfor', name: 'Kosovo Force', facet: 'Organizations', aliases: ['KFOR', 'Kfor'] },
  { id: 'jens-stoltenberg', name: 'Jens Stoltenberg', facet: 'People', aliases: ['Stoltenberg'] },
  { id: 'aleksandar-vucic', name: 'Aleksandar Vučić', facet: 'People', aliases: ['Vučić'] },
  { id: 'united-states', name: 'United States', facet: 'States', aliases: ['U.S.', 'US'] },
];
const entries = keyNames(glossary);
const ids = (found: NamedEntry[]) => found.map((entry) => entry.id);

describe('nameKey', () => {
  it('should fold case and diacritics and drop quotes, dots and apostrophes', () => {
    expect(nameKey('"Aleksandar  Vučić"')).toBe('aleksandar vucic');
    expect(nameKey('U.S.')).toBe('us');
    expect(nameKey('Kosovo’s')).toBe('kosovos');
  });
});

describe('namedEntries', () => {
  it('should find the entry a name or any alias names, in any case, quoted or not', () => {
    expect(ids(namedEntries('kfor', entries))).toEqual(['kfor']);
    expect(ids(namedEntries('"Kosovo Force"', entries))).toEqual(['kfor']);
    expect(ids(namedEntries('Vucic', entries))).toEqual(['aleksandar-vucic']);
    expect(ids(namedEntries('u.s.', entries))).toEqual(['united-states']);
  });

  it('should prefer the entry named exactly over those whose longer names hold the query', () => {
    expect(ids(namedEntries('Kosovo', entries))).toEqual(['kosovo']);
  });

  it('should take a part of a name only when one entry alone holds it', () => {
    expect(ids(namedEntries('Jens', entries))).toEqual(['jens-stoltenberg']);
    expect(ids(namedEntries('Force', entries))).toEqual(['kfor']);
    expect(ids(namedEntries('northern', entries))).toEqual(['north-kosovo']);
  });

  it('should find nothing for a topic word or an empty query', () => {
    expect(namedEntries('unprecedented', entries)).toEqual([]);
    expect(namedEntries('  "" ', entries)).toEqual([]);
  });
});

describe('onlyNamedMatch', () => {
  const named = (query: string) => namedEntries(query, entries);

  it('should hold when no other entry has a name word the query could match', () => {
    expect(onlyNamedMatch('Stoltenberg', named('Stoltenberg'), entries)).toBe(true);
    expect(onlyNamedMatch('Vucic', named('Vucic'), entries)).toBe(true);
    expect(onlyNamedMatch('"Kosovo Force"', named('"Kosovo Force"'), entries)).toBe(false);
  });

  it('should fail when another entry has a name with the word, or a word that begins like it', () => {
    expect(onlyNamedMatch('Kosovo', named('Kosovo'), entries)).toBe(false);
    const governments = keyNames([
      { id: 'serbian-government', name: 'Government of Serbia', facet: 'Organizations', aliases: [] },
      { id: 'governor', name: 'Governor of Kansas', facet: 'People', aliases: [] },
    ]);
    const [government] = governments;
    expect(onlyNamedMatch('government', government ? [government.entry] : [], governments)).toBe(false);
  });

  it('should match words that a name runs together', () => {
    const led = keyNames([
      { id: 'nato', name: 'NATO', facet: 'Organizations', aliases: [] },
      { id: 'mission', name: 'NATO-led mission', facet: 'Organizations', aliases: [] },
    ]);
    expect(onlyNamedMatch('NATO', namedEntries('NATO', led), led)).toBe(false);
  });
});

describe('editDistance', () => {
  it('should count insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('kosovvo', 'kosovo', 2)).toBe(1);
    expect(editDistance('stoltenbreg', 'stoltenberg', 2)).toBe(1);
    expect(editDistance('kirbi', 'kirby', 2)).toBe(1);
    expect(editDistance('kosovo', 'kosovo', 2)).toBe(0);
  });

  it('should stop at the limit', () => {
    expect(editDistance('kosovo', 'serbia', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('nearestName', () => {
  it('should offer the name a misspelt query is a few edits from', () => {
    expect(nearestName('Kosovvo', entries)).toBe('Kosovo');
    expect(nearestName('Stoltenbreg', entries)).toBe('Stoltenberg');
    expect(nearestName('jens stoltenbreg', entries)).toBe('Jens Stoltenberg');
    expect(nearestName('Vucci', entries)).toBe('Vučić');
  });

  it('should offer nothing for a name, a far word or a very short one', () => {
    expect(nearestName('Kosovo', entries)).toBeUndefined();
    expect(nearestName('unprecedented', entries)).toBeUndefined();
    expect(nearestName('uz', entries)).toBeUndefined();
  });
});

describe('excerptShowsQuery', () => {
  it('should tell an excerpt marking the words typed, or words they begin, from one marking other words', () => {
    expect(excerptShowsQuery('kosov', 'near <mark>Kosovo</mark>’s border')).toBe(true);
    expect(excerptShowsQuery('"Serb List"', 'the <mark>Serb</mark> <mark>List</mark> party')).toBe(true);
    expect(excerptShowsQuery('Kosovvo', 'near <mark>Kosovo</mark>’s border')).toBe(false);
    expect(excerptShowsQuery('article', '<mark>a</mark> village')).toBe(false);
    expect(excerptShowsQuery('Kosovo', 'no marks at all')).toBe(false);
  });
});
