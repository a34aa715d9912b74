import { describe, expect, it } from 'vitest';
import { guessKind } from './guess-kind.ts';

const plain = { titled: false, afterPlaceWords: false, english: true };

describe('guessKind', () => {
  it.each([
    ['should take a name with a body word for an organization', 'Adriatic Border Council', plain, 'organization'],
    ['should take an acronym for an organization', 'BRLO', plain, 'organization'],
    ['should take a titled name for a person', 'Mira Lukić', { ...plain, titled: true }, 'person'],
    ['should take two capitalised words for a person', 'Arben Dushku', plain, 'person'],
    ['should take a name after "near" for a place', 'Donje Selo', { ...plain, afterPlaceWords: true }, 'place'],
    ['should take a compass word first for a place', 'Western Balkans', plain, 'place'],
    ['should leave a body word alone out', 'Council', plain, 'other'],
    ['should leave a weekday out', 'Tuesday', plain, 'other'],
    ['should leave a time zone out', 'GMT', plain, 'other'],
    ['should leave a hyphenated adjective out', 'EU-brokered', plain, 'other'],
    ['should leave a single untitled word out', 'Kosovo-Serb', plain, 'other'],
    ['should take a single titled word for a person', 'Dushku', { ...plain, titled: true }, 'person'],
    ['should guess without the lexicon in other languages', 'Arben Dushku', { ...plain, english: false }, 'person'],
  ] as const)('%s', (_title, name, clues, kind) => {
    expect(guessKind(name, clues)).toBe(kind);
  });
});
