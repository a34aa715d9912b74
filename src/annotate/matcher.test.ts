import { describe, expect, it } from 'vitest';
import { type AliasEntry, compileMatcher } from './matcher.ts';

const glossary: AliasEntry[] = [
  { entity: 'kosovo', alias: 'Kosovo' },
  { entity: 'kfor', alias: 'Kosovo Force' },
  { entity: 'kfor', alias: 'KFOR' },
  { entity: 'nato', alias: 'NATO' },
  { entity: 'nato', alias: 'North Atlantic Alliance' },
  { entity: 'vucic', alias: 'Aleksandar Vučić' },
  { entity: 'vucic', alias: 'Vučić' },
  { entity: 'kosovo-police', alias: 'Kosovo Police' },
  { entity: 'united-states', alias: 'US' },
  { entity: 'united-states', alias: 'U.S.' },
  { entity: 'united-states', alias: 'United States' },
  { entity: 'us-nsc', alias: 'US National Security Council' },
  { entity: 'att', alias: 'AT&T' },
  { entity: 'cpp', alias: 'C++' },
  { entity: 'regex', alias: '(a|b)*.?' },
];

const match = compileMatcher(glossary);

/** The mentions in a text, as `entity:surface` strings. */
function mentions(text: string): string[] {
  return match(text).map(({ entity, start, end }) => `${entity}:${text.slice(start, end)}`);
}

describe('compileMatcher', () => {
  it('should prefer the longest alias', () => {
    expect(mentions("NATO's Kosovo Force (KFOR) in Kosovo")).toEqual([
      'nato:NATO',
      'kfor:Kosovo Force',
      'kfor:KFOR',
      'kosovo:Kosovo',
    ]);
    expect(mentions('the US National Security Council and the US')).toEqual([
      'us-nsc:US National Security Council',
      'united-states:US',
    ]);
  });

  it('should fall back to a shorter alias when a longer one does not finish', () => {
    expect(mentions('Kosovo Forces')).toEqual(['kosovo:Kosovo']);
    expect(mentions('the US National Security Adviser')).toEqual(['united-states:US']);
  });

  it('should match whole words only', () => {
    expect(mentions('Kosovar, NATOs, KFORx, Kosovo2 and subUS')).toEqual([]);
  });

  it('should link possessives to the entity, leaving the ending outside', () => {
    expect(mentions("NATO’s troops and Kosovo's prime minister, Vučić’s call")).toEqual([
      'nato:NATO',
      'kosovo:Kosovo',
      'vucic:Vučić',
    ]);
  });

  it('should match names with or without diacritics and in any case', () => {
    expect(mentions('Vucic met VUČIĆ; aleksandar vucic spoke')).toEqual([
      'vucic:Vucic',
      'vucic:VUČIĆ',
      'vucic:aleksandar vucic',
    ]);
    expect(mentions('a Kosovo police officer')).toEqual(['kosovo-police:Kosovo police']);
  });

  it('should match acronyms only as written', () => {
    expect(mentions('Nato and nato, us and Us, kfor')).toEqual([]);
    expect(mentions('U.S. and US-led')).toEqual(['united-states:U.S.', 'united-states:US']);
  });

  it('should match across any white space between words', () => {
    expect(mentions('the United\nStates and the North  Atlantic\tAlliance')).toEqual([
      'united-states:United\nStates',
      'nato:North  Atlantic\tAlliance',
    ]);
  });

  it('should treat regular expression metacharacters in aliases as text', () => {
    expect(mentions('AT&T, C++ and (a|b)*.? but not ATT, C or ab')).toEqual(['att:AT&T', 'cpp:C++', 'regex:(a|b)*.?']);
  });

  it('should report offsets in the original text, astral characters included', () => {
    const text = '👍 Vučić 👍 NATO';
    expect(match(text)).toEqual([
      { entity: 'vucic', start: 3, end: 8 },
      { entity: 'nato', start: 12, end: 16 },
    ]);
  });
});
